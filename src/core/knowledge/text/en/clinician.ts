import type { ClinicianWords } from '../clinician-words.ts';
import { decimalOf } from '../intl.ts';
import { plural } from '../plural.ts';
import { enExport } from './export.ts';

const usage = `unknot clinician add EMAIL | list | remove EMAIL [--data-dir DIR] [--url URL]

Clinicians are made here, by the server's operator, never by signing up.
  add EMAIL     makes a clinician account and prints a one-time set-up link, where the clinician sets a
                password (for a clinician already added: a new link in place of the old one; for one
                removed: the account back, with a new link)
  list          every clinician: when added, whether set up, how many patients share with them
  remove EMAIL  ends the clinician's sign-ins and every share with them (their patients see that access
                ended), and audits it; the account stays, unable to sign in, until added again
  --data-dir DIR  the embedded database's directory (default: UNKNOT_DATA_DIR, else ./data)
  --url URL       the address people use to reach this server (default: UNKNOT_PUBLIC_URL, else http://localhost:3000)
While the server runs on the embedded database, the command asks it through its socket in the data
directory (admin.sock, for the server's own user only); when it is stopped, the command opens the
database itself. With DATABASE_URL set, the command works in that PostgreSQL database, running or not.`;

export const enClinician: ClinicianWords = {
  cli: {
    help: usage,
    usage:
      'clinician: give add or remove and an email address, or list, such as: unknot clinician add gp@example.org',
    badEmail: (given) => `EMAIL: "${given}" is not an email address; give one such as gp@example.org`,
    isPatient: (email) =>
      `EMAIL: ${email} already has a patient account; a clinician needs an address of their own`,
    created: (email) => `Clinician account made for ${email}.`,
    linkAgain: (email) =>
      `${email} is a clinician already; here is a new set-up link (the old one no longer works).`,
    restored: (email) =>
      `${email} was removed before; the account is back, without the shares it had (patients share again with a new code).`,
    link: (url, hours) =>
      `Send this link to the clinician; it works once, within ${hours} ${plural(hours, { one: 'hour', other: 'hours' }, 'en')}:\n${url}`,
    couldNotOpen: (reason) => `could not open the database: ${reason}`,
    serverRefused: (reason) => `the running server did not do it: ${reason}`,
    noClinicians: 'No clinicians yet. Add one with: unknot clinician add EMAIL',
    listHead: (count) => `${count} ${plural(count, { one: 'clinician', other: 'clinicians' }, 'en')}:`,
    listRow: (c) =>
      `${c.email}  added ${c.added}  ${c.setUp ? 'set up' : 'not set up yet'}  ${c.patients} ${plural(c.patients, { one: 'patient shares', other: 'patients share' }, 'en')} with them`,
    notFound: (email) =>
      `EMAIL: there is no clinician ${email} here; unknot clinician list shows who there is`,
    notClinician: (email) =>
      `EMAIL: ${email} is a patient account, not a clinician's; a patient deletes their own account in the app`,
    removed: (email, shares, logins) =>
      `${email} is removed: ${logins} ${plural(logins, { one: 'sign-in', other: 'sign-ins' }, 'en')} and ${shares} ${plural(shares, { one: 'share', other: 'shares' }, 'en')} ended; their patients see that access ended. Adding the address again makes a new set-up link.`,
    badOption: (reason) => `options: ${reason}; see unknot clinician --help`,
  },
  server: {
    cliniciansOnly: 'this is for clinician accounts: sign in with the account your clinic made for you',
    patientsOnly:
      'this is for patient accounts: a clinician account reads the diaries patients share with it and keeps none of its own',
    noSuchPatient: 'no patient shares a diary with you under this id: they may have revoked access',
    noSuchShare: 'there is no such access to revoke: refresh the list',
    badId: (field) => `${field}: must be an id from the list, such as 6f1c2a9e-0b7d-4c1e-9a53-2f4d8e6b7c10`,
    badCode: 'code: give the ten letters and digits of the share code, such as ABCDE-12345',
    codeNotValid:
      'code: this share code is not valid; it may have expired or been used already: ask your patient for a new one',
    setupNotValid: 'token: this set-up link is not valid any more: ask the server operator for a new one',
    tooManyCodes: (hours) =>
      `too many open share codes: wait until one is used or expires (within ${hours} hours), then make a new one`,
    tooManyRedeems: (limit, minutes) =>
      `too many share codes that did not work: ${limit} in an hour from this account. Check the code with your patient and try again in ${minutes} ${plural(minutes, { one: 'minute', other: 'minutes' }, 'en')}`,
    emptyBody: 'send an empty JSON object, {}',
    giveSetup: 'give "token" and "password"',
    giveCode: 'give "code"',
    giveIdentity:
      '{} to show the clinician only your email, or one with "displayName" and "birthDate" to show them too, and nothing else',
    giveSettings: 'give "paper": a4 or letter',
  },
  sharing: {
    title: 'Share with your clinician',
    link: 'Share with your clinician',
    intro:
      'Your doctor or physiotherapist can follow your diary and its one-page summary on their own screen: you make a code, they type it in, and you can end it at any time.',
    help: 'A code works once, for one clinician, for a day. They can then read your diary and its summary until you end it here.',
    needsAccount:
      'Sharing needs an account: your clinician reads the copy of your diary kept on the server, so the diary is backed up there first. Everything else in the app works without one.',
    createAccount: 'Create an account or sign in',
    aboutYouTitle: 'What your clinician sees about you',
    aboutYouHelp:
      'Optional. Kept on this phone and sent only with a share code, so your clinician knows whose diary it is. Without them, they see only your email.',
    displayName: 'Your name, as your clinician should see it',
    birthDate: 'Your date of birth',
    nameError: (max) => `Give a name of at most ${max} characters, or leave it empty.`,
    birthDateError: 'Give a date of birth that is not in the future, or leave it empty.',
    saved: 'Saved on this phone.',
    codeTitle: 'Give your clinician a code',
    create: 'Make a share code',
    code: 'Your share code',
    spelled: (symbols) => `Your share code, one character at a time: ${symbols}`,
    validUntil: (time, day) => `Valid until ${time} ${day}. It works once, for one clinician.`,
    today: 'today',
    tomorrow: 'tomorrow',
    yesterday: 'yesterday',
    onDay: (date) => `on ${date}`,
    codeShows: (name, birthDate) =>
      name && birthDate
        ? `With it they see your email, the name ${name} and your date of birth, ${birthDate}.`
        : name
          ? `With it they see your email and the name ${name}.`
          : birthDate
            ? `With it they see your email and your date of birth, ${birthDate}.`
            : 'With it they see your email.',
    copy: 'Copy',
    copyLabel: 'Copy the share code',
    copied: 'Copied. Paste it into a message to your clinician, or read it out to them.',
    copyFailed: 'This browser would not copy it: select the code and copy it, or read it out.',
    share: 'Share',
    shareLabel: 'Share the share code',
    shareTitle: 'Unknot share code',
    shareText: (code, until) => `My Unknot share code: ${code}. ${until}`,
    openCodes: (count) =>
      `${count} unused ${plural(count, { one: 'code is', other: 'codes are' }, 'en')} still open; each expires within a day.`,
    access: 'Who can read your diary',
    noAccess: 'Nobody: your diary is yours alone.',
    since: (when) => `since ${when}`,
    revoke: (who) => `End access for ${who}`,
    revoked: (who) => `${who} can no longer read your diary.`,
    trail: 'Who read your diary',
    noReads: 'Nobody has read it yet.',
    did: {
      list: 'saw you in their list of patients',
      patient: 'viewed your diary',
      summary: 'downloaded your one-page summary',
      fhir: 'downloaded your record for their system (FHIR)',
    },
    readLine: (who, did, count, day, time) =>
      count === 1
        ? `${who} ${did} once ${day}, at ${time}.`
        : `${who} ${did} ${count === 2 ? 'twice' : `${count} times`} ${day}, last at ${time}.`,
    endedByYou: (who, day, time) => `You ended access for ${who} ${day} at ${time}.`,
    endedByOperator: (who, day, time) =>
      `Access ended ${day} at ${time}: the account of ${who} was removed by the people who run this server.`,
    failed: 'That did not work. Try again in a moment.',
    offline: 'The server could not be reached. Check your connection and try again.',
  },
  dashboard: {
    page: {
      description: 'Unknot for clinicians: the patients who share their back-pain diary with you.',
      booting: 'Loading…',
      noscript: 'The clinician dashboard needs JavaScript.',
    },
    title: 'Unknot for clinicians',
    language: {
      label: 'Language',
      names: { en: 'English', es: 'Español' },
      switching: 'Opening the dashboard in that language…',
      offline: 'Changing the language needs a connection. Try again when you are online.',
    },
    signIn: 'Sign in',
    signInHelp: 'For clinicians whose clinic runs this Unknot server.',
    email: 'Email',
    password: 'Password',
    signInButton: 'Sign in',
    signOut: 'Sign out',
    signedInAs: (email) => `Signed in as ${email}.`,
    notClinician: 'This account is a patient account. The dashboard is for clinician accounts.',
    setupTitle: 'Set your password',
    setupHelp: 'Choose a password of at least 10 characters. The link works once.',
    setupButton: 'Set password and sign in',
    setupDone: 'Your password is set. You are signed in.',
    listTitle: 'Your patients',
    findTitle: 'Find patients',
    listCaption:
      'Patients who share their diary with you. The Up and Down arrow keys move between patients; Enter opens one.',
    born: (date) => `born ${date}`,
    sortEmail: 'Email',
    addTitle: 'Add a patient',
    addHelp: 'Type the share code your patient made in their Settings.',
    codeLabel: 'Share code',
    addButton: 'Add patient',
    added: (email) => `${email} now shares their diary with you.`,
    filterLabel: 'Show',
    filter: {
      all: 'All patients',
      redFlag: 'A warning sign reported',
      warning: 'A warning sign reported or not sure',
      notImproving: 'Not improving as expected',
      seeDoctor: 'Advised to see a doctor',
    },
    searchLabel: 'Name or email contains',
    sortLabel: 'Sort by',
    orderLabel: 'Order',
    order: { asc: 'Ascending (most pressing first)', desc: 'Descending' },
    apply: 'Apply',
    columns: {
      patient: 'Patient',
      urgency: 'Advice',
      warning: 'Warning signs',
      notImproving: 'Course',
      days: "Days since onset (patient's time)",
      lastEntry: 'Last entry',
    },
    sortBy: (column, direction) => `Sort by ${column}, ${direction}`,
    disposition: {
      emergency: 'Emergency',
      urgent: 'Urgent care today',
      gp_soon: 'See a doctor soon',
      self_care: 'Self-care',
    },
    noEpisode: 'No episode yet',
    redFlag: 'Reported',
    unsure: 'Not sure',
    none: 'None',
    notImprovingYes: 'Not improving',
    notImprovingNo: 'As expected',
    daysSince: (days) => `${days} ${plural(days, { one: 'day', other: 'days' }, 'en')}`,
    never: 'None yet',
    count: (shown, total) =>
      `${shown} of ${total} ${plural(total, { one: 'patient', other: 'patients' }, 'en')}`,
    empty: 'No patient matches. A patient appears here once they give you a share code.',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    back: 'All patients',
    loading: 'Loading…',
    failed: 'The server did not answer. Try again in a moment.',
    lostAccess: 'This patient no longer shares their diary with you.',
    downloads: 'For the record',
    summaryPdf: 'One-page summary (PDF)',
    fhir: 'FHIR record (JSON)',
    paper: 'Paper for the summary',
    paperA4: 'A4',
    paperLetter: 'US Letter',
  },
  patient: {
    title: (name) => `Patient: ${name}`,
    born: (date) => `Born ${date}`,
    dayNow: (day, zone) => `Day ${day} since onset on the patient's own calendar (${zone})`,
    headline: (advice) => `Advised today: ${advice}`,
    advice: {
      emergency: 'emergency care now',
      urgent: 'see a doctor the same day',
      gp_soon: 'see a GP or physiotherapist within a week',
      self_care: 'self-care, no review needed now',
    },
    asOf: (date, day) => `As of ${date}, day ${day} since onset.`,
    sameAsApp: "This is the advice the patient's app gives them today.",
    basis: {
      check: (date) => `Judged on the first check (${date}).`,
      check_in: (date) => `Judged on the check-in of ${date}.`,
      ratings: (date) => `Judged on the pain ratings up to ${date}.`,
    },
    closed: (date) => `The patient closed this episode on ${date}.`,
    why: 'Why',
    noReasons: 'No finding calls for a review today.',
    reasons: {
      saddle_numbness: () => 'New saddle numbness: possible cauda equina syndrome',
      bladder_dysfunction_new: () => 'New bladder problem: possible cauda equina syndrome',
      bowel_incontinence_new: () => 'New loss of bowel control: possible cauda equina syndrome',
      sexual_dysfunction_new: () =>
        'New loss of genital sensation or sexual function: possible cauda equina syndrome',
      leg_weakness_progressive: () => 'Leg weakness getting worse: a nerve deficit that is progressing',
      leg_symptoms_both_sides: () =>
        'Pain, numbness or weakness in both legs: pressure on more than one nerve root',
      major_trauma: () => 'Onset with major trauma: rule out a fracture of the spine',
      sudden_tearing_pain: () => 'Sudden severe tearing pain: consider a vascular cause such as the aorta',
      possible_spinal_infection: () =>
        'Fever with drug injection, a weak immune system or recent spine surgery: possible spinal infection',
      fever: () => 'Fever or shaking chills: consider infection',
      history_of_cancer: () => 'History of cancer: rule out spread to the spine',
      iv_drug_use: () => 'Injects drugs: higher risk of spinal infection',
      immunosuppressed: () => 'Weak immune system: higher risk of spinal infection',
      leg_weakness: () => 'New weakness in one leg: possible nerve root compression',
      pain_uncontrolled: () => 'Pain not eased by anything: not typical of a simple muscle spasm',
      recent_spinal_surgery: () => 'Spine operation in the last three months',
      possible_fracture: ({ age }) =>
        `Thin bones or long-term steroid tablets with a movement that began the pain, or a fall or knock at 70 or over (age ${age}): possible fragility fracture`,
      fragile_bones: () =>
        'Thin bones or long-term steroid tablets, no clear trigger: a fragility fracture is more likely',
      unsure_emergency_sign: ({ signs }) =>
        `Emergency sign not ruled out, the patient was not sure: ${signs.join('; ')}`,
      unsure_urgent_sign: ({ signs }) =>
        `Warning sign not ruled out, the patient was not sure: ${signs.join('; ')}`,
      pain_radiates_below_knee: () => 'Pain down one leg below the knee: possible sciatica',
      leg_numbness_or_tingling: () =>
        'Numbness or pins and needles in one leg: possible nerve root irritation',
      unexplained_weight_loss: () => 'Weight loss without trying',
      night_pain_unrelieved: () => 'Constant night pain that no position eases',
      morning_stiffness_long: ({ age }) =>
        `Long morning stiffness at age ${age}: consider an inflammatory back condition`,
      pregnant: () => 'Pregnant: review any medicines and examine',
      first_episode: ({ age }) => `First ever episode of back pain at age ${age}`,
      medication_side_effect_suspected: () => 'Spasms began after a medicine change: possible side effect',
      thoracic_pain: () => 'Pain mainly in the upper or middle back',
      child_back_pain: ({ age }) => `Back pain at age ${age}, under 16`,
      persisting_one_week: ({ day, painNow }) =>
        painNow === undefined
          ? `Pain not settled on day ${day}: no rating on the latest day`
          : `Pain not settled on day ${day}: latest rating ${painNow} of 10`,
      no_improvement_48h: ({ day, trend }) =>
        `No better on day ${day}: the pain is ${trend === 'worse' ? 'worse than' : 'the same as'} at onset`,
    },
    latestPain: 'Latest pain',
    painOn: (pain, date, expected) =>
      `${decimalOf(pain, 'en')} of 10 on ${date} (expected by now: ${decimalOf(expected, 'en')})`,
    course: 'Course',
    courseStanding: {
      ahead: 'easing faster than the expected course',
      on_track: 'on the expected course',
      slower: 'easing more slowly than the expected course',
    },
    courseWorse: 'getting worse',
    courseUnknown: 'too few ratings to compare (two days are needed)',
    signsTitle: 'Warning signs answered yes or not sure',
    signsNone: 'None: no warning sign was answered yes or not sure.',
    answer: { yes: 'yes', unsure: 'not sure' },
    sign: (label, answer, when) => `${label}: ${answer}, ${when}`,
    atFirstCheck: (date) => `first check (${date})`,
    atCheckIn: (day, date) => `reported at the check-in of day ${day} (${date})`,
    chart: {
      empty: 'No pain ratings yet. The dashed line is the average course (Costa 2012).',
      pain: (n) => decimalOf(n, 'en'),
      described: (v) =>
        `The patient's ratings go from ${decimalOf(v.firstPain, 'en')} on day ${v.firstDay} to ${decimalOf(v.lastPain, 'en')} on day ${v.lastDay}. The expected course, the average recovery from the first rating, falls from ${decimalOf(v.courseStart, 'en')} to ${decimalOf(v.courseEnd, 'en')} by day ${v.courseEndDay}.`,
      title: "Patient's pain by day since onset",
      dayAxis: 'day since onset',
      yourPain: "Patient's pain",
      averageKey: 'Expected course (Costa 2012)',
      expectedKey: 'Expected course (Costa 2012)',
      expectedCourse: 'Expected course',
      tableCaption: "Patient's pain by day, with the expected course",
      day: 'Day',
      date: 'Date',
    },
    painTitle: "Patient's pain against the expected course",
    chartSource:
      'The expected course is the mean pain of 33 cohorts with acute low back pain (Costa et al., CMAJ 2012), scaled to the first rating.',
    functionTitle: 'Function scores',
    functionHelp: 'Activities the patient chose, each rated 0 (cannot do it) to 10 (as before the pain).',
    functionNone: 'No activities rated yet.',
    activity: 'Activity',
    change: 'Change',
    changeOf: (change) => (change > 0 ? `+${change}` : `${change}`),
    dateColumn: (date, day) => `${date}, day ${day}`,
    notRated: 'not rated',
    oneRating: 'rated once',
    timelineTitle: 'Diary by day',
    dayTitle: (date, day) => `${date}, day ${day}`,
    rows: {
      firstCheck: 'First check',
      checkIn: 'Check-in',
      signs: 'Signs reported',
      pain: 'Pain',
      function: 'Function',
      sessions: 'Cold and heat',
      medicine: 'Medicine',
      care: 'Other care',
      spasms: 'Spasms',
      triggers: 'Possible triggers',
      notes: 'Notes',
    },
    firstCheckSigns: (count) =>
      count === 0
        ? 'no warning sign answered yes or not sure'
        : `${count} warning ${plural(count, { one: 'sign', other: 'signs' }, 'en')} answered yes or not sure`,
    checkInTrend: {
      better: 'better since onset',
      same: 'no change since onset',
      worse: 'worse since onset',
    },
    signOfDay: (label, answer) => `${label}: ${answer}`,
    painRatings: (ratings) => `${ratings.join(', ')} of 10`,
    session: (kind, minutes, felt) =>
      `${kind}${minutes === undefined ? '' : `, ${minutes} min`}${felt === undefined ? '' : `, ${felt}`}`,
    felt: { better: 'felt better after', same: 'felt no different after', worse: 'felt worse after' },
    medicineTaken: (entries) => (entries === 1 ? 'taken' : `taken, in ${entries} entries`),
    spasmCounts: (counts) =>
      counts.map((n) => `${n} ${plural(n, { one: 'spasm', other: 'spasms' }, 'en')}`).join(', '),
    rating: (activity, score) => `${activity} ${score} of 10`,
    treatments: {
      ice: 'Cold pack',
      heat: 'Heat',
      medicine: 'Medicine',
      exercise: 'exercises',
      rest: 'rest',
      massage: 'massage',
      stretching: 'stretching',
    },
    // The summary's words for the same triggers: one list, in the middle of a sentence.
    triggers: enExport.trigger,
    list: (items) => items.join(', '),
    olderEpisode: (onset) => `Earlier episode, from ${onset}`,
    latestEpisode: (onset) => `Episode from ${onset}`,
  },
};
