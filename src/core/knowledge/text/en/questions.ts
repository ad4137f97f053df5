import type { SectionOf } from '../catalogue.ts';

export const enQuestions: SectionOf<'questions'> = {
  stages: {
    emergency: 'Warning signs',
    urgent: 'Signs to see a doctor today',
    about: 'About you and this episode',
    soon: 'Signs to see a doctor soon',
    tailor: 'Tailor my plan',
  },
  // A group's hint explains the question; how to choose (tap, or type numbers) is each face's own words.
  asked: {
    urgent_signs: { text: 'Do any of these apply to you?' },
    bone_risks: {
      text: 'Do either of these apply to you?',
      hint: 'Both can make bones fragile, so even a small strain or a bend can matter.',
    },
    onset: {
      text: 'When did this pain or spasm start?',
      hint: 'The day it began, even if it was only mild then.',
    },
    how_started: {
      text: 'How did this pain start?',
      hint: 'If it came on for no clear reason, choose none of these.',
    },
    trend: { text: 'Since it started, is the pain getting better, staying the same, or getting worse?' },
    painNow: {
      text: 'How bad is the pain right now?',
      hint: '0 means no pain at all, 10 the worst pain you can imagine.',
    },
    soon_signs: { text: 'Do any of these apply to you?' },
    tailor: {
      text: 'Anything else about how it started or how it feels?',
      hint: 'Optional. Your plan adds advice for each one you choose.',
    },
    age: { text: 'How old are you?', hint: 'In whole years.' },
    new_signs: {
      text: 'Since your last check, has any of these started?',
      hint: 'Only what is new since then. If you cannot tell, that counts too: choose “Not sure”.',
    },
  },
};
