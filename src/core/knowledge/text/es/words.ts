/**
 * The catalogue under the names the edges use. `#words` (package.json "imports") names this file for the
 * language an edge was built for; no module outside the catalogues names a language.
 */
export { esApp as appWords } from './app.ts';
export { esAppShell as appShellWords } from './app-shell.ts';
export { esClinician as clinicianWords } from './clinician.ts';
export { esDoctor as doctorWords } from './doctor.ts';
export { esExport as exportWords } from './export.ts';
export { esFields as fieldsWords } from './fields.ts';
export { esFindings as findingsWords } from './findings.ts';
export { es as catalogue } from './index.ts';
export { esMedicines as medicinesWords } from './medicines.ts';
export { esServer as serverWords } from './server.ts';
export { language } from './shell-words.ts';
