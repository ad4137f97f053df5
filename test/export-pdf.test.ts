import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Entry } from '../src/core/entry.ts';
import { summaryPdf } from '../src/core/export/pdf.ts';
import { buildSummary, type Summary } from '../src/core/export/summary.ts';
import { emergencySigns } from '../src/core/knowledge/findings.ts';
import { emergencySignWords } from '../src/core/knowledge/text/en/findings.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { emergencySignWords as esEmergencySignWords } from '../src/core/knowledge/text/es/findings.ts';
import { es } from '../src/core/knowledge/text/es/index.ts';
import {
  activities,
  aDiary,
  aGpDay10,
  anEpisode,
  GP_NOW,
  GP_TODAY,
  NOW,
  notes,
  TODAY,
  uuid,
} from './export-diary.ts';

const dir = mkdtempSync(join(tmpdir(), 'unknot-pdf-'));
let n = 0;

/**
 * Writes the PDF and reads it with poppler: page count, page size in points, and the text twice: `text`
 * in reading order (column by column) and `layout` as laid out (a question beside its answer).
 */
function inspect(bytes: Uint8Array): {
  pages: number;
  size: string;
  text: string;
  layout: string;
  lines: string[];
} {
  const file = join(dir, `s${n++}.pdf`);
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const read = (args: string[]) =>
    execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const lines = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    lines,
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)?.[1] ?? '',
    text: read([]),
    layout: read(['-layout']),
  };
}

interface Placed {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word poppler reads off the page, with its box (y from the top), and the page's size. */
function placed(bytes: Uint8Array): { width: number; height: number; words: Placed[] } {
  const file = join(dir, `b${n++}.pdf`);
  writeFileSync(file, bytes);
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const page = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html);
  const words = [
    ...html.matchAll(
      /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: (m[5] as string)
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&')
      .replaceAll('&apos;', "'")
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>'),
  }));
  return { width: Number(page?.[1]), height: Number(page?.[2]), words };
}

/**
 * With UNKNOT_UPDATE_DOCS=1 a test renders its PDF as the README's image (`pdftoppm -png -r 80`): looked at
 * as a GP would, with thirty seconds.
 */
function toDocs(bytes: Uint8Array, png: string): void {
  if (process.env.UNKNOT_UPDATE_DOCS !== '1') return;
  const file = join(dir, `docs-${n++}.pdf`);
  writeFileSync(file, bytes);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', file, png.replace(/\.png$/, '')]);
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
      const bytes = await summaryPdf(summary, { page, now: NOW, words: en.export });
      if (page === 'a4') toDocs(bytes, 'docs/export-summary.png');
      const pdf = inspect(bytes);
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
      /From day 2 \(Sat 3 Oct\), check-in, felt the same: See a doctor or physiotherapist within a week/,
    );
    assert.match(text, /Cold pack: 3 times on 3 days, 60 minutes in all/);
    // This diary ticked "Medicine" without naming one.
    assert.match(text, /A medicine, not named: 2 days \(4 Oct, 6 Oct\)/);
    assert.match(text, /It is not a diagnosis/);
    // No number in the settings here (a clinician's export): the words say "the emergency number".
    assert.match(text, /If any of these appears, call the emergency number now/);
    assert.match(text, /both legs; back pain after a serious injury/);
    assert.match(
      text,
      /Began Thu, 1 Oct 2026 \(day 0\); day 41 of this episode on Wed, 11 Nov 2026\. Age 41\./,
    );
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

