import { createInterface } from 'node:readline';
import { trends } from '../core/case.ts';
import { addDays, daysBetween, isCalendarDate, localDate } from '../core/dates.ts';
import type { AnswerValue } from '../core/episode.ts';
import {
  answerQuestion,
  emptyDraft,
  type FlowAnswers,
  type FlowValue,
  nextStep,
  undoAnswer,
} from '../core/flow.ts';
import { dispositionInfo } from '../core/knowledge/dispositions.ts';
import { type Question, stageTitles } from '../core/knowledge/questions.ts';
import { plan } from '../core/plan.ts';
import { type CliIo, line, UsageError } from './io.ts';
import { renderPlan } from './render.ts';

const emergencyNumbers = 'Emergency numbers: 112 (Europe), 999 (UK), 911 (US and Canada).';

type Parsed<T> = { value: T } | { problem: string } | { back: true };

const yesNo: Record<string, AnswerValue> = {
  y: 'yes',
  yes: 'yes',
  n: 'no',
  no: 'no',
  '?': 'unsure',
  u: 'unsure',
  unsure: 'unsure',
  'not sure': 'unsure',
};

function parseYesNo(text: string): Parsed<AnswerValue> {
  const value = yesNo[text];
  return value ? { value } : { problem: 'Please answer y (yes), n (no) or ? (not sure).' };
}

function parseAge(text: string): Parsed<number> {
  const n = Number(text);
  if (text === '' || !Number.isInteger(n) || n < 0 || n > 120) {
    return { problem: 'Age: please type your age as a whole number from 0 to 120.' };
  }
  return { value: n };
}

function parseOnset(text: string, today: string): Parsed<string> {
  const days = /^(\d+)( days? ago)?$/.exec(text);
  let date: string | undefined;
  if (text === 'today') date = today;
  else if (text === 'yesterday') date = addDays(today, -1);
  else if (days) date = addDays(today, -Number(days[1]));
  else if (isCalendarDate(text)) date = text;
  if (!date) {
    return {
      problem: 'Start date: type a date as YYYY-MM-DD, "today", "yesterday" or a number of days ago.',
    };
  }
  if (daysBetween(date, today) < 0) return { problem: `Start date: ${date} is after today (${today}).` };
  return { value: date };
}

function parsePain(text: string): Parsed<number | 'unsure'> {
  if (text === '' || text === '?') return { value: 'unsure' };
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 10) {
    return { problem: 'Pain: type a whole number from 0 to 10, or press Enter to skip.' };
  }
  return { value: n };
}

function parseTrend(text: string): Parsed<NonNullable<FlowAnswers['trend']>> {
  const first: Record<string, NonNullable<FlowAnswers['trend']>> = {
    b: 'better',
    s: 'same',
    w: 'worse',
    '?': 'unsure',
  };
  if ((trends as readonly string[]).includes(text))
    return { value: text as NonNullable<FlowAnswers['trend']> };
  const value = first[text] ?? (text === 'not sure' || text === 'unsure' ? 'unsure' : undefined);
  return value ? { value } : { problem: 'Please answer better, same, worse or ? (not sure).' };
}

function promptFor(q: Question): string {
  const choices: Record<Question['kind'], string> = {
    finding: '[y/n/?]',
    age: '[years]',
    date: '[YYYY-MM-DD, today, yesterday or N days ago]',
    pain: '[0-10, Enter to skip]',
    trend: '[better/same/worse/?]',
  };
  return `${q.text} ${choices[q.kind]} `;
}

/** Reads one line as an answer to `q`: its value, what to fix, or a wish to go back. */
function parseAnswer(q: Question, text: string, today: string): Parsed<FlowValue> {
  if (q.kind === 'finding') return parseYesNo(text);
  if (q.kind === 'age') return parseAge(text);
  if (q.kind === 'date') return parseOnset(text, today);
  if (q.kind === 'pain') return parsePain(text);
  return parseTrend(text);
}

/**
 * `unknot check`: the question flow in the terminal, one question at a time, then the result and today's plan.
 * Works the same with a person at the keyboard or answers piped in, one per line.
 */
export async function check(io: CliIo, today: string = localDate(io.now())): Promise<number> {
  const rl = createInterface({ input: io.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  let draft = emptyDraft();
  const out = io.stdout;

  line(out, 'Unknot: a quick check of your back. This is not a substitute for a clinician.');
  line(out, 'Answer y (yes), n (no) or ? (not sure). Type "back" to change your last answer.');
  let stage = '';
  try {
    for (;;) {
      const step = nextStep(draft.answers, today);
      if (step.kind === 'emergency') {
        const info = dispositionInfo.emergency;
        line(out);
        line(out, `${info.title.toUpperCase()}`);
        line(out, info.whom);
        line(out, emergencyNumbers);
        for (const r of step.triage.reasons) line(out, `  - ${r.message}`);
        line(out, 'Tell them:');
        for (const t of info.tell) line(out, `  - ${t}`);
        line(out, info.meanwhile);
        return 0;
      }
      if (step.kind === 'done') {
        line(out);
        line(out, renderPlan(plan(step.case)));
        return 0;
      }
      const q = step.question;
      if (q.stage !== stage) {
        stage = q.stage;
        line(out, `\n-- ${stageTitles[q.stage]} --`);
      }
      out.write(`(${step.position}/${step.total}) ${promptFor(q)}`);
      const next = await lines.next();
      if (next.done)
        throw new UsageError(`check: the answers ended before question "${q.id}"; answer every question`);
      const text = String(next.value).trim().toLowerCase();
      if (text === 'back') {
        draft = undoAnswer(draft);
        line(out);
        continue;
      }
      const result = parseAnswer(q, text, today);
      if ('problem' in result) {
        line(out);
        line(out, result.problem);
        continue;
      }
      if ('value' in result) draft = answerQuestion(draft, q, result.value);
      if (!(io.stdin as NodeJS.ReadStream).isTTY) line(out, text);
    }
  } finally {
    rl.close();
  }
}

export { emergencyNumbers };
