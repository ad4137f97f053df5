import type { SectionOf } from '../catalogue.ts';

export const enQuestions: SectionOf<'questions'> = {
  stages: {
    emergency: 'Warning signs',
    urgent: 'Signs to see a doctor today',
    about: 'About you and this episode',
    soon: 'Signs to see a doctor soon',
    tailor: 'Tailor my plan',
  },
  asked: {
    urgent_signs: {
      text: 'Do any of these apply to you?',
      hint: 'Choose any that apply, or none of these. If you cannot tell, choose "Not sure".',
    },
    bone_risks: {
      text: 'Do either of these apply to you?',
      hint: 'Both make bones more fragile. Choose any that apply, or none of these.',
    },
    onset: {
      text: 'When did this pain or spasm start?',
      hint: 'The day it began, even if it was only mild then.',
    },
    trend: { text: 'Since it started, is the pain getting better, staying the same, or getting worse?' },
    soon_signs: {
      text: 'Do any of these apply to you?',
      hint: 'Choose any that apply, or none of these. If you cannot tell, choose "Not sure".',
    },
    tailor: {
      text: 'How did it start, and what does it feel like?',
      hint: 'Optional. Choose any that apply: your plan adds advice for them.',
    },
    age: { text: 'How old are you?', hint: 'In whole years.' },
  },
};
