/**
 * The catalogue under the names the edges use. `#words` (package.json "imports") names this file for the
 * language an edge was built for; no module outside the catalogues names a language.
 */
export { enApp as appWords } from './app.ts';
export { enAppShell as appShellWords } from './app-shell.ts';
export { enClinician as clinicianWords } from './clinician.ts';
export { enDoctor as doctorWords } from './doctor.ts';
export { enExport as exportWords } from './export.ts';
export { enFields as fieldsWords } from './fields.ts';
export { enFindings as findingsWords } from './findings.ts';
export { en as catalogue } from './index.ts';
export { enMedicines as medicinesWords } from './medicines.ts';
export { enServer as serverWords } from './server.ts';
export { language } from './shell-words.ts';
