import type { Catalogue } from '../catalogue.ts';
import { enApp } from './app.ts';
import { enCli } from './cli.ts';
import { enDispositions } from './dispositions.ts';
import { enDoctor } from './doctor.ts';
import { enExport } from './export.ts';
import { enServer } from './server.ts';

/** Every English sentence a person reads, assembled from one file per section. */
export const en: Catalogue = {
  dispositions: enDispositions,
  export: enExport,
  cli: enCli,
  server: enServer,
  app: enApp,
  doctor: enDoctor,
};
