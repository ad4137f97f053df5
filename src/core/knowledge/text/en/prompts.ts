import type { SectionOf } from '../catalogue.ts';

/** What the progress screen says when the course calls for it. */
export const enPrompts: SectionOf<'prompts'> = {
  getting_worse:
    'Your back is getting worse rather than better. Book a doctor or physiotherapist. New weakness in one leg needs a doctor today. Weakness in a leg that is getting worse, new numbness between the legs, or a change in your bladder or bowels is an emergency: call the emergency number now.',
  no_improvement_48h: 'Two days on, the pain has not eased. That is the point to talk to a doctor about it.',
  persisting_one_week:
    'The pain has lasted a week. See a doctor so they can check it and adjust the treatment.',
  off_course:
    'Your pain is easing more slowly than most people’s does. That is common and usually still settles, but a doctor or physiotherapist can help it along.',
  keep_moving:
    'After two weeks, back muscles that are not used start to weaken, which can keep the pain going. Gentle, regular movement and the exercises help.',
};
