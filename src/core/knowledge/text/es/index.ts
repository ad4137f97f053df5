import type { Catalogue } from '../catalogue.ts';
import { esAdvice, esTopics } from './advice.ts';
import { esApp } from './app.ts';
import { esCare } from './care.ts';
import { esCli } from './cli.ts';
import { esClinician } from './clinician.ts';
import { esDispositions } from './dispositions.ts';
import { esDoctor } from './doctor.ts';
import { esExercises } from './exercises.ts';
import { esExport } from './export.ts';
import { esFields } from './fields.ts';
import { esFindings } from './findings.ts';
import { esMedicines } from './medicines.ts';
import { esPrompts } from './prompts.ts';
import { esQuestions } from './questions.ts';
import { esRules } from './rules.ts';
import { esServer } from './server.ts';

/** Every Spanish sentence (neutral Latin American, usted) a person reads, assembled from one file per section. */
export const es: Catalogue = {
  dispositions: esDispositions,
  findings: esFindings,
  rules: esRules,
  advice: esAdvice,
  topics: esTopics,
  exercises: esExercises,
  medicines: esMedicines,
  questions: esQuestions,
  care: esCare,
  prompts: esPrompts,
  export: esExport,
  cli: esCli,
  server: esServer,
  app: esApp,
  doctor: esDoctor,
  fields: esFields,
  clinician: esClinician,
};
