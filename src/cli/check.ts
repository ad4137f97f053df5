import { createInterface } from 'node:readline';
import { trends } from '../core/case.ts';
import { localDate } from '../core/clock.ts';
import { addDays, daysBetween, isCalendarDate, localClock } from '../core/dates.ts';
import type { AnswerValue } from '../core/episode.ts';
import {
  answerQuestion,
  emptyDraft,
  type FlowAnswers,
  type FlowStep,
  type GivenAnswer,
  groupItems,
  nextStep,
  nextTailorStep,
  undoAnswer,
} from '../core/flow.ts';
import type { FindingCode } from '../core/knowledge/findings.ts';
import { type GroupQuestion, type Question, questionText } from '../core/knowledge/questions.ts';
import { caseLimits, withinLimits } from '../core/limits.ts';
import { type Plan, plan } from '../core/plan.ts';
import { ruleMessage, triage } from '../core/triage.ts';
import { type CliIo, line, UsageError } from './io.ts';
import { emergencyNumbersLine, renderPlan, renderTriage } from './render.ts';
import { words as catalogue, cliWords, typed, typedDaysAgo } from './words.ts';

/** The check's own words, in the command's language. */
const said = () => catalogue().cli.check;

type Parsed<T> = { value: T } | { problem: string };

function parseYesNo(text: string): Parsed<AnswerValue> {
  const value: AnswerValue | undefined = typed(text, 'yes')
    ? 'yes'
    : typed(text, 'no')
      ? 'no'
      : typed(text, 'unsure')
        ? 'unsure'
        : undefined;
  return value ? { value } : { problem: said().answerYesNo };
}

function parseAge(text: string): Parsed<number> {
  const n = Number(text);
  if (text === '' || !withinLimits(n, caseLimits.age)) {
    return { problem: said().age };
  }
  return { value: n };
}

function parseOnset(text: string, today: string): Parsed<string> {
  const days = typedDaysAgo(text);
  let date: string | undefined;
  if (typed(text, 'today')) date = today;
  else if (typed(text, 'yesterday')) date = addDays(today, -1);
  else if (days !== undefined) date = addDays(today, -days);
  else if (isCalendarDate(text)) date = text;
  if (!date) return { problem: said().onset };
  if (daysBetween(date, today) < 0) return { problem: said().onsetAfterToday(date, today) };
  return { value: date };
}

function parseTrend(text: string): Parsed<FlowAnswers['trend']> {
  const value = [...trends, 'unsure' as const].find((t) => typed(text, t));
  return value ? { value } : { problem: said().trend };
}

/** "1 3 ?5" or "none": the numbers chosen, a "?" before any the person is not sure about. */
function parseChoices(
  text: string,
  items: readonly { finding: FindingCode }[],
  allowUnsure: boolean,
  optional: boolean,
): Parsed<Partial<Record<FindingCode, 'yes' | 'unsure'>>> {
  const how = said().howToChoose(items.length, allowUnsure);
  if (typed(text, 'none') || (optional && text === '')) return { value: {} };
  const chosen: Partial<Record<FindingCode, 'yes' | 'unsure'>> = {};
  const given = text.split(/[\s,]+/).filter((w) => w !== '');
  if (given.length === 0) return { problem: said().chooseAgain(how) };
  for (const word of given) {
    const m = /^(\?)?(\d+)$/.exec(word);
    const item = m ? items[Number(m[2]) - 1] : undefined;
    if (!m || !item || (m[1] && !allowUnsure)) return { problem: said().notAChoice(word, how) };
    chosen[item.finding] = m[1] ? 'unsure' : 'yes';
  }
  return { value: chosen };
}

/** What a question accepts, printed on the line the answer is typed on. */
function promptFor(q: Question, items: number): string {
  const { prompts } = said();
  switch (q.kind) {
    case 'finding':
    case 'recheck':
      return prompts.yesNo;
    case 'group':
      return q.stage === 'tailor'
        ? prompts.tailor(items)
        : q.allowUnsure
          ? prompts.signs(items)
          : prompts.list(items);
    case 'age':
      return prompts.age;
    case 'date':
      return prompts.date;
    case 'trend':
      return prompts.trend;
    case 'pain':
      return prompts.pain;
  }
}

function parsePain(text: string): Parsed<number | 'unsure'> {
  if (typed(text, 'unsure')) return { value: 'unsure' };
  const n = Number(text);
  if (text === '' || !withinLimits(n, caseLimits.painNow)) return { problem: said().pain };
  return { value: n };
}

/**
 * "(3/15)" while the number of questions holds; once a "not sure" adds a recheck or the start date adds or
 * drops a question, no total at all, so the count a person sees never moves backwards.
 */
function counter(): (step: { position: number; total: number }) => string {
  let first: number | undefined;
  let moved = false;
  return ({ position, total }) => {
    first ??= total;
    if (total !== first) moved = true;
    if (!moved) return said().count(position, total);
    return position >= total ? said().countLast(position) : said().countMore(position);
  };
}

