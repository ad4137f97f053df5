import {
  PageSizes,
  PDFDocument,
  type PDFFont,
  type PDFPage,
  type PDFPageDrawLineOptions,
  rgb,
  StandardFonts,
} from 'pdf-lib';
import type { ExportWords } from '../knowledge/text/export-words.ts';
import {
  expectedOn,
  type Summary,
  type SummaryAnswer,
  type SummaryInWords,
  type SummaryRoom,
  stageInBrief,
  summaryInWords,
} from './summary.ts';

export type PageSize = 'a4' | 'letter';

export interface PdfOptions {
  page: PageSize;
  /** The moment the file is made, written into its metadata (the builder reads no clock). */
  now: string;
  words: ExportWords;
}

const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.35, 0.35, 0.35);
const LIGHT = rgb(0.82, 0.82, 0.82);
const SHADE = rgb(0.93, 0.93, 0.93);
const FOOTER_SIZE = 6.8;
const CHART_HEIGHT = 118;
/** Below the columns, at least the notes' heading and a line of them. */
const NOTES_ROOM = 36;

/** How much of the history and the medicines to show, most first: the first that fits is drawn. */
const roomFor: readonly SummaryRoom[] = [
  { changes: 5, detail: true, medicines: 6 },
  { changes: 5, detail: false, medicines: 6 },
  { changes: 3, detail: false, medicines: 6 },
  { changes: 3, detail: false, medicines: 3 },
  { changes: 2, detail: false, medicines: 2 },
];
const MARGIN = 34;
const GAP = 16;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  /** Characters the standard fonts can draw (WinAnsi); anything else becomes "?" rather than an error. */
  drawable: Set<number>;
}

function clean(text: string, fonts: Fonts): string {
  let out = '';
  for (const ch of text.replace(/\s+/g, ' ')) out += fonts.drawable.has(ch.codePointAt(0) ?? 0) ? ch : '?';
  return out;
}

/** Splits text into lines no wider than `width`, breaking at spaces (or inside a word too long to fit). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A column that writes downwards from its top and knows how much room is left. Without a page it only
 * measures: the same calls move `y` as drawing would, so a layout can be tried before it is drawn.
 */
class Column {
  constructor(
    readonly page: PDFPage | undefined,
    readonly fonts: Fonts,
    readonly x: number,
    readonly width: number,
    public y: number,
  ) {}

  /** The same column at the same place, measuring only. */
  dry(): Column {
    return new Column(undefined, this.fonts, this.x, this.width, this.y);
  }

  drawText(text: string, o: Parameters<PDFPage['drawText']>[1]): void {
    this.page?.drawText(text, o);
  }

  text(text: string, o: { size?: number; bold?: boolean; color?: typeof BLACK; indent?: number } = {}): void {
    const size = o.size ?? 8;
    const font = o.bold ? this.fonts.bold : this.fonts.regular;
    const indent = o.indent ?? 0;
    for (const l of wrap(clean(text, this.fonts), font, size, this.width - indent)) {
      this.y -= size * 1.25;
      this.drawText(l, { x: this.x + indent, y: this.y, size, font, color: o.color ?? BLACK });
    }
  }

  heading(text: string): void {
    this.y -= 5;
    this.text(text, { size: 9, bold: true });
    this.y -= 1.5;
    this.page?.drawLine({
      start: { x: this.x, y: this.y },
      end: { x: this.x + this.width, y: this.y },
      thickness: 0.5,
      color: GREY,
    });
    this.y -= 1;
  }

  /** How many lines of `text` at `size` this column would need. */
  lines(text: string, size: number, indent = 0, bold = false): number {
    return wrap(
      clean(text, this.fonts),
      bold ? this.fonts.bold : this.fonts.regular,
      size,
      this.width - indent,
    ).length;
  }
}

type Point = { day: number; pain: number };

/** Joins a series' points, in order, with straight lines in one style. */
function drawSeries(
  page: PDFPage,
  points: readonly Point[],
  at: (p: Point) => { x: number; y: number },
  style: Omit<PDFPageDrawLineOptions, 'start' | 'end'>,
): void {
  points.slice(1).forEach((b, i) => {
    const a = points[i] as Point;
    page.drawLine({ start: at(a), end: at(b), ...style });
  });
}

