import type { Case, FindingCode } from '../case.ts';
import type { Disposition } from './dispositions.ts';
import { emergencySigns, type FindingOfTier, findings, urgentSigns } from './findings.ts';
import type { SourceId } from './sources.ts';

/** What a rule sees: the case, its day count and its findings as a set. */
export interface RuleContext {
  readonly case: Case;
  readonly days: number;
  readonly findings: ReadonlySet<FindingCode>;
  /** Codes answered "not sure" and not reported. */
  readonly unsure: ReadonlySet<FindingCode>;
}

/** What a rule's message names for one case: the signs the person was not sure about. */
export interface RuleParams {
  signs: FindingCode[];
}

export interface Rule<Id extends string = string> {
  /** Stable id: tools and clinicians refer to it; never rename. Its words are the catalogue's `rules[id]`. */
  id: Id;
  disposition: Exclude<Disposition, 'self_care'>;
  sources: readonly SourceId[];
  fires(ctx: RuleContext): boolean;
  /** The parameters its message takes for this case, for a rule whose words name what the person said. */
  params?(ctx: RuleContext): RuleParams;
}

type EscalatingCode = FindingOfTier<'emergency' | 'urgent' | 'gp_soon'>;

function fromFinding<C extends EscalatingCode>(code: C): Rule<C> {
  const finding = findings.find((f) => f.code === code);
  if (!finding || finding.tier === 'info' || finding.tier === 'combination') {
    throw new Error(`no escalating finding: ${code}`);
  }
  return {
    id: code,
    disposition: finding.tier,
    sources: finding.sources,
    fires: (ctx) => ctx.findings.has(code),
  };
}

/** The signs of one tier the person was not sure about, in catalogue order. */
const unsureOf = (codes: readonly FindingCode[], ctx: RuleContext) => codes.filter((c) => ctx.unsure.has(c));

/** Ways the pain can begin by movement: with thin bones, any of them can break a vertebra (NICE CKS). */
export const movementTriggers = [
  'minor_trauma',
  'lifting_trigger',
  'sudden_movement_trigger',
  'twisting_trigger',
  'overuse_trigger',
] as const satisfies readonly FindingCode[];

const fragileBones = (f: ReadonlySet<FindingCode>) => f.has('osteoporosis') || f.has('long_term_steroids');

/**
 * Signs whose "not sure" needs a doctor soon: the urgent signs and, since contract version 3, the bone risks
 * (unsure thin bones or steroid tablets are not the same as "no").
 */
export const unsureCountsSigns: readonly FindingCode[] = [
  ...urgentSigns,
  'osteoporosis',
  'long_term_steroids',
];

/** Contract version 3: the pain persists unless it is gone (0) or clearly settling (better and 3 or less). */
export function painPersists(c: Pick<Case, 'painNow' | 'trend'>): boolean {
  if (c.painNow === 0) return false;
  if (c.trend === 'better' && c.painNow !== undefined && c.painNow <= 3) return false;
  return true;
}

/** Every rule of the contract, most urgent first; triage keeps this order among rules of one disposition. */
export const rules = [
  fromFinding('saddle_numbness'),
  fromFinding('bladder_dysfunction_new'),
  fromFinding('bowel_incontinence_new'),
  fromFinding('sexual_dysfunction_new'),
  fromFinding('leg_weakness_progressive'),
  fromFinding('leg_symptoms_both_sides'),
  fromFinding('major_trauma'),
  fromFinding('sudden_tearing_pain'),
  {
    id: 'possible_spinal_infection',
    disposition: 'emergency',
    sources: ['nice:cks-back-pain', 'nice:ng59'],
    fires: ({ findings: f }) =>
      f.has('fever') && (f.has('iv_drug_use') || f.has('immunosuppressed') || f.has('recent_spinal_surgery')),
  },
  fromFinding('fever'),
  fromFinding('history_of_cancer'),
  fromFinding('iv_drug_use'),
  fromFinding('immunosuppressed'),
  fromFinding('leg_weakness'),
  fromFinding('pain_uncontrolled'),
  fromFinding('recent_spinal_surgery'),
  {
    id: 'possible_fracture',
    disposition: 'urgent',
    sources: ['nice:cks-back-pain', 'nice:ng59'],
    fires: ({ findings: f, case: c }) =>
      (fragileBones(f) && movementTriggers.some((t) => f.has(t))) || (f.has('minor_trauma') && c.age >= 70),
  },
  {
    id: 'unsure_emergency_sign',
    disposition: 'urgent',
    sources: ['bass:cauda-equina', 'nice:ng59'],
    fires: (ctx) => unsureOf(emergencySigns, ctx).length > 0,
    params: (ctx) => ({ signs: unsureOf(emergencySigns, ctx) }),
  },
  {
    id: 'unsure_urgent_sign',
    disposition: 'gp_soon',
    sources: ['nice:ng59'],
    fires: (ctx) => unsureOf(unsureCountsSigns, ctx).length > 0,
    params: (ctx) => ({ signs: unsureOf(unsureCountsSigns, ctx) }),
  },
  {
    id: 'fragile_bones',
    disposition: 'gp_soon',
    sources: ['nice:cks-back-pain', 'nice:ng59'],
    fires: ({ findings: f }) => fragileBones(f) && !movementTriggers.some((t) => f.has(t)),
  },
  fromFinding('pain_radiates_below_knee'),
  fromFinding('leg_numbness_or_tingling'),
  fromFinding('unexplained_weight_loss'),
  fromFinding('night_pain_unrelieved'),
  {
    id: 'morning_stiffness_long',
    disposition: 'gp_soon',
    sources: ['nice:ng59'],
    fires: ({ findings: f, case: c }) => f.has('morning_stiffness_long') && c.age < 45,
  },
  fromFinding('pregnant'),
  {
    id: 'first_episode',
    disposition: 'gp_soon',
    sources: ['nice:ng59', 'article:001'],
    fires: ({ findings: f, case: c }) => f.has('first_episode') && (c.age < 20 || c.age >= 55),
  },
  fromFinding('medication_side_effect_suspected'),
  fromFinding('thoracic_pain'),
  {
    id: 'child_back_pain',
    disposition: 'gp_soon',
    sources: ['article:001', 'nice:ng59'],
    fires: ({ case: c }) => c.age < 16,
  },
  {
    id: 'persisting_one_week',
    disposition: 'gp_soon',
    sources: ['article:001', 'article:004'],
    fires: ({ days, case: c }) => days >= 7 && painPersists(c),
  },
  {
    id: 'no_improvement_48h',
    disposition: 'gp_soon',
    sources: ['article:001'],
    fires: ({ days, case: c }) => days >= 2 && (c.trend === 'same' || c.trend === 'worse'),
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof rules)[number]['id'];

/** The rules whose message names signs: their words are a function of `RuleParams`. */
export type ParamRuleId = Extract<(typeof rules)[number], { params: unknown }>['id'];
