import type { DispositionWords, SectionOf } from '../catalogue.ts';
import { emergencySignWords } from './findings.ts';

/** The safety net every non-emergency result ends with: the emergency signs by name, and what to do. */
const callIf = `If any of these appears, call the emergency number now: ${emergencySignWords.join('; ')}.`;

const tellCommon = [
  'When the pain started and what you were doing',
  'Which of the warning signs you have, and when each began, and any you were not sure about',
  'Any medicines you take, and what you have tried for the pain',
];

export const enDispositions: SectionOf<'dispositions'> = {
  emergency: {
    title: 'Get emergency care now',
    when: 'Now. Do not wait to see if it passes.',
    whom: 'Call the emergency number, or go to the nearest emergency department. Do not drive yourself.',
    tell: ['You have back pain with a warning sign, and name the sign', ...tellCommon],
    meanwhile: 'Self-care waits until a clinician has seen you. Keep still if the pain began with an injury.',
  },
  urgent: {
    title: 'See a doctor today',
    when: 'Today, within a few hours.',
    whom: "Call your doctor's practice and ask for an urgent appointment today, or use an urgent care service or out-of-hours line.",
    tell: tellCommon,
    meanwhile:
      'Until you are seen, keep comfortable with the pain relief below; leave exercises until a doctor says they are safe.',
    safetyNet: callIf,
  },
  gp_soon: {
    title: 'Book a doctor or physiotherapist soon',
    when: 'In the next few days (within a week).',
    whom: 'Book an appointment with your doctor or a physiotherapist.',
    tell: tellCommon,
    meanwhile: 'Keep going with the care plan below while you wait.',
    safetyNet: callIf,
  },
  self_care: {
    title: 'You can look after this yourself',
    when: 'Nothing you told us needs a doctor now.',
    whom: 'Follow the care plan. A pharmacist can help with medicines.',
    tell: tellCommon,
    meanwhile: 'Check in at 48 hours and at one week, and see a doctor if it is not improving by then.',
    safetyNet: callIf,
  },
} satisfies Record<string, DispositionWords>;