function drawChart(
  page: PDFPage,
  fonts: Fonts,
  s: Summary,
  w: ExportWords,
  x: number,
  top: number,
  width: number,
): number {
  const height = CHART_HEIGHT;
  const left = x + 18;
  const bottom = top - height + 14;
  const plotW = width - 22;
  const plotH = height - 20;
  const px = (day: number) => left + (day / s.chartDays) * plotW;
  const py = (pain: number) => bottom + (pain / 10) * plotH;
  for (const v of [0, 2, 4, 6, 8, 10]) {
    page.drawLine({
      start: { x: left, y: py(v) },
      end: { x: left + plotW, y: py(v) },
      thickness: v === 0 ? 0.8 : 0.4,
      color: v === 0 ? BLACK : LIGHT,
    });
    const label = String(v);
    page.drawText(label, {
      x: left - 4 - fonts.regular.widthOfTextAtSize(label, 6.5),
      y: py(v) - 2.2,
      size: 6.5,
      font: fonts.regular,
      color: GREY,
    });
  }
  const ticks = [
    ...new Set([0, 7, 14, 21, 28, 35, 42, 49, 56].filter((d) => d <= s.chartDays).concat(s.chartDays)),
  ];
  for (const d of ticks) {
    const label = d === 0 ? `${w.summary.chartDay} 0` : String(d);
    const tw = fonts.regular.widthOfTextAtSize(label, 6.5);
    if (d !== s.chartDays && s.chartDays - d < 4) continue;
    page.drawText(label, {
      x: Math.min(px(d) - tw / 2, left + plotW - tw),
      y: bottom - 9,
      size: 6.5,
      font: fonts.regular,
      color: GREY,
    });
    page.drawLine({
      start: { x: px(d), y: bottom },
      end: { x: px(d), y: bottom - 2 },
      thickness: 0.5,
      color: BLACK,
    });
  }
  const at = (p: Point) => ({ x: px(p.day), y: py(p.pain) });
  drawSeries(page, s.expected, at, { thickness: 1.2, color: GREY, dashArray: [3, 2] });
  drawSeries(page, s.pain, at, { thickness: 1.3, color: BLACK });
  for (const d of s.pain) {
    page.drawRectangle({ x: px(d.day) - 1.6, y: py(d.pain) - 1.6, width: 3.2, height: 3.2, color: BLACK });
  }
  if (s.pain.length === 0) {
    page.drawText(clean(w.summary.chartNone, fonts), { x: left + 8, y: py(5), size: 8, font: fonts.regular });
  }
  return top - height;
}

function legend(page: PDFPage, fonts: Fonts, w: ExportWords, x: number, y: number): void {
  page.drawLine({ start: { x, y: y + 2.5 }, end: { x: x + 16, y: y + 2.5 }, thickness: 1.3, color: BLACK });
  page.drawRectangle({ x: x + 6.4, y: y + 0.9, width: 3.2, height: 3.2, color: BLACK });
  page.drawText(clean(w.summary.chartYou, fonts), { x: x + 20, y, size: 6.5, font: fonts.regular });
  page.drawLine({
    start: { x, y: y - 6.5 },
    end: { x: x + 16, y: y - 6.5 },
    thickness: 1.2,
    color: GREY,
    dashArray: [3, 2],
  });
  page.drawText(clean(w.summary.chartExpected, fonts), {
    x: x + 20,
    y: y - 9,
    size: 6.5,
    font: fonts.regular,
  });
}

function answerText(a: SummaryAnswer, w: ExportWords): string {
  return w.answer[a];
}

