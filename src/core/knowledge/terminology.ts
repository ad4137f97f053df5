import type { FindingCode } from './findings.ts';

/**
 * Where each SNOMED CT code and its display were checked. No terminology server is reachable where Unknot
 * is built, so every concept below was read, code and display together, in one of these published files.
 */
export const codeSources = {
  'ips-free-set':
    'HL7/fhir-ips, input/fsh/valuesets/ProblemsSnomedCtIpsFreeSet.fsh at commit 5f8b4e6 (the SNOMED CT IPS Free Set, edition 2022-07-31)',
  'r4-expansions':
    'npm package hl7.fhir.r4.examples 4.0.1, Bundle-valueset-expansions.json (FHIR R4 value set expansions)',
  'who-immz':
    'WorldHealthOrganization/smart-example-immz, input/fsh/valuesets/Immunocompromised-values.fsh at commit 7bc0df0',
} as const;
export type CodeSource = keyof typeof codeSources;

export interface SnomedConcept {
  readonly code: string;
  /** The display exactly as the source spells it. */
  readonly display: string;
  readonly checked: CodeSource;
}

/**
 * The SNOMED CT concept a record system can read for each finding, or null where no checked concept says
 * what the person answered (the finding then keeps its urn:unknot code alone). A concept may be broader
 * than the finding, since the urn:unknot code beside it keeps the exact meaning, but never narrower or
 * different: "could you be pregnant" is not "Pregnancy", and "twitch or jerk" is not a fasciculation.
 * The README's code table is checked against this one by test/export-fhir.test.ts.
 */
export const findingConcepts: Record<FindingCode, SnomedConcept | null> = {
  saddle_numbness: null,
  bladder_dysfunction_new: null,
  bowel_incontinence_new: { code: '72042002', display: 'Incontinence of feces', checked: 'ips-free-set' },
  sexual_dysfunction_new: null,
  leg_weakness_progressive: {
    code: '713514005',
    display: 'Muscle weakness of limb',
    checked: 'ips-free-set',
  },
  leg_symptoms_both_sides: null,
  major_trauma: { code: '417746004', display: 'Traumatic injury', checked: 'ips-free-set' },
  sudden_tearing_pain: null,
  fever: { code: '386661006', display: 'Fever', checked: 'ips-free-set' },
  history_of_cancer: null,
  iv_drug_use: null,
  immunosuppressed: { code: '370388006', display: 'Patient immunocompromised', checked: 'who-immz' },
  leg_weakness: { code: '713514005', display: 'Muscle weakness of limb', checked: 'ips-free-set' },
  pain_uncontrolled: null,
  minor_trauma: null,
  osteoporosis: { code: '64859006', display: 'Osteoporosis', checked: 'ips-free-set' },
  long_term_steroids: {
    code: '401244004',
    display: 'H/O: prolonged corticosteroid therapy',
    checked: 'r4-expansions',
  },
  recent_spinal_surgery: { code: '161619009', display: 'H/O Spinal surgery', checked: 'r4-expansions' },
  pain_radiates_below_knee: { code: '10601006', display: 'Pain in lower limb', checked: 'ips-free-set' },
  leg_numbness_or_tingling: null,
  unexplained_weight_loss: { code: '422868009', display: 'Unexplained weight loss', checked: 'ips-free-set' },
  night_pain_unrelieved: null,
  morning_stiffness_long: null,
  pregnant: null,
  first_episode: null,
  medication_side_effect_suspected: null,
  thoracic_pain: { code: '279038004', display: 'Thoracic back pain', checked: 'ips-free-set' },
  lifting_trigger: null,
  twisting_trigger: null,
  sudden_movement_trigger: null,
  overuse_trigger: null,
  prolonged_posture_trigger: null,
  dehydration_suspected: null,
  localized_pain: { code: '279039007', display: 'Low back pain', checked: 'ips-free-set' },
  tender_to_touch: { code: '247348008', display: 'Tenderness', checked: 'ips-free-set' },
  better_with_rest: null,
  muscle_twitching: null,
  stiffness: null,
  limited_motion: null,
  minor_swelling: { code: '65124004', display: 'Swelling', checked: 'ips-free-set' },
  pain_radiates_to_buttock_or_thigh: null,
  recurrent_episode: null,
};
