import type { SourceId } from './sources.ts';

/** How far one finding can raise the disposition on its own. `info` never does; `combination` only together. */
export type FindingTier = 'emergency' | 'urgent' | 'gp_soon' | 'combination' | 'info';

export interface Finding {
  code: string;
  tier: FindingTier;
  sources: readonly SourceId[];
}

const CES: readonly SourceId[] = ['bass:cauda-equina', 'nice:ng59'];

export const findings = [
  // Emergency signs: possible cauda equina syndrome, fracture or a vascular cause.
  { code: 'saddle_numbness', tier: 'emergency', sources: CES },
  { code: 'bladder_dysfunction_new', tier: 'emergency', sources: CES },
  { code: 'bowel_incontinence_new', tier: 'emergency', sources: CES },
  { code: 'sexual_dysfunction_new', tier: 'emergency', sources: CES },
  { code: 'leg_weakness_progressive', tier: 'emergency', sources: ['nice:ng59', 'bass:cauda-equina'] },
  { code: 'leg_symptoms_both_sides', tier: 'emergency', sources: CES },
  { code: 'major_trauma', tier: 'emergency', sources: ['nice:ng59', 'article:003'] },
  { code: 'sudden_tearing_pain', tier: 'emergency', sources: ['nice:ng59'] },
  // Urgent signs: see a doctor today.
  { code: 'fever', tier: 'urgent', sources: ['nice:ng59'] },
  { code: 'history_of_cancer', tier: 'urgent', sources: ['nice:ng59'] },
  { code: 'iv_drug_use', tier: 'urgent', sources: ['nice:ng59'] },
  { code: 'immunosuppressed', tier: 'urgent', sources: ['nice:ng59'] },
  { code: 'leg_weakness', tier: 'urgent', sources: ['nice:ng59'] },
  { code: 'pain_uncontrolled', tier: 'urgent', sources: ['article:003', 'article:004', 'nice:ng59'] },
  { code: 'minor_trauma', tier: 'combination', sources: ['nice:ng59', 'article:000'] },
  { code: 'osteoporosis', tier: 'combination', sources: ['nice:ng59'] },
  { code: 'long_term_steroids', tier: 'combination', sources: ['nice:ng59'] },
  { code: 'recent_spinal_surgery', tier: 'urgent', sources: ['nice:cks-back-pain', 'nice:ng59'] },
  // Signs to see a doctor or physiotherapist soon.
  { code: 'pain_radiates_below_knee', tier: 'gp_soon', sources: ['article:000', 'article:004', 'nice:ng59'] },
  { code: 'leg_numbness_or_tingling', tier: 'gp_soon', sources: ['article:002', 'article:003', 'nice:ng59'] },
  { code: 'unexplained_weight_loss', tier: 'gp_soon', sources: ['nice:ng59'] },
  { code: 'night_pain_unrelieved', tier: 'gp_soon', sources: ['nice:ng59'] },
  { code: 'morning_stiffness_long', tier: 'gp_soon', sources: ['nice:ng59'] },
  { code: 'pregnant', tier: 'gp_soon', sources: ['article:001', 'article:003', 'nice:ng59'] },
  { code: 'first_episode', tier: 'gp_soon', sources: ['nice:ng59', 'article:001'] },
  { code: 'medication_side_effect_suspected', tier: 'gp_soon', sources: ['article:001', 'article:003'] },
  { code: 'thoracic_pain', tier: 'gp_soon', sources: ['nice:cks-back-pain', 'nice:ng59'] },
  // Informational: they shape the plan and the advice.
  { code: 'lifting_trigger', tier: 'info', sources: ['article:000', 'article:002'] },
  { code: 'twisting_trigger', tier: 'info', sources: ['article:000', 'article:002'] },
  { code: 'sudden_movement_trigger', tier: 'info', sources: ['article:000', 'article:003'] },
  { code: 'overuse_trigger', tier: 'info', sources: ['article:001', 'article:003', 'article:004'] },
  { code: 'prolonged_posture_trigger', tier: 'info', sources: ['article:001', 'article:003', 'article:004'] },
  {
    code: 'dehydration_suspected',
    tier: 'info',
    sources: ['article:001', 'article:002', 'article:003', 'article:004'],
  },
  { code: 'localized_pain', tier: 'info', sources: ['article:000'] },
  { code: 'tender_to_touch', tier: 'info', sources: ['article:000'] },
  { code: 'better_with_rest', tier: 'info', sources: ['article:000'] },
  { code: 'muscle_twitching', tier: 'info', sources: ['article:003', 'article:004'] },
  { code: 'stiffness', tier: 'info', sources: ['article:003', 'article:004'] },
  { code: 'limited_motion', tier: 'info', sources: ['article:000', 'article:003', 'article:004'] },
  { code: 'minor_swelling', tier: 'info', sources: ['article:003'] },
  { code: 'pain_radiates_to_buttock_or_thigh', tier: 'info', sources: ['article:003', 'nice:ng59'] },
  { code: 'recurrent_episode', tier: 'info', sources: ['article:002'] },
] as const satisfies readonly Finding[];

export type FindingCode = (typeof findings)[number]['code'];

export const findingCodes = findings.map((f) => f.code) as [FindingCode, ...FindingCode[]];

const byCode = new Map<string, Finding>(findings.map((f) => [f.code, f]));

/** The codes of one tier, in catalogue order. */
export type FindingOfTier<T extends FindingTier> = Extract<(typeof findings)[number], { tier: T }>['code'];
export const emergencySigns = findings.flatMap((f) =>
  f.tier === 'emergency' ? [f.code] : [],
) as FindingOfTier<'emergency'>[];
export const urgentSigns = findings.flatMap((f) =>
  f.tier === 'urgent' ? [f.code] : [],
) as FindingOfTier<'urgent'>[];

export function findingByCode(code: string): Finding | undefined {
  return byCode.get(code);
}
