import type { Case, FindingCode } from '../case.ts';
import type { Disposition } from './dispositions.ts';
import { findingByCode, findings } from './findings.ts';
import type { SourceId } from './sources.ts';

/** What a rule sees: the case, its day count and its findings as a set. */
export interface RuleContext {
  readonly case: Case;
  readonly days: number;
  readonly findings: ReadonlySet<FindingCode>;
  /** Codes answered "not sure" and not reported. */
  readonly unsure: ReadonlySet<FindingCode>;
}

export interface Rule {
  /** Stable id: tools and clinicians refer to it; never rename. */
  id: string;
  disposition: Exclude<Disposition, 'self_care'>;
  /** Why this matters, in plain words, addressed to the person. */
  message: string;
  /** The message for this case, when it names what the person said; `message` is its general form. */
  messageFor?(ctx: RuleContext): string;
  sources: readonly SourceId[];
  fires(ctx: RuleContext): boolean;
}

/** Messages for the findings that raise the disposition on their own. Keyed by finding code. */
const findingMessages: Partial<Record<FindingCode, string>> = {
  saddle_numbness:
    'New numbness around the genitals, back passage or inner thighs can mean the nerves at the base of the spine are squeezed (cauda equina syndrome). This needs emergency care now.',
  bladder_dysfunction_new:
    'A new change in how your bladder works can mean the nerves at the base of the spine are squeezed. This needs emergency care now.',
  bowel_incontinence_new:
    'New loss of bowel control can mean the nerves at the base of the spine are squeezed. This needs emergency care now.',
  sexual_dysfunction_new:
    'New loss of genital feeling or sexual function can mean the nerves at the base of the spine are squeezed. This needs emergency care now.',
  leg_weakness_progressive:
    'Weakness in a leg that is getting worse means a nerve is under growing pressure. This needs emergency care now.',
  leg_symptoms_both_sides:
    'Pain, numbness or weakness in both legs can mean pressure on several nerves at once. This needs emergency care now.',
  major_trauma:
    'Back pain after a serious injury needs checking for a broken bone before anything else. Get emergency care now and keep still.',
  sudden_tearing_pain:
    'Sudden tearing pain spreading to the belly or chest can come from a blood vessel, not the back muscles. Call the emergency number now.',
  fever: 'Back pain with a fever or shaking chills can be a sign of infection. See a doctor today.',
  history_of_cancer:
    'After cancer, new back pain should be checked by a doctor today to rule out spread to the spine.',
  iv_drug_use: 'Injecting drugs raises the risk of an infection in the spine. See a doctor today.',
  immunosuppressed: 'With a weakened immune system, back pain can hide an infection. See a doctor today.',
  leg_weakness:
    'New weakness in a leg or foot means a nerve may be pressed. A doctor should examine you today.',
  pain_uncontrolled: 'Pain that nothing eases is not typical of a simple muscle spasm. See a doctor today.',
  pain_radiates_below_knee:
    'Pain shooting below the knee points to an irritated nerve (sciatica) rather than the muscle alone. Book a doctor or physiotherapist in the next few days.',
  leg_numbness_or_tingling:
    'Numbness or pins and needles in a leg suggests a nerve is involved. Book a doctor or physiotherapist in the next few days.',
  unexplained_weight_loss:
    'Losing weight without trying alongside back pain should be looked into. Book a doctor in the next few days.',
  night_pain_unrelieved:
    'Constant pain at night that no position eases is unusual for a muscle spasm. Book a doctor in the next few days.',
  pregnant:
    'In pregnancy, back pain is common, but some medicines are not safe. Talk to your midwife, doctor or pharmacist before taking anything, and book a check in the next few days.',
  medication_side_effect_suspected:
    'Spasms can be a side effect of some medicines. Talk to the doctor or pharmacist who prescribed it in the next few days; do not stop a prescribed medicine on your own.',
};

function fromFinding(code: FindingCode): Rule {
  const finding = findings.find((f) => f.code === code);
  const message = findingMessages[code];
  if (!finding || !message || finding.tier === 'info' || finding.tier === 'combination') {
    throw new Error(`no escalating finding with a message: ${code}`);
  }
  return {
    id: code,
    disposition: finding.tier,
    message,
    sources: finding.sources,
    fires: (ctx) => ctx.findings.has(code),
  };
}

const tierCodes = (tier: 'emergency' | 'urgent'): FindingCode[] =>
  findings.filter((f) => f.tier === tier).map((f) => f.code);
const emergencySigns = tierCodes('emergency');
const urgentSigns = tierCodes('urgent');

/** The signs of one tier the person was not sure about, in catalogue order. */
const unsureOf = (codes: readonly FindingCode[], ctx: RuleContext) => codes.filter((c) => ctx.unsure.has(c));

/** "You were not sure about: a; b. How to check: ... " for the signs given. */
function unsureMessage(codes: readonly FindingCode[], why: string, ifThere: string): string {
  const named = codes.map((c) => findingByCode(c)?.label.toLowerCase() ?? c).join('; ');
  const checks = codes.map((c) => findingByCode(c)?.howToCheck ?? '').join(' ');
  const [one, many] = codes.length === 1 ? ['This sign', 'it is'] : ['Each of these', 'any of them is'];
  return `You were not sure about: ${named}. ${one} ${why} How to check now: ${checks} If ${many} ${ifThere}`;
}

