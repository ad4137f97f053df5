import type { DailyTrigger, Treatment } from '../../entry.ts';
import type { Standing } from '../../progress.ts';
import type { EmergencyRegion } from '../emergency.ts';

type Kind = 'ice' | 'heat';

/** Every sentence the web app shows, by screen; parameters come in through functions. */
export interface AppWords {
  treatments: Record<Treatment, string>;
  triggers: Record<DailyTrigger, string>;
  trends: { better: string; same: string; worse: string };
  /** The name of a cold or heat session, capitalised for the start of a line. */
  kind: Record<Kind, string>;
  emergency: {
    regions: Record<EmergencyRegion, string>;
    /** "112: Europe and many other countries" for the settings choice. */
    option: (number: string, region: string) => string;
    call: (number: string) => string;
    why: string;
    tell: string;
    meanwhile: string;
    mistake: string;
    changeIn: string;
    settingsLink: string;
  };
  today: {
    title: (day: number) => string;
    emergencyWaits: string;
    whatNow: string;
    whyAndTell: string;
    next: (kind: string, time: string) => string;
    minutes: (n: number) => string;
    start: (minutes: number, kind: Kind) => string;
    allSessions: string;
    sessionLine: (time: string, kind: string, minutes: number, done: boolean) => string;
    noMoreSessions: string;
    logPain: string;
    restTitle: string;
    rest: {
      comfort_until_seen: string;
      rest_allowed: (maxBedRestDays: number) => string;
      keep_moving: string;
    };
    exerciseTitle: string;
    exerciseStop: string;
    medicinesTitle: string;
    pregnantMedicines: string;
    noDoses: string;
    pharmacistAsks: string;
    whyPlan: string;
    started: (kind: string, minutes: number) => string;
  };
  chart: {
    empty: string;
    described: (v: {
      firstPain: number;
      firstDay: number;
      lastPain: number;
      lastDay: number;
      courseStart: string;
      courseEnd: string;
      courseEndDay: number;
    }) => string;
    title: string;
    dayAxis: string;
    yourPain: string;
    averageKey: string;
    /** The key and the table column once the course is scaled to the person's first rating. */
    expectedKey: string;
    expectedCourse: string;
    tableCaption: string;
    day: string;
    date: string;
  };
  progress: {
    title: string;
    nothingYet: string;
    checkLink: string;
    nothingYetAfter: string;
    episode: string;
    started: (date: string, now: boolean) => string;
    /** Days count from the onset day, day 0, as the CLI and the contract count them. */
    dayLine: (day: number, date: string) => string;
    trend: (trend: string) => string;
    /** One line per standing, so the line can never say "on track" beside a prompt to see a doctor. */
    standing: Record<Standing, string>;
    checkInDay: (day: number, date: string) => string;
    whatToDo: string;
    showTable: string;
    courseSource: string;
    checkIns: string;
    notAnswered: string;
    toCome: string;
    openDiary: string;
  };
  session: {
    running: (kind: string) => string;
    minutesLeft: (n: number) => string;
    endsAt: (time: string) => string;
    stopped: string;
    stop: string;
  };
  checkIn: {
    title: (day: number) => string;
    signsFirst: string;
    whichNew: string;
    whichUnsure: string;
    savedChanged: string;
    savedKeepGoing: string;
    changed: string;
    saveFailed: string;
  };
  settings: {
    title: string;
    /** The example is a time written in the person's own 12 or 24-hour habit. */
    wakeError: (example: string) => string;
    sleepError: (example: string) => string;
    sleepOrderError: string;
    numberError: string;
    saved: string;
    saveFailed: string;
    backupMade: string;
    restored: (episodes: number, entries: number) => string;
    restoreFailed: string;
    wakingDay: string;
    wakingDayHelp: string;
    wake: string;
    sleep: string;
    reminders: string;
    remindersLabel: string;
    emergencyTitle: string;
    numberLabel: string;
    anotherNumber: string;
    yourNumber: string;
    save: string;
    backup: string;
    backupHelp: string;
    export: string;
    import: string;
    importFailed: string;
    sync: string;
    deleteTitle: string;
    deleteWarning: string;
    deleteYes: string;
    deleteKeep: string;
    deleteAsk: string;
    deleted: string;
  };
  timer: {
    doneAnnounce: (kind: string, minutes: number) => string;
    doneTitle: (kind: string) => string;
    doneBody: (minutes: number) => string;
  };
}
