import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diaryCsv } from '../src/core/export/csv.ts';
import { episodeToExport, exportFile, exportFormats } from '../src/core/export/files.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { aDiary, anEpisode, NOW, TODAY } from './export-diary.ts';

const settings = { wakeTime: '07:00', sleepTime: '22:00', reminders: false, emergencyNumber: '112' };

describe('one export door for the app and the CLI', () => {
  const episode = anEpisode();
  const entries = aDiary(episode);
  const input = { episode, entries, settings, now: NOW, today: TODAY, words: en };

  it('names each file by the day and its kind, with the media type a phone knows', async () => {
    const made = await Promise.all(exportFormats.map((f) => exportFile(f, input)));
    assert.deepEqual(
      made.map((m) => (m.ok ? [m.value.name, m.value.type] : m.error)),
      [
        [`unknot-${TODAY}-summary.pdf`, 'application/pdf'],
        [`unknot-${TODAY}-fhir.json`, 'application/fhir+json'],
        [`unknot-${TODAY}-plan.ics`, 'text/calendar'],
        [`unknot-${TODAY}-diary.csv`, 'text/csv'],
      ],
    );
  });

  it('gives the PDF as bytes and the others as the builders write them, for this episode only', async () => {
    const other = {
      ...entries[5],
      id: '00000000-0000-4000-8000-ffffffffffff',
      episodeId: episode.id.replace(/1$/, '2'),
    };
    const pdf = await exportFile('pdf', input);
    assert.ok(pdf.ok && pdf.value.body instanceof Uint8Array);
    assert.equal(new TextDecoder().decode(pdf.value.body.slice(0, 5)), '%PDF-');
    const csv = await exportFile('csv', { ...input, entries: [...entries, other as never] });
    assert.ok(csv.ok);
    assert.equal(csv.value.body, diaryCsv(entries, en.export));
    const fhir = await exportFile('fhir', input);
    assert.ok(fhir.ok && typeof fhir.value.body === 'string');
    assert.equal(JSON.parse(fhir.value.body).resourceType, 'Bundle');
  });

  it('exports the newest open episode, else the newest one', () => {
    const a = { ...anEpisode(), id: 'a', createdAt: '2026-10-01T08:00:00Z' };
    const b = { ...a, id: 'b', createdAt: '2026-10-05T08:00:00Z', closedAt: '2026-10-09T08:00:00Z' };
    const c = { ...a, id: 'c', createdAt: '2026-10-09T08:00:00Z', deleted: true as const };
    assert.equal(episodeToExport([a, b, c])?.id, 'a');
    assert.equal(episodeToExport([b, c])?.id, 'b');
    assert.equal(episodeToExport([c]), undefined);
  });
});
