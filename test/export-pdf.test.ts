import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Entry } from '../src/core/entry.ts';
import { summaryPdf } from '../src/core/export/pdf.ts';
import { buildSummary } from '../src/core/export/summary.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { activities, aDiary, anEpisode, NOW, notes, TODAY, uuid } from './export-diary.ts';

const dir = mkdtempSync(join(tmpdir(), 'unknot-pdf-'));
let n = 0;

/**
 * Writes the PDF and reads it with poppler: page count, page size in points, and the text twice: `text`
 * in reading order (column by column) and `layout` as laid out (a question beside its answer).
 */
function inspect(bytes: Uint8Array): { pages: number; size: string; text: string; layout: string } {
  const file = join(dir, `s${n++}.pdf`);
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const read = (args: string[]) =>
    execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)?.[1] ?? '',
    text: read([]),
    layout: read(['-layout']),
  };
}

const episode = anEpisode();
const diary = aDiary(episode);
const summary = buildSummary({ episode, entries: diary, today: TODAY, words: en });

describe('the one-page PDF summary', () => {
  for (const [page, size] of [
    ['a4', '595.28 x 841.89'],
    ['letter', '612 x 792'],
  ] as const) {
    it(`fits a 42-day diary with three entries a day on one ${page} page`, async () => {
      const pdf = inspect(await summaryPdf(summary, { page, now: NOW, words: en.export }));
      assert.equal(pdf.pages, 1);
      assert.equal(pdf.size, size);
    });
  }

  it('fits a typical two-week episode on one page of either size', async () => {
    const twoWeeks = buildSummary({ episode, entries: diary, today: '2026-10-14', words: en });
    for (const page of ['a4', 'letter'] as const) {
      const pdf = inspect(await summaryPdf(twoWeeks, { page, now: NOW, words: en.export }));
      assert.equal(pdf.pages, 1);
      assert.ok(pdf.text.includes(notes[8] as string));
      assert.ok(!pdf.text.includes(notes[15] as string), 'a note after that day');
    }
  });

  it('shows the text the person entered: every note and every activity', async () => {
    const { text } = inspect(await summaryPdf(summary, { page: 'letter', now: NOW, words: en.export }));
    for (const note of Object.values(notes)) assert.ok(text.includes(note), note);
    for (const a of activities) assert.ok(text.includes(a), a);
  });

  it('shows each screening answer, the advice, treatments, medicines and what Unknot is not', async () => {
    const { text, layout } = inspect(await summaryPdf(summary, { page: 'a4', now: NOW, words: en.export }));
    assert.match(layout, /Constant night pain Not sure/);
    assert.match(layout, /Began while lifting Yes/);
    assert.match(layout, /New saddle numbness No/);
    assert.match(layout, /Osteoporosis No/);
    assert.match(
      text,
      /2026-10-03 \(day 2\), check-in, felt the same: See a doctor or physiotherapist within a week/,
    );
    assert.match(text, /Cold pack: 3 times on 3 days, 60 minutes in all/);
    assert.match(text, /Took a medicine on 2 days: 2026-10-04 and 2026-10-06/);
    assert.match(text, /It is not a diagnosis/);
    // No number in the settings here (a clinician's export): the words say "the emergency number".
    assert.match(text, /If any of these appears, call the emergency number now/);
    assert.match(text, /both legs; back pain after a serious injury/);
    assert.match(text, /Began 2026-10-01 \(day 0\); day 41 of this episode on 2026-11-11\. Age 41\./);
  });

  it('is the same file for the same summary and moment', async () => {
    const a = await summaryPdf(summary, { page: 'a4', now: NOW, words: en.export });
    const b = await summaryPdf(summary, { page: 'a4', now: NOW, words: en.export });
    assert.deepEqual(a, b);
  });

  it('stays on one page when notes overflow, keeping the newest and saying how many are left out', async () => {
    const chatty: Entry[] = diary.map((e, i) =>
      e.pain !== undefined && !e.deleted
        ? { ...e, note: `Note number ${i}: ${'a long day of sitting and walking, '.repeat(3)}` }
        : e,
    );
    const s = buildSummary({ episode, entries: chatty, today: TODAY, words: en });
    const pdf = inspect(await summaryPdf(s, { page: 'letter', now: NOW, words: en.export }));
    assert.equal(pdf.pages, 1);
    const last = s.notes[s.notes.length - 1]?.text.slice(0, 16) ?? '';
    assert.ok(pdf.text.includes(last));
    const left = /(\d+) earlier notes are in the full diary/.exec(pdf.text);
    assert.ok(left);
    assert.ok(Number(left[1]) > 0 && Number(left[1]) < s.notes.length);
  });

  it('draws characters the standard fonts lack as "?" instead of failing', async () => {
    const odd: Entry = {
      id: uuid(999),
      episodeId: episode.id,
      recordedAt: `${TODAY}T22:00:00.000+01:00`,
      date: TODAY,
      note: 'Felt 😊 better; café ok; 背中 sore',
      functionScale: [{ activity: 'Tying shoes 👟', score: 6 }],
    };
    const s = buildSummary({ episode, entries: [...diary, odd], today: TODAY, words: en });
    const { pages, text } = inspect(await summaryPdf(s, { page: 'a4', now: NOW, words: en.export }));
    assert.equal(pages, 1);
    assert.ok(
      text.includes('Felt ?? better; café ok; ?? sore') || text.includes('Felt ? better; café ok; ?? sore'),
    );
  });

  it('still makes a page for an episode with no diary yet', async () => {
    const s = buildSummary({ episode, entries: [], today: episode.case.asOf, words: en });
    const { pages, text } = inspect(await summaryPdf(s, { page: 'a4', now: NOW, words: en.export }));
    assert.equal(pages, 1);
    assert.match(text, /No pain ratings recorded\./);
    assert.match(text, /No notes\./);
  });
});