const unsureEmergencyWhy =
  'can mean the nerves at the base of the spine are pressed, or another serious cause, so a doctor should see you today even if you feel well otherwise.';
const unsureEmergencyIfThere =
  'there, or appears later, call the emergency number now or go to an emergency department.';
const unsureUrgentWhy =
  'changes what the back pain could be, so book a doctor in the next few days and tell them you were not sure.';
const unsureUrgentIfThere =
  'there, see a doctor today. If a warning sign such as numbness between the legs or new bladder trouble appears, call the emergency number now.';

/** Every rule of the contract, most urgent first; triage keeps this order among rules of one disposition. */
export const rules: readonly Rule[] = [
  fromFinding('saddle_numbness'),
  fromFinding('bladder_dysfunction_new'),
  fromFinding('bowel_incontinence_new'),
  fromFinding('sexual_dysfunction_new'),
  fromFinding('leg_weakness_progressive'),
  fromFinding('leg_symptoms_both_sides'),
  fromFinding('major_trauma'),
  fromFinding('sudden_tearing_pain'),
  fromFinding('fever'),
  fromFinding('history_of_cancer'),
  fromFinding('iv_drug_use'),
  fromFinding('immunosuppressed'),
  fromFinding('leg_weakness'),
  fromFinding('pain_uncontrolled'),
  {
    id: 'possible_fracture',
    disposition: 'urgent',
    message:
      'With thin bones or long-term steroid tablets, a fall, a knock, a lift or a sudden movement can crack a bone in the spine, and so can a fall or knock at 70 or over. A doctor should check you today.',
    sources: ['nice:ng59'],
    fires: ({ findings: f, case: c }) => {
      const fragile = f.has('osteoporosis') || f.has('long_term_steroids');
      const strain = f.has('lifting_trigger') || f.has('sudden_movement_trigger');
      return (f.has('minor_trauma') && (fragile || c.age >= 70)) || (strain && fragile);
    },
  },
  {
    id: 'unsure_emergency_sign',
    disposition: 'urgent',
    message: unsureMessage(emergencySigns, unsureEmergencyWhy, unsureEmergencyIfThere),
    messageFor: (ctx) =>
      unsureMessage(unsureOf(emergencySigns, ctx), unsureEmergencyWhy, unsureEmergencyIfThere),
    sources: ['bass:cauda-equina', 'nice:ng59'],
    fires: (ctx) => unsureOf(emergencySigns, ctx).length > 0,
  },
  {
    id: 'unsure_urgent_sign',
    disposition: 'gp_soon',
    message: unsureMessage(urgentSigns, unsureUrgentWhy, unsureUrgentIfThere),
    messageFor: (ctx) => unsureMessage(unsureOf(urgentSigns, ctx), unsureUrgentWhy, unsureUrgentIfThere),
    sources: ['nice:ng59'],
    fires: (ctx) => unsureOf(urgentSigns, ctx).length > 0,
  },
  fromFinding('pain_radiates_below_knee'),
  fromFinding('leg_numbness_or_tingling'),
  fromFinding('unexplained_weight_loss'),
  fromFinding('night_pain_unrelieved'),
  {
    id: 'morning_stiffness_long',
    disposition: 'gp_soon',
    message:
      'Long morning stiffness that eases with movement, in someone under 45, can be an inflammatory back condition. Book a doctor in the next few days.',
    sources: ['nice:ng59'],
    fires: ({ findings: f, case: c }) => f.has('morning_stiffness_long') && c.age < 45,
  },
  fromFinding('pregnant'),
  {
    id: 'first_episode',
    disposition: 'gp_soon',
    message:
      "A first ever bout of back pain before 20 or from 55 on is worth a doctor's look, because other causes are more common at those ages.",
    sources: ['nice:ng59', 'article:001'],
    fires: ({ findings: f, case: c }) => f.has('first_episode') && (c.age < 20 || c.age >= 55),
  },
  fromFinding('medication_side_effect_suspected'),
  {
    id: 'child_back_pain',
    disposition: 'gp_soon',
    message: 'Back pain in a child under 16 should be seen by a doctor in the next few days.',
    sources: ['article:001', 'nice:ng59'],
    fires: ({ case: c }) => c.age < 16,
  },
  {
    id: 'persisting_one_week',
    disposition: 'gp_soon',
    message:
      'The pain has lasted a week or more. Most spasms settle within days, so book a doctor or physiotherapist now.',
    sources: ['article:001', 'article:004'],
    fires: ({ days }) => days >= 7,
  },
  {
    id: 'no_improvement_48h',
    disposition: 'gp_soon',
    message:
      'After two days the pain is not getting better. That is the point to book a doctor or physiotherapist rather than wait.',
    sources: ['article:001'],
    fires: ({ days, case: c }) => days >= 2 && (c.trend === 'same' || c.trend === 'worse'),
  },
];
