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
    sessionLine: (time, kind, n, done) =>
      `${time} ${kind.toLowerCase()}, ${minutes(n)}${done ? ' (done)' : ''}`,
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
  chart: {
    empty: 'No pain ratings yet. The dashed line shows the average course.',
    described: (v) =>
      `Your ratings from ${v.firstPain} on day ${v.firstDay} to ${v.lastPain} on day ${v.lastDay}. The average course falls from ${v.courseStart} at the start to ${v.courseEnd} by day ${v.courseEndDay}.`,
    title: 'Pain by day since it started',
    dayAxis: 'day',
    yourPain: 'Your pain',
    averageCourse: 'Average course',
    averageKey: 'Average course (Costa 2012)',
    tableCaption: 'Pain by day, with the average course',
    day: 'Day',
    date: 'Date',
  },
  progress: {
    title: 'Progress',
    nothingYet: 'Nothing to show yet.',
    checkLink: 'Check your back',
    nothingYetAfter: 'and log your pain each day.',
    episode: 'Episode',
    started: (date, now) => `Started ${date}${now ? ' (now)' : ''}`,
    dayLine: (day, date) => `Day ${day} since it started on ${date}.`,
    trend: (trend) => ` Trend: ${trend.toLowerCase()}.`,
    onTrack: ' You are on track with how most people recover.',
    slower: ' Your pain is easing more slowly than most people’s.',
    whatToDo: 'What to do',
    showTable: 'Show the numbers as a table',
    courseSource:
      'The average course comes from 33 studies of more than 11,000 people with new low back pain: most of the improvement comes in the first six weeks.',
    checkIns: 'Check-ins',
    notAnswered: 'not answered',
    toCome: 'to come',
    openDiary: 'Open the diary',
  },
  timer: {
    doneAnnounce: (kind, n) => `${kind} session done: ${minutes(n)} saved to your diary.`,
    doneTitle: (kind) => `${kind} session done`,
    doneBody: (n) => `${minutes(n)}. Take the pack off now.`,
  },
};
