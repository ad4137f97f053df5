import type { PlanDay, Session } from '../../plan.ts';
import type { Disposition } from '../dispositions.ts';
import type { EmergencyRegion } from '../emergency.ts';

/** The words of the `unknot` command line's readable output. */
export interface CliWords {
  /** `unknot --help` and each verb's help. */
  /** Refusals of the command line itself: what was wrong and what to type instead. */
  usage: {
    unknownCommand: (verb: string) => string;
    /** --lang named a language Unknot does not speak. */
    lang: (given: string) => string;
    badOption: (reason: string, verb: string) => string;
    today: string;
    oneFile: (given: number) => string;
    jsonOrJsonl: string;
  };
  help: { usage: string; verbs: Record<'triage' | 'plan' | 'check', string> };
  render: {
    treatment: Record<Session['kind'], string>;
    /** Each result's title as the terminal's first line shows it, in capitals: written out, never upper-cased. */
    headline: Record<Disposition, string>;
    started: (days: number) => string;
    when: (text: string) => string;
    who: (text: string) => string;
    why: string;
    whatToTell: string;
    noHomePlan: string;
    /** The plan's days: each date arrives as "YYYY-MM-DD" and is written in words ("Wed 25 Nov"). */
    today: (date: string, day: number) => string;
    sessionsAt: (name: string, minutes: number, times: string) => string;
    activity: Record<PlanDay['activity'], (maxRest: number) => string>;
    activityShort: Record<PlanDay['activity'], string>;
    nextDays: string;
    noSessions: string;
    day: (date: string, day: number) => string;
    checkIns: string;
    advice: string;
    /** The sources a reason or an advice item rests on, by their titles. */
    sources: (titles: readonly string[]) => string;
  };
  input: {
    empty: string;
    emptyLine: string;
    notJson: (reason: string) => string;
    invalidCase: string;
    /** `name` is the operand as the help spells it (FILE, BACKUP); `what` says what it should hold. */
    unreadable: (name: string, file: string, why: 'missing' | 'folder' | 'other', what: string) => string;
    caseFile: string;
    backupFile: string;
    at: (line: number, column: number) => string;
    refused: (verb: string, refused: number, total: number) => string;
  };
  /** `unknot check`: the question flow in the terminal. */
  check: {
    intro: string;
    howToAnswer: string;
    /**
     * What a person may type, lower case, in this language; the English words are understood in every
     * language. `daysAgo` reads "3" or "3 days ago" as 3, and anything else as undefined.
     */
    accepts: {
      yes: string[];
      no: string[];
      unsure: string[];
      better: string[];
      same: string[];
      worse: string[];
      today: string[];
      yesterday: string[];
      none: string[];
      back: string[];
      daysAgo: (text: string) => number | undefined;
    };
    /** The short name of each emergency number's region. */
    regions: Record<EmergencyRegion, string>;
    /** `numbers` is the list of numbers, each with its region (`numberIn`). */
    emergencyNumbers: (numbers: string) => string;
    numberIn: (number: string, region: string) => string;
    /** What each kind of question accepts, shown after it. */
    prompts: {
      yesNo: string;
      /** A numbered list of `count` warning signs: numbers, ?N for not sure, or none. */
      signs: (count: number) => string;
      /** A numbered list where "not sure" changes nothing: numbers or none. */
      list: (count: number) => string;
      /** The optional tailor list: numbers, none, or an empty line to skip it. */
      tailor: (count: number) => string;
      age: string;
      date: string;
      trend: string;
      pain: string;
    };
    /** Where the person is in the check: `position` of `total`, while the total holds. */
    count: (position: number, total: number) => string;
    /** Once a "not sure" or a date has changed how many questions there are: no number that moves. */
    countMore: (position: number) => string;
    countLast: (position: number) => string;
    pain: string;
    /** Today's sessions whose time has passed when the plan is printed. */
    sessionsPassed: (count: number) => string;
    answerYesNo: string;
    age: string;
    onset: string;
    onsetAfterToday: (date: string, today: string) => string;
    trend: string;
    /** How to pick from a numbered list of `count` items. */
    howToChoose: (count: number, allowUnsure: boolean) => string;
    chooseAgain: (how: string) => string;
    notAChoice: (word: string, how: string) => string;
    recheck: string;
    recheckThen: string;
    tellThem: string;
    adviceChanged: string;
    endedEarly: (question: string) => string;
  };
  /** `unknot export`. */
  export: {
    help: string;
    format: (given: string | undefined) => string;
    page: (given: string) => string;
    oneBackup: (given: number) => string;
    empty: string;
    notBackup: (reason: string) => string;
    noEpisode: string;
  };
}
