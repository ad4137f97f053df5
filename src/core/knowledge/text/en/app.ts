import type { AppShellKey, AppWords } from '../app-words.ts';
import { plural } from '../plural.ts';
import { enAppShell } from './app-shell.ts';

export const minutes = (n: number) => `${n} ${plural(n, { one: 'minute', other: 'minutes' }, 'en')}`;

const days = (n: number) => `${n} ${plural(n, { one: 'day', other: 'days' }, 'en')}`;
const count = (n: number, one: string, other: string) => `${n} ${plural(n, { one, other }, 'en')}`;

/** The words of every screen but the first; the web app loads them with the screens that use them. */
export const enAppScreens: Omit<AppWords, AppShellKey> = {
  // The running session's words: the timer watch loads with the first session, not with the first screen.
  kind: { ice: 'Cold pack', heat: 'Heat' },
  timer: {
    doneAnnounce: (kind, n) => `${kind} session done: ${minutes(n)} saved to your diary.`,
    doneTitle: (kind) => `${kind} session done`,
    doneBody: (n) => `${minutes(n)}. Take the pack off now.`,
  },
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
    tellSign: (signs) => `You have back pain with a warning sign: ${signs}`,
    combinedSign: {
      possible_spinal_infection:
        'a fever, with a weak immune system, injected drugs or a recent spine operation',
    },
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
        `Rest only as much as the pain forces you to, and for no more than ${days} days in bed in all: longer in bed slows recovery. Get up and move gently every hour or so.`,
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
    lastLogged: (pain, m) =>
      `Last logged: pain ${pain}, ${
        m < 1
          ? 'just now'
          : m < 60
            ? `${count(m, 'minute', 'minutes')} ago`
            : m < 60 * 24
              ? `${count(Math.floor(m / 60), 'hour', 'hours')} ago`
              : `${count(Math.floor(m / (60 * 24)), 'day', 'days')} ago`
      }.`,
    notLoggedYet: 'No pain rating logged yet.',
    started: (kind, n) => `${kind} session started: ${minutes(n)}.`,
  },
  chart: {
    empty: 'No pain ratings yet. The dashed line shows the average course.',
    described: (v) =>
      `Your ratings from ${v.firstPain} on day ${v.firstDay} to ${v.lastPain} on day ${v.lastDay}. The course expected for you, the average recovery started from your first rating, falls from ${v.courseStart} to ${v.courseEnd} by day ${v.courseEndDay}.`,
    title: 'Pain by day since it started',
    dayAxis: 'day',
    yourPain: 'Your pain',
    averageKey: 'Average course (Costa 2012)',
    expectedKey: 'Expected for you: the average course (Costa 2012) from your first rating',
    expectedCourse: 'Expected for you',
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
    dayLine: (day, date) =>
      day === 0
        ? `Day 0: it started today, ${date}.`
        : `Day ${day}: it started ${days(day)} ago, on ${date}.`,
    trend: (trend) => ` Trend: ${trend.toLowerCase()}.`,
    standing: {
      on_track: ' You are on track with how most people recover.',
      ahead: ' You are ahead of the usual course: your pain is lower than most people’s at this point.',
      slower: ' Your pain is easing more slowly than most people’s.',
      see_doctor: ' It is time to talk to a doctor about it: see below why.',
    },
    courseBesideDoctor: {
      ahead: ' Your pain is lower than most people’s at this point.',
      on_track: ' Your pain is easing about as most people’s does.',
      slower: ' Your pain is above the usual course for this point.',
    },
    seeDoctorBasis: (basis, day, date) =>
      basis === 'check_in'
        ? `Why, from your check-in on day ${day} (${date}):`
        : basis === 'ratings'
          ? `Why, from your pain ratings up to day ${day} (${date}):`
          : `Why, from your answers on day ${day} (${date}):`,
    checkInDay: (day, date) => `Day ${day}, ${date}`,
    whatToDo: 'What to do',
    showTable: 'Show the numbers as a table',
    courseSource:
      'The average course comes from 33 studies of more than 11,000 people with new low back pain: most of the improvement comes in the first six weeks.',
    checkIns: 'Check-ins',
    notAnswered: 'not answered',
    dueNow: 'due now: answer it above',
    toCome: 'to come',
    openDiary: 'Open the diary',
  },
  session: {
    running: (kind) => `${kind} session running`,
    minutesLeft: (n) => `${minutes(n)} left`,
    endsAt: (time) =>
      `Ends at ${time}. You can lock your phone: the session keeps going and is saved to your diary when it ends. Stopping early saves the minutes done.`,
    stopped: 'Session stopped before a minute had passed: nothing to save.',
    stoppedSaved: (kind, n) => `${kind} session stopped: ${minutes(n)} saved to your diary.`,
    stop: 'Stop now',
    doneTitle: (kind) => `${kind} session done`,
    saved: (n) => `${minutes(n)} saved to your diary.`,
    howFelt: 'How did that feel?',
    felt: { better: 'Better', same: 'The same', worse: 'Worse' },
    feltSaved: (felt) => `Saved: ${felt.toLowerCase()} after the session.`,
    skip: 'Skip',
  },
  checkIn: {
    title: (day) => `Time to check in: day ${day}`,
    signOf: (n, total) => `Warning sign ${n} of ${total}, new since we last asked?`,
    savedChanged: 'Check-in saved. Your advice has changed: please read it now.',
    savedKeepGoing: 'Check-in saved. Keep going with your plan.',
    changed: 'Saved. Your advice has changed: please read it now.',
    saveFailed: 'Could not save your check-in on this device. Your answer is still here: try again.',
  },
  settings: {
    title: 'Settings',
    wakeError: (example) => `Wake-up time: give a time such as ${example}.`,
    sleepError: (example) => `Bedtime: give a time such as ${example}.`,
    sleepOrderError: 'Bedtime: it must be at least 20 minutes after your wake-up time.',
    wakeOrderError: 'Wake-up time: it must be at least 20 minutes before your bedtime.',
    numberError: 'Emergency number: type the digits only, for example 000 or 119.',
    saved: 'Settings saved.',
    saveFailed: 'Could not save the settings on this device. Your choices are still here: try again.',
    retry: 'Try again',
    savesAsYouGo: 'Changes are saved as you make them.',
    backupMade: 'Backup file made.',
    restored: (episodes, entries) =>
      `Backup restored: ${episodes} ${plural(episodes, { one: 'episode', other: 'episodes' }, 'en')} and ${entries} diary ${plural(entries, { one: 'entry', other: 'entries' }, 'en')}.`,
    restoreFailed: 'The file was read but could not be saved on this device. Nothing was changed: try again.',
    wakingDay: 'Your waking day',
    wakingDayHelp: 'Cold and heat sessions are planned between these times.',
    wake: 'Wake-up time',
    sleep: 'Bedtime',
    reminders: 'Reminders',
    remindersLabel:
      'Remind me when a cold or heat session is due (while Unknot is open; as a notification once you have allowed them for a timer)',
    alertsTitle: 'When a session ends',
    soundLabel: 'Play a sound (also at the end of each exercise hold)',
    vibrateLabel: 'Vibrate',
    emergencyTitle: 'Emergency number',
    numberLabel: 'Number to call in an emergency',
    anotherNumber: 'Another number',
    yourNumber: 'Your emergency number',
    backup: 'Backup',
    backupHelp: 'Your data lives only on this device. A backup file lets you move it or keep it safe.',
    export: 'Export a backup file',
    import: 'Import a backup file',
    importFailed: 'That file could not be imported. Nothing was changed.',
    sync: 'Sync (optional)',
    deleteTitle: 'Delete all data',
    deleteWarning:
      'This removes every episode, diary entry and setting from this device and signs you out. It cannot be undone. A copy already synced to the server stays there until you delete your account.',
    deleteYes: 'Yes, delete everything',
    deleteKeep: 'Keep my data',
    deleteAsk: 'Delete all data…',
    deleted: 'All data deleted.',
  },
  common: {
    yes: 'Yes',
    no: 'No',
    notSure: 'Not sure',
    continue: 'Continue',
    noneOfThese: 'None of these',
    back: 'Back',
    next: 'Next',
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit',
    delete: 'Delete',
    seeWhatToDo: 'See what to do',
    checkMyBack: 'Check my back',
    newCheck: 'Start a new check',
    tailor: 'Tailor my plan (optional)',
    now: ' (now)',
    sources: (n) => `Sources (${n})`,
    webArticle: 'web article, publisher not recorded',
    sourcesLead: 'Sources:',
    openSource: (title) => `Open ${title} (leaves Unknot)`,
    celsiusFahrenheit: (c, f) => `${c} °C (${f} °F)`,
  },
  check: {
    doneTitle: 'That’s all the questions',
    thanks: 'Thank you. Your answers stay on this phone.',
    howToCheck: 'How to check it now',
    progress: (position, total) => `Question ${position} of about ${total}`,
    wereUnsure: 'You were not sure. Take a moment to check now:',
    stillUnsureHint: 'If you still cannot tell, choose “Still not sure”: we will say what to do.',
    stillUnsure: 'Still not sure',
    trend: { better: 'Getting better', same: 'About the same', worse: 'Getting worse', unsure: 'Not sure' },
    ageError: 'Age: type your age as a whole number of years, from 0 to 120.',
    ageLabel: 'Age in years',
    onsetMissing: 'Start date: pick the day it started, or use one of the buttons above.',
    onsetFuture: 'Start date: it cannot be later than today.',
    onsetTooLongAgo: 'Start date: pick a day within the last three years.',
    quick: { today: 'Today', yesterday: 'Yesterday', twoDaysAgo: '2 days ago' },
    pickDate: 'Or pick the date',
    chooseAny: 'Choose any that apply, or none of these.',
    chooseAnyOrUnsure: 'Choose any that apply, or none of these. If you cannot tell, choose “Not sure”.',
    painLabel: 'Pain right now, from 0 (none) to 10 (worst)',
    painUnsure: 'I cannot say',
  },
  result: {
    noCheck: 'No check yet',
    when: 'When:',
    who: 'Who:',
    unsureTitle: 'You were not sure about',
    unsureTell: 'Tell the doctor or nurse about these too. “Not sure” is never taken as “no”.',
    call: (number) => `Call ${number}`,
    whatNext: 'What next',
    selfCareWhileWait: 'Self-care while you wait',
    startPlan: 'Start my plan',
    callIfSign: (number) => `Call ${number} if a warning sign appears`,
    netTitle: (number) => `Call ${number} if any of these appears`,
    howToCheck: 'How to check:',
    unsureTap: 'Open a sign to see how to check it now.',
    unsureWhy: {
      unsure_emergency_sign:
        'A warning sign you were not sure about can mean the nerves at the base of the spine are pressed. A doctor should check you today, even if you feel well otherwise.',
      unsure_urgent_sign:
        'A sign you were not sure about changes what the pain could be. Book a doctor in the next few days and say you were not sure.',
    },
    unsureIfThere: {
      unsure_emergency_sign: (number) =>
        `If you find any of these, or one appears later, call the emergency number now (${number}).`,
      unsure_urgent_sign: 'If you find any of these, see a doctor today.',
    },
  },
  seen: {
    exercisesTitle: 'Exercises wait until a clinician has seen you',
    why: {
      urgent:
        'You told us about a sign that needs a doctor today. Until a doctor has checked it, stretching and exercise could make some causes worse, so the programme is put away. Keep comfortable with cold or heat and rest as you need.',
      emergency:
        'You told us about a warning sign that needs emergency care now. Call for help first; the exercises wait until a clinician has seen you.',
    },
    action: 'A clinician has seen me',
    actionHint:
      'Once a doctor, nurse or physiotherapist has checked you, press "A clinician has seen me": the exercises and the full plan come back. Follow what they told you first.',
    seenOn: (day) =>
      `You told us a clinician saw you on ${day}. The full plan is back: follow their advice first.`,
    undo: 'I have not been seen yet',
    saved: 'Saved. The exercises and the full plan are back.',
    undone: 'Saved. The exercises wait until a clinician has seen you.',
  },
  tailor: { done: 'Your plan is tailored', skip: 'Skip this' },
  more: {
    title: 'More',
    result: 'My result and what to tell a doctor',
    learn: 'Learn about back spasms',
    settings: 'Settings, backup and your data',
  },
  learn: {
    title: 'Learn about back spasms',
    intro: 'Short sections: open the one you need. Each ends with where its facts come from.',
    topics: 'Topics',
    article: {
      title: (title) => `Source: ${title}`,
      quoted:
        'This is the source article as it was published, quoted word for word. It is not Unknot’s advice and has not been checked by a doctor; Unknot’s advice is on the other pages.',
      origin: (title, publisher) => `${title}, ${publisher}`,
      loading: 'Loading the article…',
      notFound: 'There is no source article at this address.',
      back: 'Back to Learn',
      read: (title) => `Read the source article: ${title}`,
    },
    medicinesTitle: 'Medicines the sources name',
    access: {
      pharmacy: 'from a pharmacy',
      prescription: 'only from a doctor',
      not_for_back_pain: 'not a painkiller for back pain',
    },
    pharmacistTitle: 'Before you buy a painkiller, the pharmacist needs to know',
  },
  exercises: {
    title: 'Exercises',
    stopTitle: 'Stop at once if',
    pregnant: 'In pregnancy, only exercises that are not done lying flat on your back are shown.',
  },
  exerciseTimer: {
    allDone: (name) => `${name}: all done.`,
    relax: (done, total) => `Relax. ${done} of ${total} done.`,
    repDone: (done, total) => `${done} of ${total}.`,
    allDoneButton: 'All done',
    startReps: 'Start: the app counts',
    carryOn: 'Carry on',
    pause: 'Pause',
    repsCount: (done, total) => `${done} of ${total}`,
    repPace: (n) => `One repetition every ${count(n, 'second', 'seconds')}: move with the beep.`,
    resting: (n) => `Rest: the next hold starts in ${count(n, 'second', 'seconds')}`,
    restShort: (n) => `Rest ${n}s`,
    startAgain: 'Start again',
    seconds: (n) => count(n, 'second', 'seconds'),
    secondsShort: (n) => `${n}s`,
    holdsDone: (done, total) =>
      `${done} of ${total} ${plural(total, { one: 'hold', other: 'holds' }, 'en')} done`,
    holdFor: (n) => `Hold for ${count(n, 'second', 'seconds')}.`,
    holding: 'Holding…',
    startHold: (n) => `Start hold ${n}`,
  },
  figure: (name) => `Drawing of ${name}`,
  figureMoves: (name) =>
    `Drawing of ${name}: the dotted outline is where you start, the solid figure where you move to`,
  pain: {
    bands: { none: 'none', mild: 'mild', moderate: 'moderate', severe: 'severe', worst: 'worst' },
    name: (n, band) => `${n}, ${band}`,
  },
  episodes: {
    current: (onset, day) => `This episode: since ${onset} (day ${day})`,
    earlier: (onset, closed, n) =>
      n === 0 ? `${onset} (closed the same day)` : `${onset} to ${closed} (${days(n)})`,
    earlierOpen: (onset) => `From ${onset}`,
    earlierTitle: 'Earlier episodes',
    entryCount: (n) => count(n, 'entry', 'entries'),
    otherEntries: 'Entries of a removed episode',
    askTitle: 'Is this a new bout of back pain?',
    askCurrent: (onset, day) => `Your current episode began on ${onset}. Today is day ${day} of it.`,
    askExplain:
      'A new episode gets its own check, plan and day count. Choose it only if the pain had gone and has come back.',
    same: 'No, the same pain: carry on',
    sameHelp:
      'Carry on with your plan on Today: log your pain there and answer the check-ins when they are due.',
    isNew: 'Yes, it is new: start a new check',
    closeNote: (onset) =>
      `Starting the new episode closes the one that began on ${onset}. It is kept under “Earlier episodes” in the diary and in Progress.`,
    startNew: 'Start the new episode',
    begun: (onset, before) =>
      `A new episode began on ${onset}. The one from ${before} is kept under “Earlier episodes” in the diary and Progress.`,
  },
  diary: {
    title: 'Pain diary',
    newEntry: 'New entry for today',
    startWith: 'Start with',
    checkLink: 'a check of your back',
    thenReady: '; then the diary is ready.',
    nothingYet: 'Nothing logged yet.',
    listLabel: (episode) => `Diary entries, newest first: ${episode}`,
    deleted: 'Entry deleted.',
    yesDelete: 'Yes, delete it',
    keep: 'Keep it',
    editLabel: (day, time) => `Edit entry of ${day} ${time}`,
    deleteLabel: (day, time) => `Delete entry of ${day} ${time}`,
    pain: (n) => `Pain ${n} of 10`,
    checkIn: (trend) => `Check-in: ${trend.toLowerCase()}`,
    session: (kind, n) => `${kind} session, ${minutes(n)}`,
    felt: (how) => `felt ${how.toLowerCase()} after`,
    spasms: (n) => count(n, 'spasm', 'spasms'),
    after: (triggers) => `After: ${triggers.map((t) => t.toLowerCase()).join(', ')}`,
    medicines: (names) => `Medicine: ${names.join(', ')}`,
    note: 'Note',
  },
  diaryForm: {
    spasmsError: (min, max) => `Spasms: type a whole number from ${min} to ${max}, or leave it empty.`,
    noteError: (max, has) => `Note: keep it under ${max} characters (it has ${has}).`,
    painError: 'Pain: tap a number from 0 to 10 first.',
    savedFor: (day) => `Saved for ${day}.`,
    savedPain: (pain, day) => `Saved: pain ${pain} on ${day}.`,
    saveFailed: 'Could not save on this device. Your entry is still here: try Save again.',
    editLabel: 'Edit diary entry',
    newLabel: 'New diary entry',
    painShort: 'How bad is your pain now?',
    painLong: 'Pain now, 0 (none) to 10 (worst)',
    more: 'Add more (optional)',
    spasms: 'Spasms since the last entry',
    triggers: 'What might have set it off?',
    treatments: 'What did you do for it?',
    medicines: 'Which medicine? (optional)',
    medicinesHint:
      'The name is enough, for your doctor. Never a dose: the packet and the pharmacist give that.',
    otherMedicine: 'Another medicine, by name',
    otherMedicineHint: 'Separate two names with a comma.',
    medicineNameError: (max) => `Another medicine: keep each name under ${max} characters.`,
    medicineCountError: (max) => `Another medicine: name at most ${max} medicines in one entry.`,
    note: 'Note',
    saveChanges: 'Save changes',
  },
  sync: {
    lastSynced: (time) => ` Last synced at ${time}.`,
    signedInAs: 'Signed in as',
    syncing: ' Syncing…',
    syncNow: 'Sync now',
    signOut: 'Sign out',
    emailError: 'Email: type the address you use, such as name@example.org.',
    passwordError: 'Password: use at least 10 characters.',
    passwordMissing: 'Password: type your password to confirm.',
    intro: 'Optional. Keeps a copy of your diary on the Unknot server so you can use it on another device.',
    email: 'Email',
    password: 'Password',
    signIn: 'Sign in',
    create: 'Create an account',
    notSynced: (reason) => `Not synced: ${reason}. Your entries are kept on this phone.`,
    notSyncedYet: 'Not synced yet: your data is safe on this phone and will be sent later.',
    unreachableSignIn:
      'The server could not be reached. Check your connection; the app keeps working without an account.',
    signInFailed: (status) => `Could not sign in (${status}).`,
    signedIn: (email) => `Signed in as ${email}. Syncing your diary.`,
    offline: 'the server could not be reached; your entries are kept on this device',
    unreadable: (status) => `the server sent an unreadable reply (${status})`,
    failed: (status) => `sync failed (${status})`,
    notUnderstood: 'the server sent a reply this app does not understand',
    nothingAcknowledged: 'the server acknowledged nothing of this batch; try again later',
    unreachable: 'the server could not be reached',
    whoFailed: (status) => `could not ask who is signed in (${status})`,
    offlineWillSync:
      ' Offline: your entries are kept on this device and will sync when the connection is back.',
    changeTitle: 'Change password',
    currentPassword: 'Current password',
    newPassword: 'New password (at least 10 characters)',
    changeButton: 'Change password',
    changed: 'Password changed. Your other devices are signed out.',
    othersSignedOut:
      'Changing the password also signs out every other device that uses this account: use it if you lost a phone.',
    deleteTitle: 'Delete my account',
    deleteWarning:
      'This erases the account and every entry on the server. What is on this device stays here. Type your password to confirm.',
    deletePassword: 'Password',
    deleteButton: 'Delete my account',
    deleted: 'Account deleted. Your diary stays on this device.',
    unreachableNow: 'The server could not be reached. Nothing changed: try again when you are online.',
    everywhereTitle: 'Sign out everywhere',
    everywhereHelp:
      'Signs out this device and every other device that uses this account, such as a lost phone. The diary on each device stays there.',
    everywhereButton: 'Sign out everywhere',
    everywhereDone: 'Signed out on every device. Your diary stays on this device.',
    endedElsewhere: 'This device is no longer signed in. Your diary is still here: sign in again to sync it.',
  },
  reminders: {
    due: (kind) => `Time for your ${kind === 'ice' ? 'cold pack' : 'heat'} session.`,
    dueTitle: (kind) => `Time for your ${kind === 'ice' ? 'cold pack' : 'heat'} session`,
    dueBody: (n) => `${minutes(n)}. Open Unknot and press Start.`,
  },
};

/** Every word of the web app: the first screen's and the rest, typed as one section. */
export const enApp: AppWords = { ...enAppShell, ...enAppScreens };
