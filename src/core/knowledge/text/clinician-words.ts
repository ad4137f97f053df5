import type { Trend } from '../../case.ts';
import type { DailyTrigger, Treatment } from '../../entry.ts';
import type { CourseStanding } from '../../progress.ts';
import type { Disposition } from '../dispositions.ts';
import type { RuleId } from '../rules.ts';
import type { AppWords } from './app-words.ts';
import type { Language } from './languages.ts';

/** What a reason on the clinician's page may name: the signs (by label), the day, the age, the latest data. */
export interface ReasonFacts {
  signs: readonly string[];
  day: number;
  age: number;
  painNow?: number;
  trend?: Trend;
}

/** Sharing with a clinician: the CLI verb, the server's refusals, the patient's settings and the dashboard. */
export interface ClinicianWords {
  cli: {
    help: string;
    usage: string;
    badEmail: (given: string) => string;
    isPatient: (email: string) => string;
    created: (email: string) => string;
    linkAgain: (email: string) => string;
    link: (url: string, hours: number) => string;
    restored: (email: string) => string;
    couldNotOpen: (reason: string) => string;
    serverRefused: (reason: string) => string;
    noClinicians: string;
    listHead: (count: number) => string;
    /** One clinician of `unknot clinician list`; `added` is the date and time, on the operator's clock. */
    listRow: (c: { email: string; added: string; setUp: boolean; patients: number }) => string;
    notFound: (email: string) => string;
    notClinician: (email: string) => string;
    removed: (email: string, shares: number, logins: number) => string;
    badOption: (reason: string) => string;
  };
  server: {
    cliniciansOnly: string;
    patientsOnly: string;
    noSuchPatient: string;
    noSuchShare: string;
    badId: (field: string) => string;
    badCode: string;
    codeNotValid: string;
    setupNotValid: string;
    tooManyCodes: (hours: number) => string;
    /** A clinician past the limit of share codes that did not work in an hour; `minutes` until the next try. */
    tooManyRedeems: (limit: number, minutes: number) => string;
    emptyBody: string;
    giveSetup: string;
    giveCode: string;
    giveIdentity: string;
    giveSettings: string;
  };
  /** The patient's "Share with your clinician": make a code, who has access, who read what. */
  sharing: {
    title: string;
    /** The link to the screen, from "For your doctor" and Settings. */
    link: string;
    intro: string;
    help: string;
    needsAccount: string;
    createAccount: string;
    aboutYouTitle: string;
    aboutYouHelp: string;
    displayName: string;
    birthDate: string;
    nameError: (max: number) => string;
    birthDateError: string;
    saved: string;
    codeTitle: string;
    create: string;
    code: string;
    /** The code for a screen reader, its characters apart. */
    spelled: (symbols: string) => string;
    /** "Valid until 14:02 tomorrow": `day` is `today`, `tomorrow` or `onDay(date)`. */
    validUntil: (time: string, day: string) => string;
    today: string;
    tomorrow: string;
    yesterday: string;
    onDay: (date: string) => string;
    /** What the code shows the clinician: the email always, the name and date of birth when given. */
    codeShows: (name: string | undefined, birthDate: string | undefined) => string;
    copy: string;
    copyLabel: string;
    copied: string;
    copyFailed: string;
    share: string;
    shareLabel: string;
    shareTitle: string;
    shareText: (code: string, until: string) => string;
    openCodes: (count: number) => string;
    access: string;
    noAccess: string;
    since: (when: string) => string;
    revoke: (who: string) => string;
    revoked: (who: string) => string;
    trail: string;
    noReads: string;
    /** What a clinician did, by the kind of read. */
    did: Record<'list' | 'patient' | 'summary' | 'fhir', string>;
    /** One clinician's reads of one kind on one day: `day` is `today`, `yesterday`-like words or `onDay(date)`. */
    readLine: (who: string, did: string, count: number, day: string, time: string) => string;
    endedByYou: (who: string, day: string, time: string) => string;
    endedByOperator: (who: string, day: string, time: string) => string;
    failed: string;
    offline: string;
  };
  dashboard: {
    /** The dashboard's page (clinician.html), filled in when each language's build is made. */
    page: { description: string; booting: string; noscript: string };
    title: string;
    /**
     * The switch in the dashboard's top band, there at every screen and before signing in: each language names
     * itself in its own words; `label` names the switch for a screen reader.
     */
    language: {
      label: string;
      names: Record<Language, string>;
      switching: string;
      offline: string;
    };
    signIn: string;
    signInHelp: string;
    email: string;
    password: string;
    signInButton: string;
    signOut: string;
    signedInAs: (email: string) => string;
    notClinician: string;
    setupTitle: string;
    setupHelp: string;
    setupButton: string;
    setupDone: string;
    /** The list's heading, and the heading of the band that finds patients in it. */
    listTitle: string;
    findTitle: string;
    /** The table's caption: what it holds and how the keyboard moves through it (read by screen readers too). */
    listCaption: string;
    /** A patient's date of birth, as they gave it with their share code. */
    born: (date: string) => string;
    /** The "Sort by" field's choice for the email (the Patient column sorts by the name shown). */
    sortEmail: string;
    addTitle: string;
    addHelp: string;
    codeLabel: string;
    addButton: string;
    added: (email: string) => string;
    filterLabel: string;
    filter: Record<'all' | 'redFlag' | 'warning' | 'notImproving' | 'seeDoctor', string>;
    searchLabel: string;
    sortLabel: string;
    orderLabel: string;
    order: Record<'asc' | 'desc', string>;
    apply: string;
    columns: {
      patient: string;
      urgency: string;
      warning: string;
      notImproving: string;
      days: string;
      lastEntry: string;
    };
    sortBy: (column: string, direction: 'ascending' | 'descending') => string;
    disposition: Record<Disposition, string>;
    noEpisode: string;
    redFlag: string;
    unsure: string;
    none: string;
    notImprovingYes: string;
    notImprovingNo: string;
    daysSince: (days: number) => string;
    never: string;
    count: (shown: number, total: number) => string;
    empty: string;
    previous: string;
    next: string;
    pageOf: (page: number, pages: number) => string;
    back: string;
    loading: string;
    failed: string;
    lostAccess: string;
    downloads: string;
    summaryPdf: string;
    /** The clinician's own paper setting, beside the downloads. */
    paper: string;
    paperA4: string;
    paperLetter: string;
    fhir: string;
  };
  /** One patient's page: today's advice and why, the warning signs, the pain chart, function and the diary by day. */
  patient: {
    /** The page's heading: the name the patient chose to show, else their email. */
    title: (name: string) => string;
    born: (date: string) => string;
    /** The patient's own day count, labelled as counted in their zone. */
    dayNow: (day: number, zone: string) => string;
    /** "Advised today: see a GP or physiotherapist within a week". */
    headline: (advice: string) => string;
    advice: Record<Disposition, string>;
    asOf: (date: string, day: number) => string;
    /** That this is what the patient's own app tells them today. */
    sameAsApp: string;
    basis: Record<'check' | 'check_in' | 'ratings', (date: string) => string>;
    closed: (date: string) => string;
    why: string;
    noReasons: string;
    /** Each rule that fired, as a clinical finding. */
    reasons: Record<RuleId, (facts: ReasonFacts) => string>;
    latestPain: string;
    /** The latest pain, its date in words, and the expected course by now: numbers, written in the language. */
    painOn: (pain: number, date: string, expected: number) => string;
    course: string;
    courseStanding: Record<CourseStanding, string>;
    courseWorse: string;
    courseUnknown: string;
    signsTitle: string;
    signsNone: string;
    answer: Record<'yes' | 'unsure', string>;
    /** "Fever: not sure, reported at the check-in of day 3 (Wed 25 Nov)". */
    sign: (label: string, answer: string, when: string) => string;
    atFirstCheck: (date: string) => string;
    atCheckIn: (day: number, date: string) => string;
    /** The shared pain chart, in a clinician's words. */
    chart: AppWords['chart'];
    painTitle: string;
    chartSource: string;
    functionTitle: string;
    functionHelp: string;
    functionNone: string;
    activity: string;
    change: string;
    changeOf: (change: number) => string;
    dateColumn: (date: string, day: number) => string;
    notRated: string;
    /** An activity rated once: no change to show yet. */
    oneRating: string;
    timelineTitle: string;
    dayTitle: (date: string, day: number) => string;
    rows: Record<
      | 'firstCheck'
      | 'checkIn'
      | 'signs'
      | 'pain'
      | 'function'
      | 'sessions'
      | 'medicine'
      | 'care'
      | 'spasms'
      | 'triggers'
      | 'notes',
      string
    >;
    firstCheckSigns: (count: number) => string;
    checkInTrend: Record<Trend, string>;
    signOfDay: (label: string, answer: string) => string;
    painRatings: (ratings: readonly number[]) => string;
    session: (kind: string, minutes?: number, felt?: string) => string;
    felt: Record<Trend, string>;
    medicineTaken: (entries: number) => string;
    spasmCounts: (counts: readonly number[]) => string;
    rating: (activity: string, score: number) => string;
    treatments: Record<Treatment, string>;
    triggers: Record<DailyTrigger, string>;
    /** Joins the items of one line. */
    list: (items: readonly string[]) => string;
    olderEpisode: (onset: string) => string;
    latestEpisode: (onset: string) => string;
  };
}