function drawQuestions(fonts: Fonts, s: Summary, w: ExportWords, col: Column): void {
  col.heading(w.summary.questions);
  col.text(w.summary.questionsNote, { size: 6.5, color: GREY });
  const size = 6.8;
  const answerWidth = 34;
  for (const stage of s.stages) {
    const { asked, notAsked, allNotAsked } = stageInBrief(stage);
    col.y -= 2.5;
    col.text(stage.title, { size: 7.2, bold: true });
    for (const q of asked) {
      const strong = q.answer === 'yes' || q.answer === 'unsure';
      const text = q.checkIn ? `${q.label} ${w.summary.questionCheckIn(q.checkIn.day)}` : q.label;
      const font = strong ? fonts.bold : fonts.regular;
      // Wrapped in the font it is drawn in, ending 6 points before the answer: a line that filled the width
      // ran into the answer ("...de laNo" in Spanish, whose labels are longer).
      const label = wrap(clean(text, fonts), font, size, col.width - answerWidth - 10);
      col.y -= size * 1.2;
      const answer = answerText(q.answer, w);
      col.drawText(answer, {
        x: col.x + col.width - answerWidth,
        y: col.y,
        size,
        font,
        color: strong ? BLACK : GREY,
      });
      col.drawText(label[0] ?? '', { x: col.x + 4, y: col.y, size, font });
      for (const more of label.slice(1)) {
        col.y -= size * 1.2;
        col.drawText(more, { x: col.x + 10, y: col.y, size, font });
      }
    }
    // Questions the flow never put to the person are one grey line, not a column of "Not asked".
    if (notAsked.length)
      col.text(w.summary.notAsked(notAsked, allNotAsked), { size: 6.3, indent: 4, color: GREY });
  }
}

function drawFunction(fonts: Fonts, s: Summary, w: ExportWords, col: Column): void {
  col.heading(w.summary.function);
  if (s.activities.length === 0) {
    col.text(w.summary.noFunction, { color: GREY });
    return;
  }
  const dates = [...new Set(s.activities.flatMap((a) => a.points.map((p) => p.date)))].sort();
  const cell = 27;
  const room = Math.max(1, Math.floor((col.width * 0.62) / cell));
  // With more ratings than columns, keep the first (the baseline) and the most recent ones.
  const shown = dates.length <= room ? dates : [dates[0] as string, ...dates.slice(dates.length - room + 1)];
  const nameWidth = col.width - shown.length * cell;
  const size = 6.8;
  col.y -= size * 1.3;
  shown.forEach((d, i) => {
    // Each rating's date as a day and month in words ("2 Oct" / "2 oct"), not an ISO date.
    col.drawText(clean(w.summary.dateRun(d, d), col.fonts), {
      x: col.x + nameWidth + i * cell,
      y: col.y,
      size: 6.3,
      font: fonts.regular,
      color: GREY,
    });
  });
  for (const a of s.activities) {
    const name = wrap(clean(a.activity, fonts), fonts.regular, size, nameWidth - 4);
    col.y -= size * 1.3;
    col.drawText(name[0] ?? '', { x: col.x, y: col.y, size, font: fonts.regular });
    shown.forEach((d, i) => {
      const p = a.points.find((x) => x.date === d);
      col.drawText(p ? String(p.score) : '-', {
        x: col.x + nameWidth + i * cell + 6,
        y: col.y,
        size,
        font: fonts.bold,
      });
    });
    for (const more of name.slice(1)) {
      col.y -= size * 1.2;
      col.drawText(more, { x: col.x + 6, y: col.y, size, font: fonts.regular });
    }
  }
  col.text(w.summary.functionHint, { size: 6.5, color: GREY });
}

/**
 * The left column: the pain chart, the advice history, treatments, medicines and activities. Drawn when the
 * column has a page; measured only when it has none.
 */
