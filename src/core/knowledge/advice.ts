import type { SourceId } from './sources.ts';

/** The topics of the Learn screen, in the order shown; their titles are in the catalogue. */
export const topics = [
  'causes',
  'symptoms',
  'treatment',
  'medicines',
  'complementary',
  'see_doctor',
  'prevention',
  'staying_active',
] as const;
export type Topic = (typeof topics)[number];

/** One piece of advice: its topic and sources; its title and text are in the catalogue under its id. */
export interface AdviceItem {
  id: string;
  topic: Topic;
  sources: readonly SourceId[];
}

export const advice = [
  // Causes
  { id: 'cause_strain', topic: 'causes', sources: ['article:000', 'article:001', 'article:003'] },
  { id: 'cause_triggers', topic: 'causes', sources: ['article:000', 'article:002', 'article:003'] },
  { id: 'cause_overuse_posture', topic: 'causes', sources: ['article:001', 'article:003', 'article:004'] },
  {
    id: 'cause_fluids_electrolytes',
    topic: 'causes',
    sources: ['article:001', 'article:002', 'article:003', 'article:004'],
  },
  { id: 'cause_imbalance', topic: 'causes', sources: ['article:000', 'article:002', 'article:004'] },
  { id: 'cause_disc_joint', topic: 'causes', sources: ['article:002', 'article:004'] },
  { id: 'cause_medicines', topic: 'causes', sources: ['article:001', 'article:003'] },
  { id: 'cause_pregnancy_menstruation', topic: 'causes', sources: ['article:001', 'article:003'] },
  { id: 'cause_common_recurring', topic: 'causes', sources: ['article:002'] },
  // Symptoms
  { id: 'symptom_pattern', topic: 'symptoms', sources: ['article:000', 'article:003', 'article:004'] },
  { id: 'symptom_duration', topic: 'symptoms', sources: ['article:000', 'costa:2012', 'henschke:2008'] },
  { id: 'symptom_spread', topic: 'symptoms', sources: ['article:000', 'article:003', 'article:004'] },
  // Treatment regime
  { id: 'treat_ice_first', topic: 'treatment', sources: ['article:002', 'article:003', 'article:001'] },
  { id: 'treat_ice_wrap', topic: 'treatment', sources: ['article:002'] },
  { id: 'treat_heat_after', topic: 'treatment', sources: ['article:002', 'article:003', 'article:004'] },
  { id: 'treat_numb_skin', topic: 'treatment', sources: ['article:002', 'bass:cauda-equina'] },
  { id: 'treat_position', topic: 'treatment', sources: ['article:002'] },
  { id: 'treat_position_pregnancy', topic: 'treatment', sources: ['nhs:pregnancy-back-pain', 'article:001'] },
  {
    id: 'treat_rest_short',
    topic: 'treatment',
    sources: ['article:000', 'article:001', 'article:004', 'nice:ng59'],
  },
  { id: 'treat_gentle_stretch', topic: 'treatment', sources: ['article:003', 'article:004'] },
  { id: 'treat_combine', topic: 'treatment', sources: ['article:002', 'article:000'] },
  { id: 'treat_evidence_note', topic: 'treatment', sources: ['acp:2017', 'nice:ng59', 'article:002'] },
  // Medicines
  { id: 'med_otc', topic: 'medicines', sources: ['article:002', 'article:003', 'article:004', 'nice:ng59'] },
  { id: 'med_otc_caution', topic: 'medicines', sources: ['nice:ng59'] },
  { id: 'med_otc_child', topic: 'medicines', sources: ['article:002', 'mhra:aspirin-children'] },
  { id: 'med_ask_pharmacist', topic: 'medicines', sources: ['nice:ng59'] },
  { id: 'med_doctor', topic: 'medicines', sources: ['article:001', 'article:003', 'nice:ng59'] },
  { id: 'med_no_dose_here', topic: 'medicines', sources: ['article:002'] },
  { id: 'med_pregnancy', topic: 'medicines', sources: ['nice:ng59', 'article:003'] },
  { id: 'med_child_aspirin', topic: 'medicines', sources: ['mhra:aspirin-children'] },
  { id: 'med_side_effect', topic: 'medicines', sources: ['article:001', 'article:003'] },
  // Complementary
  { id: 'comp_massage', topic: 'complementary', sources: ['article:001', 'article:003', 'nice:ng59'] },
  { id: 'comp_acupressure_aromatherapy', topic: 'complementary', sources: ['article:003', 'nice:ng59'] },
  { id: 'comp_supervised_exercise', topic: 'complementary', sources: ['article:003', 'nice:ng59'] },
  // When to see a doctor
  { id: 'doctor_48h', topic: 'see_doctor', sources: ['article:001'] },
  { id: 'doctor_one_week', topic: 'see_doctor', sources: ['article:001', 'article:003'] },
  { id: 'doctor_severe_or_persisting', topic: 'see_doctor', sources: ['article:003', 'article:004'] },
  { id: 'doctor_warning_signs', topic: 'see_doctor', sources: ['nice:ng59'] },
  { id: 'safety_net', topic: 'see_doctor', sources: ['bass:cauda-equina', 'nice:ng59'] },
  { id: 'doctor_children', topic: 'see_doctor', sources: ['article:001', 'nice:ng59'] },
  { id: 'emergency_now', topic: 'see_doctor', sources: ['bass:cauda-equina', 'nice:ng59'] },
  { id: 'urgent_today', topic: 'see_doctor', sources: ['nice:ng59'] },
  { id: 'urgent_comfort', topic: 'see_doctor', sources: ['nice:ng59'] },
  { id: 'pregnancy_maternity', topic: 'see_doctor', sources: ['nhs:pregnancy-back-pain'] },
  { id: 'gp_soon_book', topic: 'see_doctor', sources: ['article:001', 'nice:ng59'] },
  // Prevention
  { id: 'prevent_stretch', topic: 'prevention', sources: ['article:002', 'article:004', 'article:000'] },
  { id: 'prevent_aerobic', topic: 'prevention', sources: ['article:000', 'article:002'] },
  {
    id: 'prevent_strength_balance',
    topic: 'prevention',
    sources: ['article:002', 'article:004', 'article:001'],
  },
  { id: 'prevent_posture', topic: 'prevention', sources: ['article:003', 'article:004'] },
  { id: 'prevent_breaks', topic: 'prevention', sources: ['article:001', 'article:004'] },
  { id: 'prevent_hydration', topic: 'prevention', sources: ['article:004', 'article:003', 'article:001'] },
  { id: 'prevent_lifting', topic: 'prevention', sources: ['article:004', 'article:000'] },
  { id: 'prevent_warm_up', topic: 'prevention', sources: ['article:004', 'article:002'] },
  { id: 'prevent_after_episode', topic: 'prevention', sources: ['article:002'] },
  // Staying active
  { id: 'active_weakening', topic: 'staying_active', sources: ['article:000'] },
  { id: 'active_healing', topic: 'staying_active', sources: ['article:000', 'nice:ng59'] },
] as const satisfies readonly AdviceItem[];

export type AdviceId = (typeof advice)[number]['id'];

const byId = new Map<string, AdviceItem>(advice.map((a) => [a.id, a]));

export function adviceById(id: AdviceId): AdviceItem {
  const item = byId.get(id);
  if (!item) throw new Error(`unknown advice: ${id}`);
  return item;
}
