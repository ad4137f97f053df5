import { emergencySigns, urgentSigns } from '../../findings.ts';
import type { SectionOf } from '../catalogue.ts';

/** Each finding in words: a clinician's label, the question, and how it reads in a list. */
export const enFindings: SectionOf<'findings'> = {
  saddle_numbness: {
    label: 'New saddle numbness',
    question:
      'Is there new numbness or tingling around your genitals, back passage, buttocks or inner thighs?',
    hint: 'The areas that would touch a saddle when riding.',
    howToCheck:
      'Think of the last time you wiped after the toilet: did the skin around your back passage and genitals feel as usual, or numb or strange? Now touch the skin of your buttocks and inner thighs lightly with a finger or a tissue: does it feel the same on both sides as elsewhere?',
    choice: 'new numbness or tingling between the legs: genitals, back passage, buttocks or inner thighs',
  },
  bladder_dysfunction_new: {
    label: 'New bladder problem',
    question:
      'Since this started, have you had trouble starting or stopping urine, not felt your bladder filling, or wet yourself?',
    howToCheck:
      'Think back to the last time you passed urine. Did you feel your bladder was full, could you start and stop as usual, and did it all come out? If you have not passed urine for much longer than usual, or it felt different, that counts as a problem.',
    choice: 'new trouble starting or stopping urine, not feeling the bladder fill, or wetting yourself',
  },
  bowel_incontinence_new: {
    label: 'New loss of bowel control',
    question: 'Since this started, have you lost control of your bowels?',
    howToCheck:
      'Think back to the last time you opened your bowels: did you feel it coming and could you hold it as usual? Any leak you did not feel or could not stop counts.',
    choice: 'new loss of bowel control',
  },
  sexual_dysfunction_new: {
    label: 'New loss of genital sensation or sexual function',
    question:
      'Since this started, have you lost feeling in your genitals, or lost sexual function (such as erections, or feeling during sex)?',
    hint: 'We mean a new loss of feeling or function, not pain during sex.',
    howToCheck:
      'Touch the skin of your genitals lightly: does it feel as it usually does, the same on both sides? A new numbness or dull feeling counts.',
    choice: 'a new loss of feeling in the genitals or of sexual function',
  },
  leg_weakness_progressive: {
    label: 'Leg weakness getting worse',
    question:
      'Is there weakness in a leg or foot that is getting worse, for example tripping more, or a foot that catches or slaps on the ground?',
    howToCheck:
      'Try standing on your heels, then on your toes, holding on to something steady. If one foot cannot do it, or is weaker than an hour or a day ago, that counts as getting worse.',
    choice: 'weakness in a leg or foot that is getting worse',
  },
  leg_symptoms_both_sides: {
    label: 'New sciatica-type symptoms in both legs',
    question:
      'Since this started, have you had new shooting pain, numbness, tingling or weakness in both legs?',
    hint: 'It can feel different in each leg, for example pain in one and numbness in the other. A long-standing condition you already know about, such as numb feet from diabetes, does not count.',
    howToCheck:
      'Notice each leg in turn, from the buttock to the foot: is there new shooting pain, numbness, pins and needles or weakness on the left, and also on the right?',
    choice: 'new shooting pain, numbness or weakness in both legs',
  },
  major_trauma: {
    label: 'Began with a major injury',
    question: 'Did the pain start with a serious injury, such as a fall from a height or a road accident?',
    howToCheck:
      'Think about how the pain began: a fall from higher than standing, a road collision or a hard blow counts. A simple lift or twist does not.',
    choice: 'back pain after a serious injury, such as a fall from a height or a road collision',
  },
  sudden_tearing_pain: {
    label: 'Sudden, severe tearing pain',
    question:
      'Did a sudden, severe pain come on that is unlike any pain you have had before and feels like tearing or ripping?',
    hint: 'It often goes through to the belly or chest. A tight, cramping spasm that spreads round towards the belly is not this.',
    howToCheck:
      'Ask yourself whether this pain is a tight, aching or cramping spasm, or a sudden tearing or ripping pain, worse than anything before, perhaps going through to your belly or chest.',
    choice:
      'a sudden, severe tearing or ripping pain unlike any before, often going through to the belly or chest',
  },
  fever: {
    label: 'Fever',
    question: 'Do you have a temperature of 38 °C or more, or shaking chills and sweats?',
    howToCheck: 'Take your temperature with a thermometer if you have one.',
    choice: 'A temperature of 38 °C or more, or shaking chills and sweats',
  },
  history_of_cancer: {
    label: 'History of cancer',
    question: 'Have you ever had cancer, other than a simple skin cancer such as a basal cell carcinoma?',
    howToCheck:
      'Think whether a doctor has ever treated you for cancer, even long ago. A simple skin cancer that was only cut or frozen off does not count.',
    choice: 'Have had cancer at any time, other than a simple skin cancer',
  },
  iv_drug_use: {
    label: 'Injects drugs',
    question: 'Do you inject drugs, now or in the past year?',
    hint: 'This is asked because it changes the risk of infection. Your answer stays on this device.',
    howToCheck: 'Think whether you have injected drugs in the past year.',
    choice: 'Inject drugs, now or in the past year',
  },
  immunosuppressed: {
    label: 'Weakened immune system',
    question: 'Is your immune system weakened by an illness or a medicine?',
    hint: 'For example chemotherapy, HIV, medicines taken after a transplant, or steroid tablets taken for months: steroid tablets weaken the immune system.',
    howToCheck:
      'Ask your pharmacist or doctor whether any medicine you take weakens the immune system; steroid tablets taken for months do.',
    choice:
      'A weakened immune system (for example chemotherapy, HIV, transplant medicines, or steroid tablets for months)',
  },
  leg_weakness: {
    label: 'New weakness in one leg',
    question:
      'Is there new weakness in one leg or foot, for example tripping, or a foot that catches or slaps on the ground when you walk?',
    howToCheck:
      'Try standing on your heels, then on your toes, holding on to something steady, and compare your feet.',
    choice:
      'New weakness in one leg or foot, for example tripping, or a foot that catches or slaps on the ground',
  },
  pain_uncontrolled: {
    label: 'Pain not eased by anything',
    question:
      'Does the pain stay just as bad whatever you do: resting, changing position and pharmacy painkillers all make no difference?',
    howToCheck:
      'Notice whether lying down, changing position or a pharmacy painkiller eases the pain even a little.',
    choice:
      'Pain that stays just as bad whatever you do: rest, changing position and pharmacy painkillers make no difference',
  },
  minor_trauma: {
    label: 'Began with a fall, trip or knock',
    question: 'Did the pain start after any fall, trip or knock, even a small one?',
    choice: 'After a fall, trip or knock, even a small one',
  },
  osteoporosis: {
    label: 'Osteoporosis',
    question: 'Have you been told you have osteoporosis (thin bones)?',
    howToCheck:
      'Think whether a doctor has told you your bones are thin, or whether you take a medicine to strengthen them. Ask your pharmacist or doctor if you are not sure.',
    choice: 'Told you have osteoporosis (thin bones)',
  },
  long_term_steroids: {
    label: 'Long-term steroid tablets',
    question: 'Have you taken steroid tablets (such as prednisolone) for three months or more?',
    hint: 'Steroid tablets taken for months thin the bones and weaken the immune system.',
    howToCheck:
      'Look at the names on your medicine packets or your repeat prescription, or ask your pharmacist: prednisolone, dexamethasone and hydrocortisone tablets are steroids.',
    choice: 'Steroid tablets (such as prednisolone) for three months or more',
  },
  recent_spinal_surgery: {
    label: 'Spine operation in the last three months',
    question: 'Have you had an operation on your spine in the last three months?',
    howToCheck: 'Check the date of your operation on your hospital letter or discharge papers.',
    choice: 'An operation on your spine in the last three months',
  },
  pain_radiates_below_knee: {
    label: 'Pain down one leg below the knee',
    question: 'Does pain shoot down one leg, below the knee?',
    choice: 'Pain shooting down one leg, below the knee',
  },
  leg_numbness_or_tingling: {
    label: 'Numbness or pins and needles in one leg',
    question: 'Do you have numbness or pins and needles in one leg?',
    choice: 'Numbness or pins and needles in one leg',
  },
  unexplained_weight_loss: {
    label: 'Unexplained weight loss',
    question: 'Have you been losing weight without trying?',
    choice: 'Losing weight without trying',
  },
  night_pain_unrelieved: {
    label: 'Constant night pain',
    question: 'Is the pain there all night, with no position that eases it?',
    choice: 'Pain all night, with no position that eases it',
  },
  morning_stiffness_long: {
    label: 'Long morning stiffness',
    question:
      'For three months or more, has your back been stiff for over 30 minutes each morning, easing as you move?',
    choice: 'For three months or more, a stiff back for over 30 minutes each morning that eases as you move',
  },
  pregnant: {
    label: 'Pregnant',
    question: 'Could you be pregnant?',
    choice: 'You are or could be pregnant',
  },
  first_episode: {
    label: 'First ever episode of back pain',
    question: 'Is this the first time you have ever had back pain?',
    choice: 'This is the first time you have ever had back pain',
  },
  medication_side_effect_suspected: {
    label: 'Spasms began after a medicine change',
    question: 'Did the spasms begin after you started or changed a medicine?',
    choice: 'The spasms began after you started or changed a medicine',
  },
  thoracic_pain: {
    label: 'Pain mainly in the upper or middle back',
    question: 'Is the pain mainly in your upper or middle back, between or below the shoulder blades?',
    choice: 'The pain is mainly in the upper or middle back, between or below the shoulder blades',
  },
  lifting_trigger: {
    label: 'Began while lifting',
    question: 'Did it start while you were lifting something?',
    choice: 'While lifting something',
  },
  twisting_trigger: {
    label: 'Began with a twist',
    question: 'Did it start when you twisted, or lifted while twisting?',
    choice: 'With a twist, or lifting while twisting',
  },
  sudden_movement_trigger: {
    label: 'Began with a sudden movement',
    question: 'Did it start with a sudden or jerky movement?',
    choice: 'With a sudden or jerky movement',
  },
  overuse_trigger: {
    label: 'Began bending, or after repeated or unusual activity',
    question:
      'Did it start when you bent down, or after more bending, heavy work, sport or repeated movement than usual?',
    choice: 'When bending down, or after more bending, heavy work or sport than usual',
  },
  prolonged_posture_trigger: {
    label: 'Followed long sitting or standing',
    question: 'Did it follow sitting, standing or sleeping in one position for a long time?',
    choice: 'After sitting, standing or sleeping in one position for a long time',
  },
  dehydration_suspected: {
    label: 'Possibly dehydrated',
    question: 'Have you been drinking less than usual, or sweating a lot?',
    choice: 'After drinking less than usual or sweating a lot',
  },
  localized_pain: {
    label: 'Pain stays in the lower back',
    question: 'Does the pain stay in your lower back?',
    choice: 'The pain stays in the lower back',
  },
  tender_to_touch: {
    label: 'Sore to touch',
    question: 'Is the painful area sore when you press on it?',
    choice: 'The sore area hurts when pressed',
  },
  better_with_rest: {
    label: 'Eases with rest',
    question: 'Does it feel better when you rest?',
    choice: 'It feels better when I rest',
  },
  muscle_twitching: {
    label: 'Muscle twitching',
    question: 'Do the muscles in your back twitch or jerk?',
    choice: 'The back muscles twitch or jerk',
  },
  stiffness: {
    label: 'Stiff, tight back',
    question: 'Does your back feel stiff or tight?',
    choice: 'The back feels stiff or tight',
  },
  limited_motion: {
    label: 'Hard to move',
    question: 'Is it hard to bend, turn or get up?',
    choice: 'It is hard to bend, turn or get up',
  },
  minor_swelling: {
    label: 'Slight swelling',
    question: 'Is there slight swelling over the sore area?',
    choice: 'Slight swelling over the sore area',
  },
  pain_radiates_to_buttock_or_thigh: {
    label: 'Pain spreads to buttock or thigh',
    question: 'Does the pain spread into your buttock or thigh, but not below the knee?',
    choice: 'The pain spreads into a buttock or thigh, not below the knee',
  },
  recurrent_episode: {
    label: 'Has had back spasms before',
    question: 'Have you had episodes like this before?',
    choice: 'I have had episodes like this before',
  },
};

/** The emergency signs in plain words, in catalogue order: every safety net names all of them. */
export const emergencySignWords: readonly string[] = emergencySigns.map((c) => enFindings[c].choice);

/** Signs that need a doctor the same day, in plain words: the urgent findings and the fracture risk. */
export const sameDaySignWords: readonly string[] = [
  ...urgentSigns.map((c) => enFindings[c].choice),
  'a fall, trip or knock at 70 or over, or a fall, knock, lift, twist, bend or sudden movement with thin bones (osteoporosis) or after months of steroid tablets',
  'a fever together with injected drugs, a weak immune system or a spine operation in the last three months: call the emergency number',
];
