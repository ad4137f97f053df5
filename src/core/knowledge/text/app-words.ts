import type { DailyTrigger, Treatment } from '../../entry.ts';
import type { CourseStanding, SeeDoctor, Standing } from '../../progress.ts';
import type { EmergencyRegion } from '../emergency.ts';
import type { FindingOfTier } from '../findings.ts';
import type { Medicine } from '../medicines.ts';
import type { Language } from './languages.ts';

type Kind = 'ice' | 'heat';

/** The parts of `AppWords` the first screen needs: they live apart so the first download stays small. */
export type AppShellKey = 'shell' | 'welcome';

/** Every sentence the web app shows, by screen; parameters come in through functions. */
export interface AppWords {
  /** The page around the app (index.html) and its install manifest, filled in when each language's build is made. */
  page: {
    description: string;
    booting: string;
    noscript: string;
    manifestName: string;
    manifestDescription: string;
  };
  /** The settings line that switches the app's language: each language names itself in its own words. */
  language: {
    legend: string;
    hint: string;
    names: Record<Language, string>;
    switching: string;
    offline: string;
  };
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
    /** The first thing to tell them, naming the signs reported: "a; b" in lower case. */
    tellSign: (signs: string) => string;
    /** The sign an emergency rule that combines findings stands for. */
    combinedSign: { possible_spinal_infection: string };
    /** Each emergency sign as it reads inside that first thing to tell: lower case, written out, never changed. */
    signInSentence: Record<FindingOfTier<'emergency'>, string>;
  };
  today: {
    title: (day: number) => string;
    emergencyWaits: string;
    whatNow: string;
    whyAndTell: string;
    /** "Next: cold pack today at 14:00", with `day` one of today, tomorrow or onDay(...) below. */
    next: (kind: string, day: string, time: string) => string;
    today: string;
    tomorrow: string;
    onDay: (day: string) => string;
    /** The folded part of the plan on how to do a cold or heat session, with the day's sessions. */
    howAndAll: string;
    checkInStart: string;
    minutes: (n: number) => string;
    start: (minutes: number, kind: Kind) => string;
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
    /** "Last logged: pain 6, 2 hours ago" from the newest pain rating and the minutes since it. */
    lastLogged: (pain: number, minutesAgo: number) => string;
    notLoggedYet: string;
  };
  chart: {
    empty: string;
    /** A pain rating or the expected course in the table, to one decimal at most: "4.5" / "4,5". */
    pain: (n: number) => string;
    described: (v: {
      firstPain: number;
      firstDay: number;
      lastPain: number;
      lastDay: number;
      courseStart: number;
      courseEnd: number;
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
    /** Days count from the onset day, day 0, as the CLI and the contract count them. */
    dayLine: (day: number, date: string) => string;
    trend: (trend: string) => string;
    /** One line per standing, so the line can never say "on track" beside a prompt to see a doctor. */
    standing: Record<Standing, string>;
    /** The course alone, said before a prompt to see a doctor: never "on track" beside it. */
    courseBesideDoctor: Record<CourseStanding, string>;
    /** The "see a doctor" prompt's lead-in to its reasons: what it was judged on (a check-in, ratings or the check). */
    seeDoctorBasis: (basis: SeeDoctor['basis'], day: number, date: string) => string;
    checkInDay: (day: number, date: string) => string;
    whatToDo: string;
    /** The short label of the folded reasons on Today's compact card. */
    whyShort: string;
    showTable: string;
    courseSource: string;
    checkIns: string;
    notAnswered: string;
    /** The check-in due today, whose card is shown above the list. */
    dueNow: string;
    toCome: string;
    openDiary: string;
  };
  session: {
    running: (kind: string) => string;
    minutesLeft: (n: number) => string;
    endsAt: (time: string) => string;
    stopped: string;
    stoppedSaved: (kind: string, minutes: number) => string;
    stop: string;
    doneTitle: (kind: string) => string;
    saved: (minutes: number) => string;
    howFelt: string;
    felt: { better: string; same: string; worse: string };
    feltSaved: (felt: string) => string;
    skip: string;
  };
  checkIn: {
    title: (day: number) => string;
    /** Above each emergency sign at a check-in, asked one at a time. */
    signOf: (n: number, total: number) => string;
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
    wakeOrderError: string;
    numberError: string;
    saved: string;
    saveFailed: string;
    retry: string;
    /** Settings save as they change: there is no Save button. */
    savesAsYouGo: string;
    backupMade: string;
    restored: (episodes: number, entries: number) => string;
    restoreFailed: string;
    wakingDay: string;
    wakingDayHelp: string;
    wake: string;
    sleep: string;
    reminders: string;
    remindersLabel: string;
    alertsTitle: string;
    soundLabel: string;
    vibrateLabel: string;
    emergencyTitle: string;
    numberLabel: string;
    anotherNumber: string;
    yourNumber: string;
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
  /** The frame around every screen and the first screen; kept small, it is in the first download. */
  shell: {
    skip: string;
    emergency: (number: string) => string;
    opening: string;
    mainNav: string;
    tabs: { today: string; diary: string; progress: string; exercises: string; more: string };
    storageFailed: string;
    loading: string;
    loadFailed: string;
  };
  /** The message box after a change to the person's data (loaded with it, not in the first download). */
  toast: { undo: string; undone: string; undoFailed: string; closeLabel: string };
  welcome: {
    /** A check left halfway: offer to go on with the saved answers or start again. */
    resume: { title: string; body: (answered: number) => string; go: string; again: string };
    title: string;
    intro: string;
    check: string;
    privacy: string;
    already: string;
    read: string;
    restore: string;
  };
  /** Words several screens share. */
  common: {
    yes: string;
    no: string;
    notSure: string;
    continue: string;
    noneOfThese: string;
    back: string;
    next: string;
    save: string;
    cancel: string;
    edit: string;
    delete: string;
    seeWhatToDo: string;
    checkMyBack: string;
    newCheck: string;
    tailor: string;
    now: string;
    /** The summary of a list of sources, with how many. */
    sources: (n: number) => string;
    /** Shown for a source whose publisher was not recorded (the five web articles). */
    webArticle: string;
    /** The lead of the one line of sources under a section. */
    sourcesLead: string;
    /** How a guideline's link reads: the app never requests it, the person may open it. */
    openSource: (title: string) => string;
    /** A temperature with °F beside °C, for places that use Fahrenheit. */
    celsiusFahrenheit: (celsius: string, fahrenheit: string) => string;
  };
  check: {
    doneTitle: string;
    thanks: string;
    howToCheck: string;
    progress: (position: number, total: number) => string;
    /** When an answer added questions: the count says so without a number that grows. */
    progressMore: (position: number) => string;
    wereUnsure: string;
    stillUnsureHint: string;
    stillUnsure: string;
    trend: { better: string; same: string; worse: string; unsure: string };
    ageError: string;
    ageLabel: string;
    onsetMissing: string;
    onsetFuture: string;
    onsetTooLongAgo: string;
    quick: { today: string; yesterday: string; twoDaysAgo: string };
    pickDate: string;
    /** How to answer a list on a touch screen; the hint above it explains the question. */
    chooseAny: string;
    chooseAnyOrUnsure: string;
    painLabel: string;
    painUnsure: string;
  };
  result: {
    noCheck: string;
    when: string;
    who: string;
    unsureTitle: string;
    unsureTell: string;
    call: (number: string) => string;
    whatNext: string;
    selfCareWhileWait: string;
    startPlan: string;
    /** The call button in the first screenful of an urgent result. */
    callIfSign: (number: string) => string;
    /** The heading of the safety net box under the action: the region's number. */
    netTitle: (number: string) => string;
    /** The summary that opens a sign's how-to-check step. */
    howToCheck: string;
    /** Under "You were not sure about": the signs open to show how to check each. */
    unsureTap: string;
    /** Short reasons for the "not sure" rules, in place of their long engine message. */
    unsureWhy: { unsure_emergency_sign: string; unsure_urgent_sign: string };
    /** What to do if a sign the person was not sure about turns out to be there. */
    unsureIfThere: { unsure_emergency_sign: (number: string) => string; unsure_urgent_sign: string };
  };
  /** "A clinician has seen me": what an urgent or emergency plan holds back until then, and the action. */
  seen: {
    exercisesTitle: string;
    why: { urgent: string; emergency: string };
    action: string;
    actionHint: string;
    seenOn: (day: string) => string;
    undo: string;
    saved: string;
    undone: string;
  };
  tailor: { done: string; skip: string };
  more: { title: string; result: string; learn: string; settings: string };
  learn: {
    title: string;
    intro: string;
    topics: string;
    /** A source article read in the app: quoted, with its origin, never as Unknot's advice. */
    article: {
      title: (title: string) => string;
      quoted: string;
      origin: (title: string, publisher: string) => string;
      loading: string;
      notFound: string;
      back: string;
      read: (title: string) => string;
    };
    medicinesTitle: string;
    /** Who gives each medicine (knowledge/medicines.ts `access`). */
    access: Record<Medicine['access'], string>;
    pharmacistTitle: string;
  };
  exercises: {
    title: string;
    stopTitle: string;
    /** The one line on when to stop, above the exercises; the full rules open under `stopWhy`. */
    stopLine: string;
    stopWhy: string;
    pregnant: string;
  };
  exerciseTimer: {
    allDone: (name: string) => string;
    relax: (done: number, total: number) => string;
    repDone: (done: number, total: number) => string;
    allDoneButton: string;
    startReps: string;
    carryOn: string;
    pause: string;
    repsCount: (done: number, total: number) => string;
    repPace: (seconds: number) => string;
    resting: (seconds: number) => string;
    /** The big countdown while resting: "Rest 4s". */
    restShort: (seconds: number) => string;
    startAgain: string;
    seconds: (n: number) => string;
    /** The big countdown: "25s". */
    secondsShort: (n: number) => string;
    holdsDone: (done: number, total: number) => string;
    holdFor: (seconds: number) => string;
    holding: string;
    startHold: (n: number) => string;
  };
  figure: (name: string) => string;
  /** A drawing with a start position (dotted) and an end position (solid). */
  figureMoves: (name: string) => string;
  /** Words beside the numbers of the 0 to 10 pain scale. */
  pain: {
    /** One band of the compact scale's key: "4–6 moderate". */
    range: (band: string, from: number, to: number) => string;
    bands: { none: string; mild: string; moderate: string; severe: string; worst: string };
    /** The accessible name of one button: "6, moderate". */
    name: (n: number, band: string) => string;
  };
  /** Episodes named the same way in the diary, Progress and the check that starts a new one. */
  episodes: {
    /** The episode the person is living through: its onset date and today's day number (onset = day 0). */
    current: (onset: string, day: number) => string;
    /** A closed episode: onset, the date it was closed, and the days between. */
    earlier: (onset: string, closed: string, days: number) => string;
    /** An episode neither current nor closed (another device's, not yet merged away). */
    earlierOpen: (onset: string) => string;
    earlierTitle: string;
    entryCount: (n: number) => string;
    /** Entries whose episode was removed (a new episode taken back with Undo). */
    otherEntries: string;
    askTitle: string;
    askCurrent: (onset: string, day: number) => string;
    askExplain: string;
    same: string;
    sameHelp: string;
    isNew: string;
    closeNote: (onset: string) => string;
    startNew: string;
    /** The toast after a new episode: its onset and the onset of the one it closed. */
    begun: (onset: string, before: string) => string;
  };
  diary: {
    title: string;
    newEntry: string;
    startWith: string;
    checkLink: string;
    thenReady: string;
    nothingYet: string;
    listLabel: (episode: string) => string;
    yesDelete: string;
    keep: string;
    editLabel: (day: string, time: string) => string;
    deleteLabel: (day: string, time: string) => string;
    pain: (n: number) => string;
    checkIn: (trend: string) => string;
    session: (kind: string, minutes: number) => string;
    felt: (how: string) => string;
    spasms: (n: number) => string;
    after: (triggers: string[]) => string;
    /** The medicine treatment with the names the person gave. */
    medicines: (names: string[]) => string;
    note: string;
    /** One card a day: its facts, then one Edit that opens the day's entries. */
    editDay: (day: string) => string;
    doneDay: (day: string) => string;
    done: string;
    facts: {
      pain: string;
      sessions: string;
      medicines: string;
      did: string;
      checkIn: string;
      activities: string;
      spasms: string;
      after: string;
      notes: string;
    };
    /** "6 at 08:05": a pain rating, a session or a note with its time. */
    at: (what: string, time: string) => string;
    sessionShort: (kind: string, minutes: number) => string;
    activity: (name: string, score: number) => string;
    entryTitle: (time: string, summary: string) => string;
    entriesLabel: (day: string) => string;
    addToDay: string;
    addToDayLabel: (day: string) => string;
    newForDay: (day: string) => string;
    deleteDay: string;
    deleteDayLabel: (day: string) => string;
    deleteDayAsk: (day: string, n: number) => string;
    deletedEntry: (day: string, time: string) => string;
    deletedDay: (day: string, n: number) => string;
    /** The pain scale's name in a past day's forms, where "now" would be wrong. */
    painOfEntry: string;
  };
  diaryForm: {
    spasmsError: (min: number, max: number) => string;
    noteError: (max: number, has: number) => string;
    painError: string;
    savedFor: (day: string) => string;
    savedPain: (pain: number, day: string) => string;
    saveFailed: string;
    editLabel: string;
    newLabel: string;
    painShort: string;
    painLong: string;
    more: string;
    spasms: string;
    triggers: string;
    treatments: string;
    /** Which medicine, shown once "Medicine" is ticked: the ones the plan names, and one to type. */
    medicines: string;
    medicinesHint: string;
    otherMedicine: string;
    otherMedicineHint: string;
    medicineNameError: (max: number) => string;
    medicineCountError: (max: number) => string;
    note: string;
    saveChanges: string;
  };
  sync: {
    lastSynced: (time: string) => string;
    signedInAs: string;
    syncing: string;
    syncNow: string;
    signOut: string;
    emailError: string;
    passwordError: string;
    passwordMissing: string;
    intro: string;
    email: string;
    password: string;
    signIn: string;
    create: string;
    notSynced: (reason: string) => string;
    notSyncedYet: string;
    unreachableSignIn: string;
    signInFailed: (status: number) => string;
    signedIn: (email: string) => string;
    offline: string;
    unreadable: (status: number) => string;
    failed: (status: number) => string;
    notUnderstood: string;
    nothingAcknowledged: string;
    unreachable: string;
    whoFailed: (status: number) => string;
    offlineWillSync: string;
    changeTitle: string;
    currentPassword: string;
    newPassword: string;
    changeButton: string;
    changed: string;
    othersSignedOut: string;
    deleteTitle: string;
    deleteWarning: string;
    deletePassword: string;
    deleteButton: string;
    deleted: string;
    unreachableNow: string;
    everywhereTitle: string;
    everywhereHelp: string;
    everywhereButton: string;
    /** The question before signing out everywhere, and its two answers. */
    everywhereSure: string;
    everywhereYes: string;
    everywhereDone: string;
    /** This device's login was ended on the server (sign out everywhere, a password change, or it expired). */
    endedElsewhere: string;
  };
  reminders: {
    due: (kind: 'ice' | 'heat') => string;
    dueTitle: (kind: 'ice' | 'heat') => string;
    dueBody: (minutes: number) => string;
  };
}
