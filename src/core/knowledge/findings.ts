import type { SourceId } from './sources.ts';

/** How far one finding can raise the disposition on its own. `info` never does; `combination` only together. */
export type FindingTier = 'emergency' | 'urgent' | 'gp_soon' | 'combination' | 'info';

export interface Finding {
  code: string;
  tier: FindingTier;
  /** A short noun phrase a clinician would recognise on a summary. */
  label: string;
  /** The yes/no question that elicits it, in the second person. */
  question: string;
  /** An optional line that explains the words in the question. */
  hint?: string;
  sources: readonly SourceId[];
}

const CES: readonly SourceId[] = ['bass:cauda-equina', 'nice:ng59'];

export const findings = [
  // Emergency signs: possible cauda equina syndrome, fracture or a vascular cause.
  {
    code: 'saddle_numbness',
    tier: 'emergency',
    label: 'New saddle numbness',
    question:
      'Is there new numbness or tingling around your genitals, back passage, buttocks or inner thighs?',
    hint: 'The areas that would touch a saddle when riding.',
    sources: CES,
  },
  {
    code: 'bladder_dysfunction_new',
    tier: 'emergency',
    label: 'New bladder problem',
    question:
      'Since this started, have you had trouble starting or stopping urine, not felt your bladder filling, or wet yourself?',
    sources: CES,
  },
  {
    code: 'bowel_incontinence_new',
    tier: 'emergency',
    label: 'New loss of bowel control',
    question: 'Since this started, have you lost control of your bowels?',
    sources: CES,
  },
  {
    code: 'sexual_dysfunction_new',
    tier: 'emergency',
    label: 'New loss of genital sensation or sexual function',
    question:
      'Since this started, have you lost feeling in your genitals or noticed a new change in sexual function?',
    sources: CES,
  },
  {
    code: 'leg_weakness_progressive',
    tier: 'emergency',
    label: 'Leg weakness getting worse',
    question: 'Is there weakness in a leg or foot that is getting worse?',
    sources: ['nice:ng59', 'bass:cauda-equina'],
  },
  {
    code: 'leg_symptoms_both_sides',
    tier: 'emergency',
    label: 'Sciatica-type symptoms in both legs',
    question: 'Do you have shooting pain, numbness or weakness in both legs?',
    sources: CES,
  },
  {
    code: 'major_trauma',
    tier: 'emergency',
    label: 'Began with a major injury',
    question: 'Did the pain start with a serious injury, such as a fall from a height or a road accident?',
    sources: ['nice:ng59', 'article:003'],
  },
  {
    code: 'sudden_tearing_pain',
    tier: 'emergency',
    label: 'Sudden tearing pain towards belly or chest',
    question: 'Is the pain sudden, severe and tearing, spreading into your belly or chest?',
    sources: ['nice:ng59'],
  },
  // Urgent signs: see a doctor today.
  {
    code: 'fever',
    tier: 'urgent',
    label: 'Fever',
    question: 'Do you have a temperature of 38 °C or more, or shaking chills and sweats?',
    sources: ['nice:ng59'],
  },
  {
    code: 'history_of_cancer',
    tier: 'urgent',
    label: 'History of cancer',
    question: 'Have you ever had cancer?',
    sources: ['nice:ng59'],
  },
  {
    code: 'iv_drug_use',
    tier: 'urgent',
    label: 'Injects drugs',
    question: 'Do you inject drugs?',
    hint: 'This is asked because it changes the risk of infection. Your answer stays on this device.',
    sources: ['nice:ng59'],
  },
  {
    code: 'immunosuppressed',
    tier: 'urgent',
    label: 'Weakened immune system',
    question: 'Is your immune system weakened by an illness or a medicine?',
    hint: 'For example chemotherapy, HIV, or medicines taken after a transplant.',
    sources: ['nice:ng59'],
  },
  {
    code: 'leg_weakness',
    tier: 'urgent',
    label: 'New weakness in one leg',
    question:
      'Is there new weakness in one leg or foot, for example a foot that slaps or drags when you walk?',
    sources: ['nice:ng59'],
  },
  {
    code: 'pain_uncontrolled',
    tier: 'urgent',
    label: 'Pain not eased by anything',
    question: 'Is the pain not eased at all by resting, changing position or over-the-counter painkillers?',
    sources: ['article:003', 'article:004', 'nice:ng59'],
  },
  {
    code: 'minor_trauma',
    tier: 'combination',
    label: 'Began with a minor fall or knock',
    question: 'Did the pain start with a minor fall or knock?',
    sources: ['nice:ng59', 'article:000'],
  },
  {
    code: 'osteoporosis',
    tier: 'combination',
    label: 'Osteoporosis',
    question: 'Have you been told you have osteoporosis (thin bones)?',
    sources: ['nice:ng59'],
  },
  {
    code: 'long_term_steroids',
    tier: 'combination',
    label: 'Long-term steroid tablets',
    question: 'Have you taken steroid tablets (such as prednisolone) for months?',
    sources: ['nice:ng59'],
  },
  // Signs to see a doctor or physiotherapist soon.
  {
    code: 'pain_radiates_below_knee',
    tier: 'gp_soon',
    label: 'Pain down one leg below the knee',
    question: 'Does pain shoot down one leg, below the knee?',
    sources: ['article:000', 'article:004', 'nice:ng59'],
  },
  {
    code: 'leg_numbness_or_tingling',
    tier: 'gp_soon',
    label: 'Numbness or pins and needles in one leg',
    question: 'Do you have numbness or pins and needles in one leg?',
    sources: ['article:002', 'article:003', 'nice:ng59'],
  },
  {
    code: 'unexplained_weight_loss',
    tier: 'gp_soon',
    label: 'Unexplained weight loss',
    question: 'Have you been losing weight without trying?',
    sources: ['nice:ng59'],
  },
  {
    code: 'night_pain_unrelieved',
    tier: 'gp_soon',
    label: 'Constant night pain',
    question: 'Is the pain constant at night, with no position that eases it?',
    sources: ['nice:ng59'],
  },
  {
    code: 'morning_stiffness_long',
    tier: 'gp_soon',
    label: 'Long morning stiffness',
    question: 'Is your back stiff for more than 30 minutes each morning, easing as you move?',
    sources: ['nice:ng59'],
  },
  {
    code: 'pregnant',
    tier: 'gp_soon',
    label: 'Pregnant',
    question: 'Are you pregnant?',
    sources: ['article:001', 'article:003', 'nice:ng59'],
  },
  {
    code: 'first_episode',
    tier: 'gp_soon',
    label: 'First ever episode of back pain',
    question: 'Is this the first time you have ever had back pain?',
    sources: ['nice:ng59', 'article:001'],
  },
  {
    code: 'medication_side_effect_suspected',
    tier: 'gp_soon',
    label: 'Spasms began after a medicine change',
    question: 'Did the spasms begin after you started or changed a medicine?',
    sources: ['article:001', 'article:003'],
  },
  // Informational: they shape the plan and the advice.
  {
    code: 'lifting_trigger',
    tier: 'info',
    label: 'Began while lifting',
    question: 'Did it start while you were lifting something?',
    sources: ['article:000', 'article:002'],
  },
  {
    code: 'twisting_trigger',
    tier: 'info',
    label: 'Began with a twist',
    question: 'Did it start when you twisted, or lifted while twisting?',
    sources: ['article:000', 'article:002'],
  },
  {
    code: 'sudden_movement_trigger',
    tier: 'info',
    label: 'Began with a sudden movement',
    question: 'Did it start with a sudden or jerky movement?',
    sources: ['article:000', 'article:003'],
  },
  {
    code: 'overuse_trigger',
    tier: 'info',
    label: 'Followed heavy or unusual activity',
    question: 'Did it follow a lot of heavy work, sport or bending, more than you usually do?',
    sources: ['article:001', 'article:003', 'article:004'],
  },
  {
    code: 'prolonged_posture_trigger',
    tier: 'info',
    label: 'Followed long sitting or standing',
    question: 'Did it follow sitting, standing or sleeping in one position for a long time?',
    sources: ['article:001', 'article:003', 'article:004'],
  },
  {
    code: 'dehydration_suspected',
    tier: 'info',
    label: 'Possibly dehydrated',
    question: 'Have you been drinking less than usual, or sweating a lot?',
    sources: ['article:001', 'article:002', 'article:003', 'article:004'],
  },
  {
    code: 'localized_pain',
    tier: 'info',
    label: 'Pain stays in the lower back',
    question: 'Does the pain stay in your lower back?',
    sources: ['article:000'],
  },
  {
    code: 'tender_to_touch',
    tier: 'info',
    label: 'Sore to touch',
    question: 'Is the painful area sore when you press on it?',
    sources: ['article:000'],
  },
  {
    code: 'better_with_rest',
    tier: 'info',
    label: 'Eases with rest',
    question: 'Does it feel better when you rest?',
    sources: ['article:000'],
  },
  {
    code: 'muscle_twitching',
    tier: 'info',
    label: 'Muscle twitching',
    question: 'Do the muscles in your back twitch or jerk?',
    sources: ['article:003', 'article:004'],
  },
  {
    code: 'stiffness',
    tier: 'info',
    label: 'Stiff, tight back',
    question: 'Does your back feel stiff or tight?',
    sources: ['article:003', 'article:004'],
  },
  {
    code: 'limited_motion',
    tier: 'info',
    label: 'Hard to move',
    question: 'Is it hard to bend, turn or get up?',
    sources: ['article:000', 'article:003', 'article:004'],
  },
  {
    code: 'minor_swelling',
    tier: 'info',
    label: 'Slight swelling',
    question: 'Is there slight swelling over the sore area?',
    sources: ['article:003'],
  },
  {
    code: 'pain_radiates_to_buttock_or_thigh',
    tier: 'info',
    label: 'Pain spreads to buttock or thigh',
    question: 'Does the pain spread into your buttock or thigh, but not below the knee?',
    sources: ['article:003', 'nice:ng59'],
  },
  {
    code: 'recurrent_episode',
    tier: 'info',
    label: 'Has had back spasms before',
    question: 'Have you had episodes like this before?',
    sources: ['article:002'],
  },
] as const satisfies readonly Finding[];

export type FindingCode = (typeof findings)[number]['code'];

export const findingCodes = findings.map((f) => f.code) as [FindingCode, ...FindingCode[]];

const byCode = new Map<string, Finding>(findings.map((f) => [f.code, f]));

export function findingByCode(code: string): Finding | undefined {
  return byCode.get(code);
}
