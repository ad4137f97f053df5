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
  /** How to find out right now, for a person who answered "not sure" (warning signs only). */
  howToCheck?: string;
  /** The finding as one item of a "choose any that apply" list (findings asked in a group). */
  choice?: string;
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
    howToCheck:
      'Think of the last time you wiped after the toilet: did the skin around your back passage and genitals feel as usual, or numb or strange? Now touch the skin of your buttocks and inner thighs lightly with a finger or a tissue: does it feel the same on both sides as elsewhere?',
    choice: 'new numbness or tingling between the legs: genitals, back passage, buttocks or inner thighs',
    sources: CES,
  },
  {
    code: 'bladder_dysfunction_new',
    tier: 'emergency',
    label: 'New bladder problem',
    question:
      'Since this started, have you had trouble starting or stopping urine, not felt your bladder filling, or wet yourself?',
    howToCheck:
      'Think back to the last time you passed urine. Did you feel your bladder was full, could you start and stop as usual, and did it all come out? If you have not passed urine for much longer than usual, or it felt different, that counts as a problem.',
    choice: 'new trouble starting or stopping urine, not feeling the bladder fill, or wetting yourself',
    sources: CES,
  },
  {
    code: 'bowel_incontinence_new',
    tier: 'emergency',
    label: 'New loss of bowel control',
    question: 'Since this started, have you lost control of your bowels?',
    howToCheck:
      'Think back to the last time you opened your bowels: did you feel it coming and could you hold it as usual? Any leak you did not feel or could not stop counts.',
    choice: 'new loss of bowel control',
    sources: CES,
  },
  {
    code: 'sexual_dysfunction_new',
    tier: 'emergency',
    label: 'New loss of genital sensation or sexual function',
    question:
      'Since this started, have you lost feeling in your genitals, or lost sexual function (such as erections, or feeling during sex)?',
    hint: 'We mean a new loss of feeling or function, not pain during sex.',
    howToCheck:
      'Touch the skin of your genitals lightly: does it feel as it usually does, the same on both sides? A new numbness or dull feeling counts.',
    choice: 'a new loss of feeling in the genitals or of sexual function',
    sources: CES,
  },
  {
    code: 'leg_weakness_progressive',
    tier: 'emergency',
    label: 'Leg weakness getting worse',
    question:
      'Is there weakness in a leg or foot that is getting worse, for example tripping more, or a foot that catches or slaps on the ground?',
    howToCheck:
      'Try standing on your heels, then on your toes, holding on to something steady. If one foot cannot do it, or is weaker than an hour or a day ago, that counts as getting worse.',
    choice: 'weakness in a leg or foot that is getting worse',
    sources: ['nice:ng59', 'bass:cauda-equina'],
  },
  {
    code: 'leg_symptoms_both_sides',
    tier: 'emergency',
    label: 'Sciatica-type symptoms in both legs',
    question: 'Do you have shooting pain, numbness, tingling or weakness in both legs?',
    hint: 'It can feel different in each leg, for example pain in one and numbness in the other.',
    howToCheck:
      'Notice each leg in turn, from the buttock to the foot: is there shooting pain, numbness, pins and needles or weakness on the left, and also on the right?',
    choice: 'shooting pain, numbness or weakness in both legs',
    sources: CES,
  },
  {
    code: 'major_trauma',
    tier: 'emergency',
    label: 'Began with a major injury',
    question: 'Did the pain start with a serious injury, such as a fall from a height or a road accident?',
    howToCheck:
      'Think about how the pain began: a fall from higher than standing, a road collision or a hard blow counts. A simple lift or twist does not.',
    choice: 'back pain after a serious injury, such as a fall from a height or a road collision',
    sources: ['nice:ng59', 'article:003'],
  },
  {
    code: 'sudden_tearing_pain',
    tier: 'emergency',
    label: 'Sudden tearing pain towards belly or chest',
    question:
      'Is there severe pain in your belly or chest, or does the pain feel like tearing, or spread from your back into your belly or chest?',
    hint: 'Any one of these counts, even without the others.',
    howToCheck:
      'Put a hand on your belly and on your chest: is there severe pain there, or pain that moved there from your back? Is the pain a tearing or ripping feeling rather than a tight, aching spasm?',
    choice: 'severe pain in the belly or chest, or a tearing pain spreading there from the back',
    sources: ['nice:ng59'],
  },
  // Urgent signs: see a doctor today.
  {
    code: 'fever',
    tier: 'urgent',
    label: 'Fever',
    question: 'Do you have a temperature of 38 °C or more, or shaking chills and sweats?',
    choice: 'A temperature of 38 °C or more, or shaking chills and sweats',
    howToCheck: 'Take your temperature with a thermometer if you have one.',
    sources: ['nice:ng59'],
  },
  {
    code: 'history_of_cancer',
    tier: 'urgent',
    label: 'History of cancer',
    question: 'Have you ever had cancer?',
    choice: 'Have had cancer, at any time',
    howToCheck: 'Think whether a doctor has ever treated you for cancer, even long ago.',
    sources: ['nice:ng59'],
  },
  {
    code: 'iv_drug_use',
    tier: 'urgent',
    label: 'Injects drugs',
    question: 'Do you inject drugs, now or in the past year?',
    hint: 'This is asked because it changes the risk of infection. Your answer stays on this device.',
    choice: 'Inject drugs, now or in the past year',
    howToCheck: 'Think whether you have injected drugs in the past year.',
    sources: ['nice:ng59'],
  },
  {
    code: 'immunosuppressed',
    tier: 'urgent',
    label: 'Weakened immune system',
    question: 'Is your immune system weakened by an illness or a medicine?',
    hint: 'For example chemotherapy, HIV, medicines taken after a transplant, or steroid tablets taken for months: steroid tablets weaken the immune system.',
    choice:
      'A weakened immune system (for example chemotherapy, HIV, transplant medicines, or steroid tablets for months)',
    howToCheck:
      'Ask your pharmacist or doctor whether any medicine you take weakens the immune system; steroid tablets taken for months do.',
    sources: ['nice:ng59'],
  },
  {
    code: 'leg_weakness',
    tier: 'urgent',
    label: 'New weakness in one leg',
    question:
      'Is there new weakness in one leg or foot, for example tripping, or a foot that catches or slaps on the ground when you walk?',
    choice:
      'New weakness in one leg or foot, for example tripping, or a foot that catches or slaps on the ground',
    howToCheck:
      'Try standing on your heels, then on your toes, holding on to something steady, and compare your feet.',
    sources: ['nice:ng59'],
  },
  {
    code: 'pain_uncontrolled',
    tier: 'urgent',
    label: 'Pain not eased by anything',
    question:
      'Does the pain stay just as bad whatever you do: resting, changing position and pharmacy painkillers all make no difference?',
    choice:
      'Pain that stays just as bad whatever you do: rest, changing position and pharmacy painkillers make no difference',
    howToCheck:
      'Notice whether lying down, changing position or a pharmacy painkiller eases the pain even a little.',
    sources: ['article:003', 'article:004', 'nice:ng59'],
  },
  {
    code: 'minor_trauma',
    tier: 'combination',
    label: 'Began with a fall, trip or knock',
    question: 'Did the pain start after any fall, trip or knock, even a small one?',
    choice: 'It started after a fall, trip or knock, even a small one',
    sources: ['nice:ng59', 'article:000'],
  },
  {
    code: 'osteoporosis',
    tier: 'combination',
    label: 'Osteoporosis',
    question: 'Have you been told you have osteoporosis (thin bones)?',
    choice: 'Told you have osteoporosis (thin bones)',
    sources: ['nice:ng59'],
  },
  {
    code: 'long_term_steroids',
    tier: 'combination',
    label: 'Long-term steroid tablets',
    question: 'Have you taken steroid tablets (such as prednisolone) for three months or more?',
    hint: 'Steroid tablets taken for months thin the bones and weaken the immune system.',
    choice: 'Steroid tablets (such as prednisolone) for three months or more',
    sources: ['nice:ng59'],
  },
  // Signs to see a doctor or physiotherapist soon.
  {
    code: 'pain_radiates_below_knee',
    tier: 'gp_soon',
    label: 'Pain down one leg below the knee',
    question: 'Does pain shoot down one leg, below the knee?',
    choice: 'Pain shooting down one leg, below the knee',
    sources: ['article:000', 'article:004', 'nice:ng59'],
  },
  {
    code: 'leg_numbness_or_tingling',
    tier: 'gp_soon',
    label: 'Numbness or pins and needles in one leg',
    question: 'Do you have numbness or pins and needles in one leg?',
    choice: 'Numbness or pins and needles in one leg',
    sources: ['article:002', 'article:003', 'nice:ng59'],
  },
  {
    code: 'unexplained_weight_loss',
    tier: 'gp_soon',
    label: 'Unexplained weight loss',
    question: 'Have you been losing weight without trying?',
    choice: 'Losing weight without trying',
    sources: ['nice:ng59'],
  },
  {
    code: 'night_pain_unrelieved',
    tier: 'gp_soon',
    label: 'Constant night pain',
    question: 'Is the pain there all night, with no position that eases it?',
    choice: 'Pain all night, with no position that eases it',
    sources: ['nice:ng59'],
  },
  {
    code: 'morning_stiffness_long',
    tier: 'gp_soon',
    label: 'Long morning stiffness',
    question:
      'For three months or more, has your back been stiff for over 30 minutes each morning, easing as you move?',
    choice: 'For three months or more, a stiff back for over 30 minutes each morning that eases as you move',
    sources: ['nice:ng59'],
  },
  {
    code: 'pregnant',
    tier: 'gp_soon',
    label: 'Pregnant',
    question: 'Could you be pregnant?',
    choice: 'You are or could be pregnant',
    sources: ['article:001', 'article:003', 'nice:ng59'],
  },
  {
    code: 'first_episode',
    tier: 'gp_soon',
    label: 'First ever episode of back pain',
    question: 'Is this the first time you have ever had back pain?',
    choice: 'This is the first time you have ever had back pain',
    sources: ['nice:ng59', 'article:001'],
  },
  {
    code: 'medication_side_effect_suspected',
    tier: 'gp_soon',
    label: 'Spasms began after a medicine change',
    question: 'Did the spasms begin after you started or changed a medicine?',
    choice: 'The spasms began after you started or changed a medicine',
    sources: ['article:001', 'article:003'],
  },
  // Informational: they shape the plan and the advice.
  {
    code: 'lifting_trigger',
    tier: 'info',
    label: 'Began while lifting',
    question: 'Did it start while you were lifting something?',
    choice: 'While lifting something',
    sources: ['article:000', 'article:002'],
  },
  {
    code: 'twisting_trigger',
    tier: 'info',
    label: 'Began with a twist',
    question: 'Did it start when you twisted, or lifted while twisting?',
    choice: 'With a twist, or lifting while twisting',
    sources: ['article:000', 'article:002'],
  },
  {
    code: 'sudden_movement_trigger',
    tier: 'info',
    label: 'Began with a sudden movement',
    question: 'Did it start with a sudden or jerky movement?',
    choice: 'With a sudden or jerky movement',
    sources: ['article:000', 'article:003'],
  },
  {
    code: 'overuse_trigger',
    tier: 'info',
    label: 'Followed heavy or unusual activity',
    question: 'Did it follow a lot of heavy work, sport or bending, more than you usually do?',
    choice: 'After more heavy work, sport or bending than usual',
    sources: ['article:001', 'article:003', 'article:004'],
  },
  {
    code: 'prolonged_posture_trigger',
    tier: 'info',
    label: 'Followed long sitting or standing',
    question: 'Did it follow sitting, standing or sleeping in one position for a long time?',
    choice: 'After sitting, standing or sleeping in one position for a long time',
    sources: ['article:001', 'article:003', 'article:004'],
  },
  {
    code: 'dehydration_suspected',
    tier: 'info',
    label: 'Possibly dehydrated',
    question: 'Have you been drinking less than usual, or sweating a lot?',
    choice: 'After drinking less than usual or sweating a lot',
    sources: ['article:001', 'article:002', 'article:003', 'article:004'],
  },
  {
    code: 'localized_pain',
    tier: 'info',
    label: 'Pain stays in the lower back',
    question: 'Does the pain stay in your lower back?',
    choice: 'The pain stays in the lower back',
    sources: ['article:000'],
  },
  {
    code: 'tender_to_touch',
    tier: 'info',
    label: 'Sore to touch',
    question: 'Is the painful area sore when you press on it?',
    choice: 'The sore area hurts when pressed',
    sources: ['article:000'],
  },
  {
    code: 'better_with_rest',
    tier: 'info',
    label: 'Eases with rest',
    question: 'Does it feel better when you rest?',
    choice: 'It feels better when I rest',
    sources: ['article:000'],
  },
  {
    code: 'muscle_twitching',
    tier: 'info',
    label: 'Muscle twitching',
    question: 'Do the muscles in your back twitch or jerk?',
    choice: 'The back muscles twitch or jerk',
    sources: ['article:003', 'article:004'],
  },
  {
    code: 'stiffness',
    tier: 'info',
    label: 'Stiff, tight back',
    question: 'Does your back feel stiff or tight?',
    choice: 'The back feels stiff or tight',
    sources: ['article:003', 'article:004'],
  },
  {
    code: 'limited_motion',
    tier: 'info',
    label: 'Hard to move',
    question: 'Is it hard to bend, turn or get up?',
    choice: 'It is hard to bend, turn or get up',
    sources: ['article:000', 'article:003', 'article:004'],
  },
  {
    code: 'minor_swelling',
    tier: 'info',
    label: 'Slight swelling',
    question: 'Is there slight swelling over the sore area?',
    choice: 'Slight swelling over the sore area',
    sources: ['article:003'],
  },
  {
    code: 'pain_radiates_to_buttock_or_thigh',
    tier: 'info',
    label: 'Pain spreads to buttock or thigh',
    question: 'Does the pain spread into your buttock or thigh, but not below the knee?',
    choice: 'The pain spreads into a buttock or thigh, not below the knee',
    sources: ['article:003', 'nice:ng59'],
  },
  {
    code: 'recurrent_episode',
    tier: 'info',
    label: 'Has had back spasms before',
    question: 'Have you had episodes like this before?',
    choice: 'I have had episodes like this before',
    sources: ['article:002'],
  },
] as const satisfies readonly Finding[];

export type FindingCode = (typeof findings)[number]['code'];

export const findingCodes = findings.map((f) => f.code) as [FindingCode, ...FindingCode[]];

const byCode = new Map<string, Finding>(findings.map((f) => [f.code, f]));

/** The emergency signs in plain words, in catalogue order: every safety net names all of them. */
export const emergencySignWords: readonly string[] = findings.flatMap((f) =>
  f.tier === 'emergency' ? [f.choice] : [],
);

export function findingByCode(code: string): Finding | undefined {
  return byCode.get(code);
}
