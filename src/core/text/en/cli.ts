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
  input: {
    empty: 'input: empty; give a JSON case such as {"age":34,"onset":"2026-11-20","asOf":"2026-11-21"}',
    emptyLine: 'input: empty line; give one JSON case on each line',
    notJson: (reason) => `input: not valid JSON (${reason}); check quotes, commas and brackets`,
    invalidCase: 'input: invalid case',
    unreadable: (file, why, what) =>
      `FILE: cannot read "${file}": ${why === 'missing' ? 'no such file' : why === 'folder' ? 'it is a folder' : 'cannot read it'}; give the path of ${what}, or - for stdin`,
    caseFile: 'a JSON case file',
    backupFile: 'a backup file',
    at: (line, column) => ` at line ${line}, column ${column}`,
    refused: (verb, refused, total) =>
      `unknot: ${verb} --jsonl: ${refused} of ${total} ${plural(total, { one: 'line', other: 'lines' })} refused; each has an error object on standard output`,
  },
};
