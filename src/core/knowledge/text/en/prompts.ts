import type { SectionOf } from '../catalogue.ts';

/** What Progress says when the course calls for it (the "see a doctor" prompt speaks in its rules' words). */
export const enPrompts: SectionOf<'prompts'> = {
  getting_worse:
    'You said your back is getting worse. Call the emergency number now if a leg keeps getting weaker, both legs are affected, or your bladder, bowels or the feeling between your legs change. See a doctor today if one leg or foot goes weak, or you get a fever. Otherwise, book a doctor or physiotherapist in the next few days.',
  off_course:
    'Your pain is easing more slowly than most people’s does. That is common and usually still settles, but a doctor or physiotherapist can help it along.',
  keep_moving:
    'After two weeks, back muscles that are not used start to weaken, which can keep the pain going. Gentle, regular movement and the exercises help.',
};