function drawLeft(col: Column, s: Summary, w: ExportWords, said: SummaryInWords): void {
  col.heading(w.summary.chart);
  const chartBottom = col.y - 2 - CHART_HEIGHT;
  if (col.page) drawChart(col.page, col.fonts, s, w, col.x, col.y - 2, col.width);
  col.y = chartBottom - 4;
  if (col.page) legend(col.page, col.fonts, w, col.x + 18, col.y - 6);
  col.y -= 14;
  const latest = s.progress.latest;
  if (latest) {
    const exp = expectedOn(s, latest.day);
    col.text(w.summary.chartLatest(latest.pain, latest.day, exp), { size: 7.5 });
  }

  col.heading(w.summary.course);
  said.changes.forEach((c, i) => {
    col.text(`${c.when} ${c.advice}`, { size: 7.5, bold: c.strong });
    for (const r of c.reasons) col.text(r, { size: 6.5, indent: 8, color: GREY });
    if (c.kept) col.text(c.kept, { size: 6.5, indent: 8 });
    if (i === 0 && said.changesLeftOut) col.text(said.changesLeftOut, { size: 6.5, color: GREY });
  });

  col.heading(w.summary.treatments);
  const done = s.treatments.filter((t) => t.treatment !== 'medicine');
  if (done.length === 0) col.text(w.summary.noTreatments, { color: GREY });
  for (const t of done) {
    col.text(w.summary.treatmentLine(w.treatment[t.treatment], t.times, t.days, t.minutes), { size: 7.5 });
  }
  col.heading(w.summary.medicines);
  if (said.medicines.length === 0) col.text(w.summary.noMedicines, { size: 7.5, color: GREY });
  for (const line of said.medicines) col.text(line, { size: 7.5 });

  drawFunction(col.fonts, s, w, col);
}

/**
 * Today's advice as the page's headline, in a shaded box: the advice and its date, the main reason, and every
 * warning sign answered yes or not sure with when it was reported.
 */
function drawHeadline(page: PDFPage, fonts: Fonts, s: Summary, said: SummaryInWords, col: Column): void {
  const pad = 5;
  const inner = new Column(page, fonts, col.x + pad, col.width - 2 * pad, 0);
  const strong = s.advice.disposition !== 'self_care';
  const parts = [
    { text: said.headline, size: 11, bold: true },
    { text: said.why, size: 8, bold: false },
    ...(said.pain ? [{ text: said.pain, size: 8, bold: false }] : []),
    { text: said.signs, size: 8, bold: s.signs.length > 0 },
  ];
  const height =
    parts.reduce((h, p) => h + inner.lines(p.text, p.size, 0, p.bold) * p.size * 1.25, 0) + 2 * pad;
  page.drawRectangle({
    x: col.x,
    y: col.y - height,
    width: col.width,
    height,
    color: SHADE,
    borderColor: strong ? BLACK : GREY,
    borderWidth: strong ? 1.2 : 0.6,
  });
  inner.y = col.y - pad + 1;
  for (const p of parts) inner.text(p.text, { size: p.size, bold: p.bold });
  col.y -= height;
}

