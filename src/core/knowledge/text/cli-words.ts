import type { PlanDay, Session } from '../../plan.ts';

/** The words of the `unknot` command line's readable output. */
export interface CliWords {
  /** `unknot --help` and each verb's help. */
  /** Refusals of the command line itself: what was wrong and what to type instead. */
  usage: {
    unknownCommand: (verb: string) => string;
    badOption: (reason: string, verb: string) => string;
    today: string;
    oneFile: (given: number) => string;
    jsonOrJsonl: string;
  };
  help: { usage: string; verbs: Record<'triage' | 'plan' | 'check', string> };
  render: {
    treatment: Record<Session['kind'], string>;
    started: (days: number) => string;
    when: (text: string) => string;
    who: (text: string) => string;
    why: string;
    whatToTell: string;
    noHomePlan: string;
    today: (date: string, day: number) => string;
    sessionsAt: (name: string, minutes: number, times: string) => string;
    activity: Record<PlanDay['activity'], (maxRest: number) => string>;
    activityShort: Record<PlanDay['activity'], string>;
    nextDays: string;
    noSessions: string;
    day: (date: string, day: number) => string;
    checkIns: string;
    advice: string;
  };
  input: {
    empty: string;
    emptyLine: string;
    notJson: (reason: string) => string;
    invalidCase: string;
    unreadable: (file: string, why: 'missing' | 'folder' | 'other', what: string) => string;
    caseFile: string;
    backupFile: string;
    at: (line: number, column: number) => string;
    refused: (verb: string, refused: number, total: number) => string;
  };
}