describe("the PDF summary leads with today's advice", () => {
  const gp = aGpDay10();
  const named = buildSummary({
    ...gp,
    today: GP_TODAY,
    words: en,
    patient: { displayName: 'Alex Morgan', birthDate: '1974-05-17' },
  });
  const pdf = async (s = named, page: 'a4' | 'letter' = 'a4') =>
    inspect(await summaryPdf(s, { page, now: GP_NOW, words: en.export }));

  it("opens with the title, the patient, then today's advice with its date, and why", async () => {
    toDocs(
      await summaryPdf(named, { page: 'a4', now: GP_NOW, words: en.export }),
      'docs/screenshots/summary-pdf.png',
    );
    const { lines, pages } = await pdf();
    assert.equal(pages, 1);
    assert.equal(lines[0], 'Lower back pain: summary for a clinician');
    const head = lines.slice(0, 5).join(' ');
    assert.match(head, /Name: Alex Morgan/);
    assert.match(head, /Date of birth: 17 May 1974/);
    assert.match(head, /Advice on Sun, 6 Dec 2026 \(day 10\): See a doctor or physiotherapist within a week/);
    assert.match(lines.slice(0, 7).join(' '), /Why: You were not sure about: fever\./);
    // Every date a person reads is in words: nothing ISO on the page.
    assert.doesNotMatch(lines.join(' '), /\d{4}-\d{2}-\d{2}/);
  });

  it('names all eight emergency signs, and the number to call when known', async () => {
    assert.equal(emergencySigns.length, 8);
    const { text } = await pdf();
    for (const sign of emergencySignWords) assert.ok(text.includes(sign), sign);
    assert.match(text, /call the emergency number now/);
    const withNumber = buildSummary({ ...gp, today: GP_TODAY, words: en, emergencyNumber: '112' });
    assert.match((await pdf(withNumber)).text, /If any of these appears, call 112 now/);
  });

  it('says "see a doctor" once in the history, with the check-ins that kept it', async () => {
    const { text } = await pdf();
    const history = text.slice(text.indexOf('Advice given: changes only'));
    assert.equal(history.split('See a doctor or physiotherapist within a week').length - 1, 1);
    assert.match(history, /Unchanged at the check-ins on day 7 \(felt the same\) and day 9 \(felt worse\)\./);
  });

  it('shows when each sign was reported, and no blanket "answered on the first check"', async () => {
    const { text, layout } = await pdf();
    assert.match(
      text,
      /Warning signs reported: Constant night pain: not sure \(first check\); Fever: not sure \(check-in on day 7, Thu 3 Dec\)\./,
    );
    assert.match(layout, /Fever \(day 7\) +Not sure/);
    assert.doesNotMatch(text, /Answered on the first check/);
  });

  it('lists medicines by name with their days, and never a dose', async () => {
    const { text } = await pdf();
    assert.match(text, /Ibuprofen: 5 days \(27 – 30 Nov, 2 Dec\)/);
    assert.match(text, /Paracetamol: 2 days \(28 – 29 Nov\)/);
    assert.match(text, /A medicine, not named: 1 day \(4 Dec\)/);
    assert.doesNotMatch(text, /\d+\s*(mg|ml|milligram)s?\b/i);
  });

  it('folds the questions never asked into one line a stage', async () => {
    const { text } = await pdf();
    const notAsked = text.match(/Not asked/g) ?? [];
    assert.ok(notAsked.length >= 1 && notAsked.length <= named.stages.length, `${notAsked.length} lines`);
    assert.match(text, /Not asked: Long morning stiffness\./);
  });

  it('prints lines to write the name and date of birth on when the patient gave none', async () => {
    const blank = buildSummary({ ...gp, today: GP_TODAY, words: en });
    const { lines } = await pdf(blank);
    assert.ok(
      lines.slice(0, 4).some((l) => /^Name: _{8,}$/.test(l)),
      lines.slice(0, 4).join(' | '),
    );
    assert.ok(lines.slice(0, 4).some((l) => /^Date of birth: _{8,}$/.test(l)));
    assert.doesNotMatch(lines.join(' '), /Alex Morgan/);
  });

  it('keeps everything on its one page, above the footer, with a long name, many changes and many medicines', async () => {
    const step = named.course[1] as (typeof named.course)[number];
    const worst: Summary = {
      ...named,
      patient: {
        displayName: 'Maria-Theresa Alexandra Konstantinopoulou-Vanderbilt de la Cruz',
        birthDate: '1974-05-17',
      },
      // Advice that changes at every one of twelve check-ins, each with reasons.
      changes: Array.from({ length: 12 }, (_, i) => ({
        from: {
          ...step,
          day: i + 2,
          disposition: i % 2 ? 'self_care' : 'gp_soon',
          reasons: [`Reason ${i} ${'that goes on for a while '.repeat(4)}.`, `Second reason ${i}.`],
        },
        kept: [{ ...step, day: i + 3 }],
      })),
      medicines: Array.from({ length: 14 }, (_, i) => ({
        name: `Medicine number ${i} with a long name`,
        dates: ['2026-11-27', '2026-11-29'],
        runs: [
          { from: '2026-11-27', to: '2026-11-27' },
          { from: '2026-11-29', to: '2026-11-29' },
        ],
      })),
    };
    for (const page of ['a4', 'letter'] as const) {
      const bytes = await summaryPdf(worst, { page, now: GP_NOW, words: en.export });
      if (process.env.UNKNOT_PDF_DIR)
        writeFileSync(join(process.env.UNKNOT_PDF_DIR, `worst-${page}.pdf`), bytes);
      const { pages, text } = inspect(bytes);
      assert.equal(pages, 1);
      // What had no room is counted, never dropped silently.
      assert.match(text, /\d+ more changes of advice in between/);
      assert.match(text, /Also named: Medicine number \d+ with a long name/);
      assert.match(
        text,
        /From day 13 \(Sat 28 Nov\), check-in, felt the same: Self-care/,
        'the latest change',
      );
      const { width, height, words } = placed(bytes);
      for (const w of words) {
        assert.ok(
          w.xMin >= 0 && w.xMax <= width && w.yMin >= 0 && w.yMax <= height,
          `${w.text} is on the page`,
        );
      }
      // The footer starts at its "Emergency signs:"; below it there is the footer and nothing else.
      const at = words.findLastIndex((w, i) => w.text === 'Emergency' && words[i + 1]?.text === 'signs:');
      const top = (words[at] as Placed).yMin;
      const below = words
        .filter((w) => w.yMax > top)
        .map((w) => w.text)
        .join(' ');
      const footer = [
        en.export.summary.emergency(undefined),
        en.export.summary.about,
        en.export.summary.pageOf,
      ]
        .join(' ')
        .replace(/\s+/g, ' ');
      assert.equal(below, footer);
    }
  });
});