/** The one-page summary as PDF bytes. Pure: the same summary and options always give the same bytes. */
export async function summaryPdf(s: Summary, o: PdfOptions): Promise<Uint8Array> {
  const w = o.words;
  const doc = await PDFDocument.create({ updateMetadata: false });
  const made = new Date(o.now);
  doc.setTitle(w.summary.title);
  doc.setCreator('Unknot');
  doc.setProducer('Unknot (pdf-lib)');
  doc.setCreationDate(made);
  doc.setModificationDate(made);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const fonts: Fonts = { regular, bold, drawable: new Set(regular.getCharacterSet()) };
  const [pw, ph] = o.page === 'a4' ? PageSizes.A4 : PageSizes.Letter;
  const page = doc.addPage([pw, ph]);

  const said = summaryInWords(s, w);
  const full = new Column(page, fonts, MARGIN, pw - 2 * MARGIN, ph - MARGIN + 4);
  full.text(w.summary.title, { size: 14, bold: true });
  full.y -= 12;
  // Two pieces, so a blank name keeps its own line to write on beside the date of birth.
  const [name, born] = said.patient.map((t) => clean(t, fonts)) as [string, string];
  page.drawText(name, { x: full.x, y: full.y, size: 9, font: regular });
  page.drawText(born, {
    x: full.x + Math.max(regular.widthOfTextAtSize(name, 9) + 24, full.width * 0.55),
    y: full.y,
    size: 9,
    font: regular,
  });
  full.y -= 6;
  drawHeadline(page, fonts, s, said, full);
  full.y -= 3;
  full.text(w.summary.madeOn(s.madeOn), { size: 7, color: GREY });
  const facts = [w.summary.episode(s.onset, s.day, s.asOf), w.summary.age(s.age)];
  if (s.closedOn) facts.push(w.summary.closed(s.closedOn));
  full.text(facts.join(' '), { size: 8.5, bold: true });
  full.text(
    `${w.summary.started}: ${s.startedBy.length ? s.startedBy.join('; ') : w.summary.startedUnknown}`,
    {
      size: 8,
    },
  );

  const top = full.y - 4;
  const rightWidth = 200;
  const left = new Column(page, fonts, MARGIN, pw - 2 * MARGIN - rightWidth - GAP, top);
  const right = new Column(page, fonts, pw - MARGIN - rightWidth, rightWidth, top);

  // The left column's detail gives way, step by step, until the notes have room above the footer.
  const footerLines =
    full.lines(w.summary.emergency(s.emergencyNumber), FOOTER_SIZE, 0, true) +
    full.lines(w.summary.about, FOOTER_SIZE);
  const footerTop = MARGIN + footerLines * FOOTER_SIZE * 1.25 + 6;
  const shown =
    roomFor.find((room) => {
      const trial = left.dry();
      drawLeft(trial, s, w, summaryInWords(s, w, room));
      return trial.y >= footerTop + NOTES_ROOM;
    }) ?? (roomFor.at(-1) as SummaryRoom);
  drawLeft(left, s, w, summaryInWords(s, w, shown));
  drawQuestions(fonts, s, w, right);

  const footer = new Column(page, fonts, MARGIN, pw - 2 * MARGIN, 0);
  const notesBottom = footerTop + 4;

  const notes = new Column(page, fonts, MARGIN, pw - 2 * MARGIN, Math.min(left.y, right.y) - 2);
  notes.heading(w.summary.notes);
  const size = 7.3;
  const lineH = size * 1.25;
  // Each note under its date in words ("Wed, 25 Nov"), the text indented past the widest date shown.
  const dated = new Map(s.notes.map((n) => [n.date, clean(w.summary.noteDate(n.date), fonts)]));
  const indent = Math.max(44, ...[...dated.values()].map((d) => bold.widthOfTextAtSize(d, size) + 6));
  if (s.notes.length === 0) notes.text(w.summary.noNotes, { color: GREY });
  // Newest notes matter most to a clinician: fill the room from the end, then print them in date order.
  let room = notes.y - notesBottom;
  const fit: typeof s.notes = [];
  for (let i = s.notes.length - 1; i >= 0; i--) {
    const n = s.notes[i] as (typeof s.notes)[number];
    const need = notes.lines(n.text, size, indent) * lineH;
    const reserve = i > 0 ? lineH : 0;
    if (need + reserve > room) break;
    fit.unshift(n);
    room -= need;
  }
  const hidden = s.notes.length - fit.length;
  if (hidden > 0) notes.text(w.summary.earlierNotes(hidden), { size: 7, color: GREY });
  for (const n of fit) {
    const y = notes.y;
    page.drawText(dated.get(n.date) ?? n.date, { x: notes.x, y: y - lineH, size, font: bold });
    notes.text(n.text, { size, indent });
  }

  footer.y = footerTop;
  page.drawLine({
    start: { x: MARGIN, y: footerTop - 1 },
    end: { x: pw - MARGIN, y: footerTop - 1 },
    thickness: 0.5,
    color: GREY,
  });
  footer.text(w.summary.emergency(s.emergencyNumber), { size: FOOTER_SIZE, bold: true });
  footer.text(w.summary.about, { size: FOOTER_SIZE });
  const pageLabel = w.summary.pageOf;
  page.drawText(pageLabel, {
    x: pw - MARGIN - regular.widthOfTextAtSize(pageLabel, 6.5),
    y: MARGIN - 14,
    size: 6.5,
    font: regular,
    color: GREY,
  });
  return doc.save({ useObjectStreams: false });
}
