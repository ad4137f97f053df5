import type { Disposition } from '../dispositions.ts';

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
    couldNotOpen: (reason: string) => string;
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
  /** The patient's Settings: share with a clinician, who has access, who read what. */
  sharing: {
    title: string;
    help: string;
    signInFirst: string;
    create: string;
    code: string;
    expires: (when: string) => string;
    openCodes: (count: number) => string;
    access: string;
    noAccess: string;
    since: (when: string) => string;
    revoke: (who: string) => string;
    revoked: (who: string) => string;
    trail: string;
    noReads: string;
    read: Record<'list' | 'patient' | 'summary' | 'fhir', string>;
    readLine: (who: string, what: string, when: string) => string;
    failed: string;
    offline: string;
  };
  dashboard: {
    title: string;
    patientTitle: (email: string) => string;
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
    /** The patient's own day count, labelled as counted in their zone. */
    patientDay: (days: number, zone: string) => string;
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
    episode: (onset: string) => string;
    pain: string;
    functionTitle: string;
    functionNone: string;
    activity: string;
    timeline: string;
    timelineNone: string;
    painOf: (pain: number) => string;
    checkIn: (trend: string) => string;
    spasms: (n: number) => string;
    downloads: string;
    summaryPdf: string;
    /** The clinician's own paper setting, beside the downloads. */
    paper: string;
    paperA4: string;
    paperLetter: string;
    fhir: string;
    trends: Record<'better' | 'same' | 'worse', string>;
  };
}
