import type { ExportFormat } from '../../export/files.ts';

/** The words of the "For your doctor" screen and the activity ratings (Patient-Specific Functional Scale). */
export interface DoctorWords {
  screen: {
    title: string;
    intro: string;
    nothingYet: string;
    checkLink: string;
    /** The link to this screen from More, Progress and the result. */
    link: string;
    filesTitle: string;
    filesHelp: string;
    paper: string;
    paperA4: string;
    paperLetter: string;
    print: string;
    printHelp: string;
    formats: Record<ExportFormat, { name: string; about: string }>;
    download: (name: string) => string;
    share: (name: string) => string;
    downloaded: (file: string) => string;
    shared: (name: string) => string;
    shareFellBack: (file: string) => string;
    failed: (name: string, why: string) => string;
    previewTitle: string;
    previewHelp: string;
    chartLabel: string;
    questionsCaption: string;
    answerColumn: string;
    questionColumn: string;
    scoresCaption: string;
    activityColumn: string;
  };
  activities: {
    title: string;
    intro: string;
    examples: string;
    nameLabel: (n: number) => string;
    /** An example in an empty name field, one for each row. */
    namePlaceholders: readonly string[];
    rateLabel: (activity: string) => string;
    /** The rating's question while its activity has no name yet. */
    rateUnnamed: string;
    scaleEnds: string;
    add: string;
    remove: (activity: string) => string;
    save: string;
    saved: (count: number) => string;
    saveFailed: string;
    nameMissing: (n: number) => string;
    rateMissing: (n: number) => string;
    nameTooLong: (n: number, max: number) => string;
    duplicate: (activity: string) => string;
    nothing: string;
    dueFirst: string;
    dueAgain: string;
    rateNow: string;
    nameNow: string;
    progressTitle: string;
    progressNone: string;
    scoresOf: (activity: string) => string;
    scoreOn: (score: number, date: string) => string;
    change: string;
    diaryLine: (pairs: string) => string;
  };
}
