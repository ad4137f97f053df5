import type { CliWords } from '../cli-words.ts';
import { plural } from '../plural.ts';

export const enCli: CliWords = {
  render: {
    treatment: { ice: 'cold pack', heat: 'moist heat' },
    started: (days) =>
      days === 0
        ? 'it started today'
        : days === 1
          ? 'it started yesterday'
          : `it started ${days} ${plural(days, { one: 'day', other: 'days' })} ago`,
    when: (text) => `When: ${text}`,
    who: (text) => `Who: ${text}`,
    why: 'Why:',
    whatToTell: 'What to tell them:',
    noHomePlan: 'No home care plan: get emergency care first.',
    today: (date, day) => `TODAY, ${date} (day ${day})`,
    sessionsAt: (name, minutes, times) =>
      `${name}, ${minutes} ${plural(minutes, { one: 'minute', other: 'minutes' })} at: ${times}`,
    activity: {
      rest_allowed: (maxRest) =>
        `Rest if you need to, but for no more than ${maxRest} ${plural(maxRest, { one: 'day', other: 'days' })} in all; get up and move a little each hour.`,
      gentle_movement: () => 'Keep moving gently: short walks, changing position often. Avoid heavy lifting.',
      comfort_until_seen: () =>
        'Until a doctor has seen you: keep comfortable, rest as you need, and leave exercises and stretches for now.',
    },
    activityShort: {
      rest_allowed: 'short rest allowed',
      gentle_movement: 'gentle movement',
      comfort_until_seen: 'keep comfortable until seen',
    },
    nextDays: 'NEXT DAYS',
    noSessions: 'no sessions',
    day: (date, day) => `${date} (day ${day})`,
    checkIns: 'CHECK-INS',
    advice: 'ADVICE',
  },
};
