import type { AppWords } from '../app-words.ts';
import { plural } from '../plural.ts';

const minutes = (n: number) => `${n} ${plural(n, { one: 'minute', other: 'minutes' }, 'en')}`;

export const enApp: AppWords = {
  treatments: {
    ice: 'Cold pack',
    heat: 'Heat',
    medicine: 'Medicine',
    exercise: 'Exercises',
    rest: 'Rest',
    massage: 'Massage',
    stretching: 'Stretching',
  },
  triggers: {
    lifting: 'Lifting',
    twisting: 'Twisting',
    sudden_movement: 'A sudden movement',
    long_sitting: 'Sitting a long time',
    long_standing: 'Standing a long time',
    poor_sleep: 'Poor sleep',
    stress: 'Stress',
    dehydration: 'Not drinking enough',
    exercise: 'Exercise or sport',
  },
  trends: { better: 'Better', same: 'The same', worse: 'Worse' },
  kind: { ice: 'Cold pack', heat: 'Heat' },
  emergency: {
    regions: {
      europe: 'Europe and many other countries',
      uk: 'United Kingdom',
      us_ca: 'United States and Canada',
    },
    option: (number, region) => `${number}: ${region}`,
    call: (number) => `Call ${number} now`,
    why: 'Why',
    tell: 'What to tell them',
    meanwhile: 'Meanwhile',
    mistake: 'I pressed Yes by mistake: go back',
    changeIn: 'The emergency number can be changed in',
    settingsLink: 'Settings',
  },
  today: {
    title: (day) => `Today · day ${day}`,
    emergencyWaits: 'Self-care waits until a clinician has seen you.',
    whatNow: 'What to do now',
    whyAndTell: 'Why, and what to tell them',
    next: (kind, time) => `Next: ${kind.toLowerCase()} at ${time}`,
    minutes: (n) => `${minutes(n)}.`,
    start: (n, kind) => `Start ${n}-minute ${kind === 'ice' ? 'cold' : 'heat'} session`,
    allSessions: 'All of today’s sessions',
    sessionLine: (time, kind, n, done) => `${time} ${kind.toLowerCase()}, ${minutes(n)}${done ? ' (done)' : ''}`,
    noMoreSessions: 'No more cold or heat sessions today. Well done.',
    logPain: 'Log your pain',
    restTitle: 'Rest and movement',
    rest: {
      comfort_until_seen:
        'Until a doctor has seen you: keep comfortable and rest as you need. Leave exercises and stretches until the doctor says they are safe.',
      rest_allowed: (days) =>
        `Resting is fine today if the pain is bad, but keep bed rest to ${days} days at most. Get up and move gently every hour or so.`,
      keep_moving:
        'Keep moving gently today: short walks and the exercises. Long bed rest now makes the muscles weaker and the pain last longer.',
    },
    exerciseTitle: 'Today’s exercise',
    exerciseStop: 'Stop if pain shoots down a leg or numbness appears.',
    medicinesTitle: 'Medicines to ask a pharmacist about',
    pregnantMedicines: 'You are pregnant: ask a pharmacist, midwife or doctor before taking any painkiller.',
    noDoses: 'Follow the label or the pharmacist’s advice for how much to take; this app never gives doses.',
    pharmacistAsks: 'What the pharmacist will ask you',
    whyPlan: 'Why this plan',
    started: (kind, n) => `${kind} session started: ${minutes(n)}.`,
  },
  timer: {
    doneAnnounce: (kind, n) => `${kind} session done: ${minutes(n)} saved to your diary.`,
    doneTitle: (kind) => `${kind} session done`,
    doneBody: (n) => `${minutes(n)}. Take the pack off now.`,
  },
};
