import type {
  Bundle,
  CodeableConcept,
  Condition,
  Observation,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from 'fhir/r4';
import type { z } from 'zod';
import type { FieldError, Result } from '../case.ts';
import type { CalendarDate } from '../dates.ts';
import { datesOutsideWindow } from '../diary.ts';
import { type Entry, entrySchema } from '../entry.ts';
import { type AnswerValue, type Episode, episodeSchema } from '../episode.ts';
import { fieldErrors } from '../issues.ts';
import type { FieldsWords } from '../knowledge/text/fields-words.ts';
import { answerCoding, PAIN_SCORE, system, UNSURE_FINDING } from './fhir.ts';

export interface ImportedDiary {
  episode: Episode;
  entries: Entry[];
}

const codeIn = (cc: CodeableConcept | undefined, sys: string): string | undefined =>
  cc?.coding?.find((c) => c.system === sys)?.code;

function answerValue(item: QuestionnaireResponseItem): AnswerValue | undefined {
  const c = item.answer?.[0]?.valueCoding;
  if (!c) return undefined;
  for (const [value, coding] of Object.entries(answerCoding)) {
    if (coding.system === c.system && coding.code === c.code) return value as AnswerValue;
  }
  return undefined;
}

function episodeFrom(condition: Condition, qr: QuestionnaireResponse | undefined): Record<string, unknown> {
  const c: Record<string, unknown> = { asOf: qr?.authored?.slice(0, 10) };
  const answers: Record<string, AnswerValue> = {};
  const read = (item: QuestionnaireResponseItem): void => {
    for (const inner of item.item ?? []) read(inner);
    const a = item.answer?.[0];
    if (!a) return;
    const id = item.linkId;
    if (id === 'age') c.age = a.valueInteger;
    else if (id === 'onset') c.onset = a.valueDate;
    else if (id === 'painNow') c.painNow = a.valueInteger;
    else if (id === 'trend') c.trend = a.valueCoding?.code;
    else if (id === 'wakeTime') c.wakeTime = a.valueTime?.slice(0, 5);
    else if (id === 'sleepTime') c.sleepTime = a.valueTime?.slice(0, 5);
    else {
      const v = answerValue(item);
      if (v) answers[id] = v;
    }
  };
  for (const item of qr?.item ?? []) read(item);
  const findings = (condition.evidence ?? []).flatMap((ev) =>
    (ev.code ?? []).flatMap((cc) => codeIn(cc, system.finding) ?? []),
  );
  if (findings.length) c.findings = findings;
  // Older files carry the sign as one Coding; newer ones as a concept whose SNOMED CT coding comes first.
  const unsure = (condition.extension ?? []).flatMap((x) => {
    if (x.url !== UNSURE_FINDING) return [];
    const code = codeIn(x.valueCodeableConcept, system.finding) ?? x.valueCoding?.code;
    return code ? [code] : [];
  });
  if (unsure.length) c.unsure = unsure;
  const episode: Record<string, unknown> = {
    id: condition.identifier?.find((i) => i.system === system.episode)?.value ?? condition.id,
    onset: condition.onsetDateTime?.slice(0, 10),
    case: c,
    createdAt: condition.recordedDate,
    updatedAt: condition.meta?.lastUpdated ?? condition.recordedDate,
  };
  // Episodes from before raw answers were kept have none; an empty record would not round-trip.
  if (Object.keys(answers).length) episode.answers = answers;
  if (condition.abatementDateTime) episode.closedAt = condition.abatementDateTime;
  return episode;
}

function addObservation(entry: Record<string, unknown>, o: Observation): void {
  const kind = codeIn(o.code, system.measure);
  if (o.code.coding?.some((c) => c.system === PAIN_SCORE.system && c.code === PAIN_SCORE.code)) {
    entry.pain = o.valueInteger;
  } else if (kind === 'psfs') {
    entry.functionScale = (o.component ?? []).map((c) => ({ activity: c.code.text, score: c.valueInteger }));
  } else if (kind === 'diary-entry') {
    for (const c of o.component ?? []) {
      const what = codeIn(c.code, system.measure);
      const push = (key: string, sys: string) => {
        const value = codeIn(c.valueCodeableConcept, sys);
        entry[key] = [...((entry[key] as string[] | undefined) ?? []), value];
      };
      if (what === 'spasms') entry.spasms = c.valueInteger;
      else if (what === 'trigger') push('triggers', system.trigger);
      else if (what === 'treatment') push('treatments', system.treatment);
      else if (what === 'medicine' && c.valueString !== undefined)
        entry.medicines = [...((entry.medicines as string[] | undefined) ?? []), c.valueString];
      else if (what === 'minutes') entry.minutes = c.valueQuantity?.value;
      else if (what === 'check-in') entry.checkIn = codeIn(c.valueCodeableConcept, system.trend);
    }
    const note = o.note?.[0]?.text;
    if (note !== undefined) entry.note = note;
  }
  const supersedes = o.extension?.find((x) => x.url === system.supersedes)?.valueString;
  if (supersedes) entry.supersedes = supersedes;
}

/** The core's field messages, each under the record it belongs to (`episode`, `entry <id>`). */
function problems(
  prefix: string,
  schema: z.ZodType,
  error: z.ZodError,
  input: unknown,
  words: FieldsWords,
): FieldError[] {
  return fieldErrors(schema, error, input, () => words.fhir.notARecord(prefix), words).map((e) => ({
    field: `${prefix}.${e.field}`,
    message: `${prefix}.${e.message}`,
  }));
}

/**
 * Reads a Bundle made by `fhirBundle` back into the episode and its live diary entries, validated by
 * the same schemas the app uses. Anything else in the Bundle is ignored.
 */
export function diaryFromFhir(
  input: unknown,
  words: FieldsWords,
  today: CalendarDate,
): Result<ImportedDiary> {
  const bundle = input as Bundle;
  if (!bundle || typeof bundle !== 'object' || bundle.resourceType !== 'Bundle') {
    return {
      ok: false,
      errors: [{ field: 'resourceType', message: words.fhir.notABundle }],
    };
  }
  const resources = (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
  const condition = resources.find(
    (r): r is Condition =>
      r.resourceType === 'Condition' && !!r.identifier?.some((i) => i.system === system.episode),
  );
  if (!condition) {
    return {
      ok: false,
      errors: [{ field: 'Condition', message: words.fhir.noEpisode }],
    };
  }
  const qr = resources.find((r): r is QuestionnaireResponse => r.resourceType === 'QuestionnaireResponse');
  const rawEpisode = episodeFrom(condition, qr);
  const ep = episodeSchema.safeParse(rawEpisode);
  if (!ep.success)
    return { ok: false, errors: problems('episode', episodeSchema, ep.error, rawEpisode, words) };

  const byEntry = new Map<string, Record<string, unknown>>();
  for (const r of resources) {
    if (r.resourceType !== 'Observation') continue;
    const id = r.identifier?.find((i) => i.system === system.entry)?.value;
    if (!id) continue;
    const entry = byEntry.get(id) ?? {
      id,
      episodeId: ep.data.id,
      recordedAt: r.issued,
      date: r.effectiveDateTime?.slice(0, 10),
    };
    addObservation(entry, r);
    byEntry.set(id, entry);
  }
  const entries: Entry[] = [];
  const errors: FieldError[] = [];
  for (const [id, raw] of byEntry) {
    const parsed = entrySchema.safeParse(raw);
    if (parsed.success) entries.push(parsed.data);
    else errors.push(...problems(`entry ${id}`, entrySchema, parsed.error, raw, words));
  }
  if (errors.length) return { ok: false, errors };
  // Dates inside the window for the device reading the file (core/dates.ts), each named by its record.
  const ids = entries.map((e) => e.id);
  const outside = datesOutsideWindow([ep.data], entries, today, words, {
    episode: () => 'episode',
    entry: (i: number) => `entry ${ids[i]}`,
  });
  if (outside.length) return { ok: false, errors: outside };
  return { ok: true, value: { episode: ep.data, entries } };
}
