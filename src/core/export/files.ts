import { DEFAULT_SLEEP, DEFAULT_WAKE } from '../case.ts';
import { asOf, latestEpisode } from '../clock.ts';
import type { CalendarDate } from '../dates.ts';
import { liveDiary } from '../diary.ts';
import type { Entry } from '../entry.ts';
import type { Episode } from '../episode.ts';
import { caseNow } from '../episode-view.ts';
import type { Catalogue } from '../knowledge/text/catalogue.ts';
import { carePlan, planInWords } from '../plan.ts';
import type { Settings } from '../settings.ts';
import type { PatientIdentity } from '../share.ts';
import { diaryCsv } from './csv.ts';
import { fhirBundle } from './fhir.ts';
import { planCalendar } from './ics.ts';
import type { PageSize } from './pdf.ts';
import { buildSummary, episodeEntries } from './summary.ts';

export const exportFormats = ['pdf', 'fhir', 'ics', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** What each format is as a file: its media type and the end of its name. */
export const formatFile: Record<ExportFormat, { type: string; suffix: string }> = {
  pdf: { type: 'application/pdf', suffix: 'summary.pdf' },
  fhir: { type: 'application/fhir+json', suffix: 'fhir.json' },
  ics: { type: 'text/calendar', suffix: 'plan.ics' },
  csv: { type: 'text/csv', suffix: 'diary.csv' },
};

export interface ExportInput {
  episode: Episode;
  /** Every entry held; each builder keeps the live ones of this episode. */
  entries: readonly Entry[];
  /**
   * The person's own settings, when the export is theirs (the app, the CLI); a clinician's export has none
   * of the patient's, so the plan keeps the case's waking day and no emergency number is named.
   */
  settings?: Settings;
  /** The moment of export (ISO instant) and the person's calendar day then. */
  now: string;
  today: CalendarDate;
  /** The person's IANA zone, when the file is made away from their device (the server, for a clinician). */
  timeZone?: string | null;
  page?: PageSize;
  /** The name and date of birth the patient chose to give (on their device, or with a share); absent when not. */
  patient?: PatientIdentity;
  /**
   * The patient's account id, when the server makes the file for a clinician: the FHIR Patient's identifier
   * (`urn:unknot:account`), the same for every episode. The app and the CLI have none.
   */
  account?: string;
  /** The catalogue of the person's language: the edges pass it, core never picks one. */
  words: Catalogue;
}

export interface ExportedFile {
  name: string;
  type: string;
  body: string | Uint8Array;
}

/** The waking day the check recorded, standing in for settings the exporter does not hold. */
function casesOwnDay(episode: Episode): Settings {
  return {
    wakeTime: episode.case.wakeTime ?? DEFAULT_WAKE,
    sleepTime: episode.case.sleepTime ?? DEFAULT_SLEEP,
    reminders: false,
    emergencyNumber: '',
  };
}

export type ExportResult = { ok: true; value: ExportedFile } | { ok: false; error: string };

/** The episode a person means: the newest live one still open, else the newest live one at all. */
export function episodeToExport(episodes: readonly Episode[]): Episode | undefined {
  return latestEpisode(liveDiary(episodes, []).episodes);
}

/**
 * One export of one episode, the same in the app and the CLI. The PDF builder (pdf-lib) is imported
 * only when a PDF is asked for, so the other formats never load it.
 */
export async function exportFile(format: ExportFormat, o: ExportInput): Promise<ExportResult> {
  const { episode, today, words } = o;
  // Every format reads the live diary of this one episode: nothing deleted, nothing outside its dates.
  const entries = liveDiary(
    [episode],
    o.entries.filter((e) => e.episodeId === episode.id),
  ).entries;
  const name = `unknot-${today}-${formatFile[format].suffix}`;
  const file = (body: string | Uint8Array): ExportResult => ({
    ok: true,
    value: { name, type: formatFile[format].type, body },
  });
  if (format === 'csv') return file(diaryCsv(entries, words.export));
  if (format === 'pdf') {
    const { summaryPdf } = await import('./pdf.ts');
    const summary = buildSummary({
      episode,
      entries,
      today,
      words,
      emergencyNumber: o.settings?.emergencyNumber,
      timeZone: o.timeZone,
      patient: o.patient,
    });
    return file(await summaryPdf(summary, { page: o.page ?? 'a4', now: o.now, words: words.export }));
  }
  const live = episodeEntries(entries, episode, asOf(episode, today));
  const care = carePlan(caseNow(episode, live, today, o.settings ?? casesOwnDay(episode)));
  if (format === 'fhir')
    return file(
      `${JSON.stringify(
        fhirBundle(episode, entries, {
          now: o.now,
          plan: care,
          words,
          emergencyNumber: o.settings?.emergencyNumber,
          patient: o.patient,
          account: o.account,
        }),
        null,
        2,
      )}\n`,
    );
  const made = planCalendar(planInWords(care, words), {
    now: o.now,
    words: words.export,
    episodeId: episode.id,
    wake: o.settings?.wakeTime ?? episode.case.wakeTime ?? DEFAULT_WAKE,
    emergencyNumber: o.settings?.emergencyNumber,
  });
  return made.ok ? file(made.value) : { ok: false, error: made.error };
}