describe('the one-page PDF summary in Spanish', () => {
  const gp = aGpDay10();
  const summaryEs = buildSummary({ ...gp, today: GP_TODAY, words: es });

  for (const page of ['a4', 'letter'] as const)
    it(`stays on one ${page} page, opens with the advice in Spanish and names the eight signs in Spanish`, async () => {
      const bytes = await summaryPdf(summaryEs, { page, now: GP_NOW, words: es.export });
      if (page === 'a4') toDocs(bytes, 'docs/screenshots/summary-pdf-es.png');
      const pdf = inspect(bytes);
      assert.equal(pdf.pages, 1);
      assert.match(pdf.lines[0] ?? '', /^Dolor de espalda baja: resumen para el profesional de salud$/);
      assert.match(
        pdf.text,
        /Recomendación del dom, 6 dic 2026 \(día 10\): Consulte a un médico o fisioterapeuta en el plazo de una semana/,
      );
      for (const sign of esEmergencySignWords) assert.ok(pdf.text.includes(sign), sign);
      // Every date a person reads is in Spanish words, every decimal has a comma: nothing ISO, no "5.8".
      assert.doesNotMatch(pdf.text, /\d{4}-\d{2}-\d{2}/);
      assert.match(pdf.text, /evolución esperada para entonces es 5,8/);
      assert.doesNotMatch(pdf.text, /\d\.\d/);
    });

  it('keeps each question apart from its answer, however long the Spanish label', async () => {
    const pdf = inspect(await summaryPdf(summaryEs, { page: 'a4', now: GP_NOW, words: es.export }));
    // As laid out, an answer is never glued to the last word of its label ("...de laNo").
    assert.doesNotMatch(pdf.layout, /[a-záéíóúñ](No|Sí|No sabe)\b/);
    assert.match(pdf.layout, /Pérdida nueva de sensibilidad en los genitales o de No la función sexual/);
  });
});
