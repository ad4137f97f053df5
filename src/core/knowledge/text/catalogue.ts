import type { WordedPromptId } from '../../progress.ts';
import type { AdviceId, Topic } from '../advice.ts';
import type { Disposition } from '../dispositions.ts';
import type { AppWords } from './app-words.ts';
import type { CliWords } from './cli-words.ts';
import type { ClinicianWords } from './clinician-words.ts';
import type { DoctorWords } from './doctor-words.ts';
import type { ExportWords } from './export-words.ts';
import type { FieldsWords } from './fields-words.ts';
import type {
  AdviceWords,
  CareWords,
  ExercisesWords,
  FindingsWords,
  MedicinesWords,
  QuestionsWords,
  RulesWords,
} from './knowledge-words.ts';
import type { ServerWords } from './server-words.ts';

/** The words of one result: what to do, how soon, whom to call, what to say, and meanwhile. */
export interface DispositionWords {
  title: string;
  /** How soon to act, in a few words. */
  when: string;
  /** Whom to contact. */
  whom: string;
  /** What to tell them when you get through. */
  tell: string[];
  /** What to do meanwhile. */
  meanwhile: string;
  /** Every result short of an emergency ends with this: the emergency signs by name, and what to do. */
  safetyNet?: string;
}

/**
 * Every sentence a person reads, for one language. Knowledge-keyed sections are records over the
 * knowledge's ids, so a missing or extra id fails the type-check.
 */
export interface Catalogue {
  dispositions: Record<Disposition, DispositionWords>;
  findings: FindingsWords;
  rules: RulesWords;
  advice: Record<AdviceId, AdviceWords>;
  topics: Record<Topic, string>;
  exercises: ExercisesWords;
  medicines: MedicinesWords;
  questions: QuestionsWords;
  care: CareWords;
  /** The progress prompts, keyed by prompt id; `see_doctor` speaks in its triage reasons' words instead. */
  prompts: Record<WordedPromptId, string>;
  export: ExportWords;
  cli: CliWords;
  server: ServerWords;
  app: AppWords;
  doctor: DoctorWords;
  /** Field checks: hints, failed checks and the templates of a bad field's message. */
  fields: FieldsWords;
  clinician: ClinicianWords;
}

export type SectionOf<K extends keyof Catalogue> = Catalogue[K];
