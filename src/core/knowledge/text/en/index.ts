import type { Catalogue } from '../catalogue.ts';
import { enApp } from './app.ts';
import { enCli } from './cli.ts';
import { enClinician } from './clinician.ts';
import { enDispositions } from './dispositions.ts';
import { enExport } from './export.ts';

/** Every English sentence a person reads, assembled from one file per section. */
export const en: Catalogue = {
  dispositions: enDispositions,
  export: enExport,
  cli: enCli,
  app: enApp,
  clinician: enClinician,
};
