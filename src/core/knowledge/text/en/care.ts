import type { SectionOf } from '../catalogue.ts';
import { plural } from '../plural.ts';

export const enCare: SectionOf<'care'> = {
  checkInAsk: (day) => {
    if (day === 2)
      return 'It has been 48 hours. Compared with when it started, is your back better, the same or worse?';
    const weeks = Math.round(day / 7);
    const since = plural(weeks, { one: 'It has been a week.', other: `It has been ${weeks} weeks.` }, 'en');
    return `${since} Is your back better, the same or worse than when it started?`;
  },
  // In pregnancy lying on the side, never flat on the back.
  sessionHowTo: (kind, pregnant) => {
    const lie = pregnant
      ? 'lie on your side with a pillow between your knees'
      : 'lie on your back with your knees bent over pillows';
    const numb = 'Never on skin that feels numb.';
    return kind === 'ice'
      ? `Wrap a cold pack in a thin towel (never straight on the skin), ${lie}, and hold it against the sore area. ${numb}`
      : `Use moist heat: a warm, damp towel, a heat pack wrapped in a cloth, or a ${pregnant ? 'warm (not hot)' : 'warm'} bath, taking care getting in and out. Never put a damp towel on an electric heat pad. ${numb}`;
  },
};