function parseAnswer(q: Question, text: string, answers: FlowAnswers, today: string): Parsed<GivenAnswer> {
  const as = <T>(r: Parsed<T>, wrap: (v: T) => GivenAnswer): Parsed<GivenAnswer> =>
    'value' in r ? { value: wrap(r.value) } : r;
  switch (q.kind) {
    case 'finding':
    case 'recheck':
      return as(parseYesNo(text), (value) => ({ kind: q.kind, value }));
    case 'group':
      return as(
        parseChoices(text, shownItems(q, answers, today), q.allowUnsure, q.stage === 'tailor'),
        (chosen) => ({
          kind: 'group',
          chosen,
        }),
      );
    case 'age':
      return as(parseAge(text), (value) => ({ kind: 'age', value }));
    case 'date':
      return as(parseOnset(text, today), (value) => ({ kind: 'date', value }));
    case 'trend':
      return as(parseTrend(text), (value) => ({ kind: 'trend', value: value ?? 'unsure' }));
    case 'pain':
      return as(parsePain(text), (value) => ({ kind: 'pain', value }));
  }
}

function shownItems(q: GroupQuestion, answers: FlowAnswers, today: string) {
  return groupItems(q, answers, today);
}

/**
 * `unknot check`: the question flow in the terminal, then the result, then an optional "tailor my plan" step
 * and today's plan. Works the same with a person at the keyboard or answers piped in, one per line.
 */
export async function check(io: CliIo, today: string = localDate(io.now())): Promise<number> {
  const rl = createInterface({ input: io.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  let draft = emptyDraft();
  const out = io.stdout;
  let stage = '';

  /** Asks until the flow gives something other than a question; undefined when optional input ran out. */
  const ask = async (next: () => FlowStep, optional: boolean): Promise<FlowStep | undefined> => {
    const count = counter();
    for (;;) {
      const step = next();
      if (step.kind !== 'question') return step;
      const q = step.question;
      if (q.stage !== stage) {
        stage = q.stage;
        line(out, `\n-- ${catalogue().questions.stages[q.stage]} --`);
      }
      const asked = questionText(q, catalogue());
      if (q.kind === 'recheck') {
        line(out, said().recheck);
        line(out, `  ${asked.howToCheck}`);
        line(out, said().recheckThen);
      }
      // The question, then its hint under it, then any numbered list, then what to type.
      line(out, `${count(step)} ${asked.text}`);
      if (asked.hint) line(out, asked.hint);
      const items = q.kind === 'group' ? shownItems(q, draft.answers, today) : [];
      items.forEach((item, i) => {
        line(out, `  ${i + 1}. ${catalogue().findings[item.finding].choice}`);
      });
      out.write(`${promptFor(q, items.length)} `);
      const got = await lines.next();
      if (got.done) {
        if (optional) return undefined;
        throw new UsageError(said().endedEarly(q.id));
      }
      const text = String(got.value).trim().toLowerCase();
      if (!(io.stdin as NodeJS.ReadStream).isTTY) line(out, text);
      if (typed(text, 'back')) {
        draft = undoAnswer(draft);
        continue;
      }
      const parsed = parseAnswer(q, text, draft.answers, today);
      if ('problem' in parsed) {
        line(out, parsed.problem);
        continue;
      }
      draft = answerQuestion(draft, q, parsed.value, today);
    }
  };

  line(out, said().intro);
  line(out, said().howToAnswer);
  try {
    const step = await ask(() => nextStep(draft.answers, today), false);
    if (step?.kind === 'emergency') {
      const info = catalogue().dispositions.emergency;
      line(out);
      line(out, cliWords().render.headline.emergency);
      line(out, info.whom);
      line(out, emergencyNumbersLine());
      for (const r of step.triage.reasons) line(out, `  - ${ruleMessage(r, catalogue())}`);
      line(out, said().tellThem);
      for (const t of info.tell) line(out, `  - ${t}`);
      line(out, info.meanwhile);
      return 0;
    }
    if (step?.kind !== 'done') return 0;
    const first = triage(step.case, catalogue());
    line(out);
    line(out, renderTriage(first));

    // Optional: how it started and what it feels like. Ending the input here skips it.
    const tailored = (await ask(() => nextTailorStep(draft.answers, today), true)) ?? step;
    const finalCase = tailored.kind === 'done' ? tailored.case : step.case;
    const p = plan(finalCase, catalogue());
    line(out);
    if (p.triage.disposition !== first.disposition) {
      line(out, said().adviceChanged);
      line(out, renderTriage(p.triage));
      line(out);
    }
    const { plan: shown, passed } = withoutPassedSessions(p, today, io.now());
    if (passed > 0) line(out, said().sessionsPassed(passed));
    line(out, renderPlan(shown, { withTriage: false }));
    return 0;
  } finally {
    rl.close();
  }
}

/**
 * The plan without today's sessions whose start has passed on the clock, so none is listed as still to do.
 * Only when the check is about today: with --today set to another day, no time of that day has passed.
 */
function withoutPassedSessions(p: Plan, today: string, now: Date): { plan: Plan; passed: number } {
  if (localDate(now) !== today) return { plan: p, passed: 0 };
  const cutoff = `${today}T${localClock(now)}`;
  const sessions = p.sessions.filter((s) => !(s.start.startsWith(today) && s.start < cutoff));
  return { plan: { ...p, sessions }, passed: p.sessions.length - sessions.length };
}
