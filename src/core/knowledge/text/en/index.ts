import type { Catalogue } from '../catalogue.ts';
import { enAdvice, enTopics } from './advice.ts';
import { enApp } from './app.ts';
import { enCare } from './care.ts';
import { enCli } from './cli.ts';
import { enClinician } from './clinician.ts';
import { enDispositions } from './dispositions.ts';
import { enDoctor } from './doctor.ts';
import { enExercises } from './exercises.ts';
import { enExport } from './export.ts';
import { enFindings } from './findings.ts';
import { enMedicines } from './medicines.ts';
import { enPrompts } from './prompts.ts';
import { enQuestions } from './questions.ts';
import { enRules } from './rules.ts';
import { enServer } from './server.ts';

/** Every English sentence a person reads, assembled from one file per section. */
export const en: Catalogue = {
  dispositions: enDispositions,
  findings: enFindings,
  rules: enRules,
  advice: enAdvice,
  topics: enTopics,
  exercises: enExercises,
  medicines: enMedicines,
  questions: enQuestions,
  care: enCare,
  prompts: enPrompts,
  export: enExport,
  cli: enCli,
  server: enServer,
  app: enApp,
  doctor: enDoctor,
  clinician: enClinician,
};
