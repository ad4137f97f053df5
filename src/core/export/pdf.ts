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
import { expectedOn, type Summary, type SummaryAnswer } from './summary.ts';

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

/** A column that writes downwards from its top and knows how much room is left. */
class Column {
  constructor(
    private readonly page: PDFPage,
    private readonly fonts: Fonts,
    readonly x: number,
    readonly width: number,
    public y: number,
  ) {}

  text(text: string, o: { size?: number; bold?: boolean; color?: typeof BLACK; indent?: number } = {}): void {
    const size = o.size ?? 8;
    const font = o.bold ? this.fonts.bold : this.fonts.regular;
    const indent = o.indent ?? 0;
    for (const l of wrap(clean(text, this.fonts), font, size, this.width - indent)) {
      this.y -= size * 1.25;
      this.page.drawText(l, { x: this.x + indent, y: this.y, size, font, color: o.color ?? BLACK });
    }
  }

  heading(text: string): void {
    this.y -= 5;
    this.text(text, { size: 9, bold: true });
    this.y -= 1.5;
    this.page.drawLine({
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
  const height = 118;
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

function drawQuestions(page: PDFPage, fonts: Fonts, s: Summary, w: ExportWords, col: Column): void {
  col.heading(w.summary.questions);
  col.text(w.summary.questionsNote, { size: 6.5, color: GREY });
  const size = 6.8;
  const answerWidth = 34;
  for (const stage of s.stages) {
    col.y -= 2.5;
    col.text(stage.title, { size: 7.2, bold: true });
    for (const q of stage.questions) {
      const strong = q.answer === 'yes' || q.answer === 'unsure';
      const label = wrap(clean(q.label, fonts), fonts.regular, size, col.width - answerWidth - 4);
      col.y -= size * 1.2;
      const answer = answerText(q.answer, w);
      const font = strong ? fonts.bold : fonts.regular;
      page.drawText(answer, {
        x: col.x + col.width - answerWidth,
        y: col.y,
        size,
        font,
        color: strong ? BLACK : GREY,
      });
      page.drawText(label[0] ?? '', {
        x: col.x + 4,
        y: col.y,
        size,
        font: strong ? fonts.bold : fonts.regular,
      });
      for (const more of label.slice(1)) {
        col.y -= size * 1.2;
        page.drawText(more, { x: col.x + 10, y: col.y, size, font: strong ? fonts.bold : fonts.regular });
      }
    }
  }
}

function drawFunction(page: PDFPage, fonts: Fonts, s: Summary, w: ExportWords, col: Column): void {
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
    page.drawText(d.slice(5), {
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
    page.drawText(name[0] ?? '', { x: col.x, y: col.y, size, font: fonts.regular });
    shown.forEach((d, i) => {
      const p = a.points.find((x) => x.date === d);
      page.drawText(p ? String(p.score) : '-', {
        x: col.x + nameWidth + i * cell + 6,
        y: col.y,
        size,
        font: fonts.bold,
      });
    });
    for (const more of name.slice(1)) {
      col.y -= size * 1.2;
      page.drawText(more, { x: col.x + 6, y: col.y, size, font: fonts.regular });
    }
  }
  col.text(w.summary.functionHint, { size: 6.5, color: GREY });
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

  const full = new Column(page, fonts, MARGIN, pw - 2 * MARGIN, ph - MARGIN + 4);
  full.text(w.summary.title, { size: 14, bold: true });
  full.text(w.summary.madeOn(s.madeOn), { size: 7, color: GREY });
  full.y -= 2;
  const facts = [w.summary.episode(s.onset, s.day, s.asOf), w.summary.age(s.age)];
  if (s.closedOn) facts.push(w.summary.closed(s.closedOn));
  full.text(facts.join(' '), { size: 9, bold: true });
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

  left.heading(w.summary.chart);
  left.y = drawChart(page, fonts, s, w, left.x, left.y - 2, left.width) - 4;
  legend(page, fonts, w, left.x + 18, left.y - 6);
  left.y -= 14;
  const latest = s.progress.latest;
  if (latest) {
    const exp = expectedOn(s, latest.day);
    left.text(w.summary.chartLatest(latest.pain, latest.day, exp.toFixed(1)), { size: 7.5 });
  }

  left.heading(w.summary.course);
  const said = new Set<string>();
  for (const st of s.course) {
    const when = st.trend
      ? w.summary.courseCheckIn(st.date, st.day, w.trend[st.trend])
      : w.summary.courseAt(st.date, st.day);
    left.text(`${when} ${w.disposition[st.disposition]}`, {
      size: 7.5,
      bold: st.disposition !== 'self_care',
    });
    // A reason is printed the first time it applies; later steps that repeat it add nothing to read.
    for (const r of st.reasons.filter((x) => !said.has(x)).slice(0, 3))
      left.text(r, { size: 6.5, indent: 8, color: GREY });
    for (const r of st.reasons) said.add(r);
  }

  left.heading(w.summary.treatments);
  if (s.treatments.length === 0) left.text(w.summary.noTreatments, { color: GREY });
  for (const t of s.treatments.filter((t) => t.treatment !== 'medicine')) {
    left.text(w.summary.treatmentLine(w.treatment[t.treatment], t.times, t.days, t.minutes), { size: 7.5 });
  }
  left.heading(w.summary.medicines);
  left.text(s.medicineDates.length ? w.summary.medicineLine(s.medicineDates) : w.summary.noMedicines, {
    size: 7.5,
    color: s.medicineDates.length ? BLACK : GREY,
  });

  drawFunction(page, fonts, s, w, left);
  drawQuestions(page, fonts, s, w, right);

  const footerSize = 6.8;
  const footer = new Column(page, fonts, MARGIN, pw - 2 * MARGIN, 0);
  const footerLines =
    footer.lines(w.summary.emergency(s.emergencyNumber), footerSize, 0, true) +
    footer.lines(w.summary.about, footerSize);
  const footerTop = MARGIN + footerLines * footerSize * 1.25 + 6;
  const notesBottom = footerTop + 4;

  const notes = new Column(page, fonts, MARGIN, pw - 2 * MARGIN, Math.min(left.y, right.y) - 2);
  notes.heading(w.summary.notes);
  const size = 7.3;
  const lineH = size * 1.25;
  const indent = 44;
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
    page.drawText(n.date, { x: notes.x, y: y - lineH, size, font: bold });
    notes.text(n.text, { size, indent });
  }

  footer.y = footerTop;
  page.drawLine({
    start: { x: MARGIN, y: footerTop - 1 },
    end: { x: pw - MARGIN, y: footerTop - 1 },
    thickness: 0.5,
    color: GREY,
  });
  footer.text(w.summary.emergency(s.emergencyNumber), { size: footerSize, bold: true });
  footer.text(w.summary.about, { size: footerSize });
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
