import type { FindingCode, FindingOfTier } from '../../findings.ts';
import type { SectionOf } from '../catalogue.ts';
import { enFindings } from './findings.ts';

/**
 * The eight emergency signs as they read inside a sentence: fixed lower-case forms, never a case change at run
 * time. The rules below name them so, and so does the app's emergency screen (app.ts `signInSentence`).
 */
export const emergencySignsInSentence: Record<FindingOfTier<'emergency'>, string> = {
  saddle_numbness: 'new saddle numbness',
  bladder_dysfunction_new: 'new bladder problem',
  bowel_incontinence_new: 'new loss of bowel control',
  sexual_dysfunction_new: 'new loss of genital sensation or sexual function',
  leg_weakness_progressive: 'leg weakness getting worse',
  leg_symptoms_both_sides: 'new sciatica-type symptoms in both legs',
  major_trauma: 'began with a major injury',
  sudden_tearing_pain: 'sudden, severe tearing pain',
};

/**
 * The signs a "not sure" rule can name, as they read inside a sentence. A sign without one here is quoted with
 * its own label.
 */
const inSentence: Partial<Record<FindingCode, string>> = {
  ...emergencySignsInSentence,
  fever: 'fever',
  history_of_cancer: 'history of cancer',
  iv_drug_use: 'injects drugs',
  immunosuppressed: 'weakened immune system',
  leg_weakness: 'new weakness in one leg',
  pain_uncontrolled: 'pain not eased by anything',
  recent_spinal_surgery: 'spine operation in the last three months',
  osteoporosis: 'osteoporosis',
  long_term_steroids: 'long-term steroid tablets',
};

const named = (codes: readonly FindingCode[]) =>
  codes.map((c) => inSentence[c] ?? `"${enFindings[c].label}"`).join('; ');

/** How to check each sign now, one after the other. */
const checksOf = (codes: readonly FindingCode[]) =>
  codes.map((c) => enFindings[c].howToCheck ?? '').join(' ');

/** Whole sentences for one sign and for several, so nothing is glued from fragments. */
function unsureMessage(
  codes: readonly FindingCode[],
  one: (sign: string, checks: string) => string,
  many: (signs: string, checks: string) => string,
): string {
  return codes.length === 1 ? one(named(codes), checksOf(codes)) : many(named(codes), checksOf(codes));
}

/** Why each rule matters, in plain words, addressed to the person; the "not sure" rules name the signs. */
export const enRules: SectionOf<'rules'> = {
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
    'New pain, numbness or weakness in both legs can mean pressure on several nerves at once. This needs emergency care now.',
  major_trauma:
    'Back pain after a serious injury needs checking for a broken bone before anything else. Get emergency care now and keep still.',
  sudden_tearing_pain:
    'A sudden, severe tearing or ripping pain unlike any before can come from a blood vessel, not the back muscles. Call the emergency number now.',
  fever: 'Back pain with a fever or shaking chills can be a sign of infection. See a doctor today.',
  history_of_cancer:
    'After cancer, new back pain should be checked by a doctor today to rule out spread to the spine.',
  iv_drug_use: 'Injecting drugs raises the risk of an infection in the spine. See a doctor today.',
  immunosuppressed: 'With a weakened immune system, back pain can hide an infection. See a doctor today.',
  leg_weakness:
    'New weakness in a leg or foot means a nerve may be pressed. A doctor should examine you today.',
  pain_uncontrolled: 'Pain that nothing eases is not typical of a simple muscle spasm. See a doctor today.',
  possible_spinal_infection:
    'A fever together with injected drugs, a weak immune system or a recent spine operation can mean an infection in the spine. Go to an emergency department now, or call the emergency number.',
  recent_spinal_surgery:
    'New or changed back pain within three months of a spine operation should be checked today, by your surgical team or a doctor.',
  possible_fracture:
    'With thin bones or long-term steroid tablets, a fall, a knock, a lift, a twist, bending or a sudden movement can crack a bone in the spine, and so can a fall or knock at 70 or over. A doctor should check you today.',
  fragile_bones:
    'Thin bones or months of steroid tablets make a small break in the spine more likely, even without a clear injury. Book a doctor in the next few days.',
  thoracic_pain:
    'Pain mainly in the upper or middle back is less often a simple muscle spasm than pain low down. Book a doctor in the next few days.',
  unsure_emergency_sign: ({ signs }) =>
    unsureMessage(
      signs,
      (sign, checks) =>
        `You were not sure about: ${sign}. This sign can mean the nerves at the base of the spine are pressed, or another serious cause, so a doctor should see you today even if you feel well otherwise. How to check now: ${checks} If it is there, or appears later, call the emergency number now or go to an emergency department.`,
      (list, checks) =>
        `You were not sure about: ${list}. Each of these can mean the nerves at the base of the spine are pressed, or another serious cause, so a doctor should see you today even if you feel well otherwise. How to check now: ${checks} If any of them is there, or appears later, call the emergency number now or go to an emergency department.`,
    ),
  unsure_urgent_sign: ({ signs }) =>
    unsureMessage(
      signs,
      (sign, checks) =>
        `You were not sure about: ${sign}. This sign changes what the back pain could be, so book a doctor in the next few days and tell them you were not sure. How to check now: ${checks} If it is there, see a doctor today. If a warning sign such as numbness between the legs or new bladder trouble appears, call the emergency number now.`,
      (list, checks) =>
        `You were not sure about: ${list}. Each of these changes what the back pain could be, so book a doctor in the next few days and tell them you were not sure. How to check now: ${checks} If any of them is there, see a doctor today. If a warning sign such as numbness between the legs or new bladder trouble appears, call the emergency number now.`,
    ),
  pain_radiates_below_knee:
    'Pain shooting below the knee points to an irritated nerve (sciatica) rather than the muscle alone. Book a doctor or physiotherapist in the next few days.',
  leg_numbness_or_tingling:
    'Numbness or pins and needles in a leg suggests a nerve is involved. Book a doctor or physiotherapist in the next few days.',
  unexplained_weight_loss:
    'Losing weight without trying alongside back pain should be looked into. Book a doctor in the next few days.',
  night_pain_unrelieved:
    'Constant pain at night that no position eases is unusual for a muscle spasm. Book a doctor in the next few days.',
  morning_stiffness_long:
    'Long morning stiffness that eases with movement, in someone under 45, can be an inflammatory back condition. Book a doctor in the next few days.',
  pregnant:
    'In pregnancy, back pain is common, but some medicines are not safe. Talk to your midwife, doctor or pharmacist before taking anything, and book a check in the next few days.',
  first_episode:
    "A first ever bout of back pain before 20 or from 55 on is worth a doctor's look, because other causes are more common at those ages.",
  medication_side_effect_suspected:
    'Spasms can be a side effect of some medicines. Talk to the doctor or pharmacist who prescribed it in the next few days; do not stop a prescribed medicine on your own.',
  child_back_pain: 'Back pain in a child under 16 should be seen by a doctor in the next few days.',
  persisting_one_week:
    'The pain has lasted a week or more and has not settled. Most people improve a lot within a few weeks, but a doctor or physiotherapist should look at it now.',
  no_improvement_48h:
    'Two days or more since it started, the pain is not getting better. That is the point to book a doctor or physiotherapist rather than wait.',
};
