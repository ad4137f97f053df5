import { type Case, caseDays, DEFAULT_SLEEP, DEFAULT_WAKE, findingSet } from './case.ts';
import { addDays, type CalendarDate, type ClockTime, formatClock, minutesOfDay } from './dates.ts';
import { type AdviceId, adviceById } from './knowledge/advice.ts';
import type { FindingCode } from './knowledge/findings.ts';
import { type KnownMedicine, medicines } from './knowledge/medicines.ts';
import { regime } from './knowledge/regime.ts';
import type { SourceId } from './knowledge/sources.ts';
import type { Catalogue } from './knowledge/text/catalogue.ts';
import { planHeld, type Seen } from './seen.ts';
import { type Assessment, assess, type Triage, triageInWords } from './triage.ts';

export interface WakingDay {
  wake: ClockTime;
  sleep: ClockTime;
}

export interface Session {
  kind: 'ice' | 'heat';
  /** Local date-time "YYYY-MM-DDTHH:MM", no zone: the person's own clock. */
  start: string;
  minutes: number;
}

/** A check-in as the engine gives it: the day; the question is the catalogue's `care.checkInAsk(day)`. */
export interface CheckInDay {
  /** Days since onset (onset day = 0). */
  day: number;
  date: CalendarDate;
}

export interface CheckIn extends CheckInDay {
  ask: string;
}

export interface PlanAdvice {
  id: AdviceId;
  title: string;
  text: string;
  /** The items the text lists, one per line, when it is a list (the safety net, the same-day signs). */
  list?: string[];
  sources: SourceId[];
}

/** `comfort_until_seen`: an urgent case; pain relief only until a clinician has seen the person. */
export type Activity = 'rest_allowed' | 'gentle_movement' | 'comfort_until_seen';

export interface PlanDay {
  date: CalendarDate;
  /** Days since onset. */
  day: number;
  treatment: 'ice' | 'heat' | 'none';
  activity: Activity;
}

/** The plan as the engine gives it: ids and numbers, no words. */
export interface CarePlan {
  triage: Assessment;
  sessions: Session[];
  checkIns: CheckInDay[];
  maxBedRestDays: number;
  advice: { id: AdviceId; sources: SourceId[] }[];
  days: PlanDay[];
}

/** The plan in words: the shape of `unknot plan --json` and POST /api/v1/plan. */
export interface Plan {
  triage: Triage;
  sessions: Session[];
  checkIns: CheckIn[];
  maxBedRestDays: number;
  advice: PlanAdvice[];
  days: PlanDay[];
}

/** The sections of a catalogue a plan's words come from. */
export type PlanWords = Pick<Catalogue, 'rules' | 'advice' | 'care'>;

export function wakingDayOf(c: Pick<Case, 'wakeTime' | 'sleepTime'>): WakingDay {
  return { wake: c.wakeTime ?? DEFAULT_WAKE, sleep: c.sleepTime ?? DEFAULT_SLEEP };
}

function scheduleOn(date: CalendarDate, kind: Session['kind'], day: WakingDay): Session[] {
  const wake = minutesOfDay(day.wake) ?? 0;
  const sleep = minutesOfDay(day.sleep) ?? 0;
  const every = kind === 'ice' ? regime.iceEveryMinutes : regime.heatEveryMinutes;
  const out: Session[] = [];
  for (let t = wake; t + regime.sessionMinutes <= sleep; t += every) {
    out.push({ kind, start: `${date}T${formatClock(t)}`, minutes: regime.sessionMinutes });
  }
  return out;
}

function checkInsFrom(c: Case, days: number): CheckInDay[] {
  const wanted: number[] = regime.checkInDays.filter((d) => d >= days);
  // Past the scheduled check-ins, keep asking weekly so there is always a next one.
  for (let d = Math.max(days, (wanted.at(-1) ?? days) + 7); wanted.length < 2; d += 7) wanted.push(d);
  return wanted.map((day) => ({ day, date: addDays(c.onset, day) }));
}

/** Which advice this case needs, in the order a person should read it. */
function adviceFor(c: Case, t: Assessment, days: number, planDays: PlanDay[], held: boolean): AdviceId[] {
  const f = findingSet(c);
  const has = (code: FindingCode) => f.has(code);
  if (t.disposition === 'emergency' && held) return ['emergency_now', 'doctor_warning_signs'];
  // Until a clinician has seen an urgent case: pain relief only, no exercise, stretching or "get moving".
  const comfortOnly = t.disposition === 'urgent' && held;
  const pregnant = has('pregnant');

  const ids: AdviceId[] = [];
  if (comfortOnly) ids.push('urgent_today', 'urgent_comfort');
  if (t.disposition === 'gp_soon') ids.push('gp_soon_book');
  ids.push('safety_net');
  if (pregnant) ids.push('pregnancy_maternity');

  if (planDays.some((d) => d.treatment === 'ice'))
    ids.push('treat_ice_first', 'treat_ice_wrap', pregnant ? 'treat_position_pregnancy' : 'treat_position');
  if (planDays.some((d) => d.treatment === 'heat')) ids.push('treat_heat_after');
  ids.push('treat_numb_skin');
  if (!comfortOnly) {
    ids.push('treat_rest_short', 'active_weakening');
    if (days >= regime.maxBedRestDays) ids.push('treat_gentle_stretch');
  }
  if (!comfortOnly) ids.push('treat_combine');

  ids.push(medicineAdviceFor(c));
  ids.push('med_ask_pharmacist', 'med_no_dose_here');
  if (c.age < ASPIRIN_MIN_AGE) ids.push('med_child_aspirin');
  if (has('medication_side_effect_suspected')) ids.push('med_side_effect');

  if (!comfortOnly) {
    if (has('lifting_trigger') || has('twisting_trigger')) ids.push('prevent_lifting');
    if (has('prolonged_posture_trigger')) ids.push('prevent_breaks', 'prevent_posture');
    if (has('dehydration_suspected')) ids.push('prevent_hydration');
    if (has('overuse_trigger')) ids.push('prevent_warm_up');
    if (has('recurrent_episode')) ids.push('cause_common_recurring', 'prevent_strength_balance');
    ids.push('comp_massage');
  }
  if (days < 2) ids.push('doctor_48h');
  if (days < 7) ids.push('doctor_one_week');
  ids.push('doctor_warning_signs');
  if (!comfortOnly) ids.push('treat_evidence_note');
  return ids;
}

/** Aspirin is not for children and young people under this age (Reye's syndrome). */
const ASPIRIN_MIN_AGE = 16;

/** From this age anti-inflammatory painkillers harm the stomach, kidneys and heart more often (NICE NG59). */
export const NSAID_CAUTION_AGE = 65;

/**
 * The advice on painkillers for this case: in pregnancy a professional's say first; at 65 or over or
 * after months of steroid tablets, the pharmacist first and no anti-inflammatory as the plain first
 * choice; a child's own; otherwise the usual. None of them offers aspirin as a painkiller (contract v3).
 */
function medicineAdviceFor(c: Pick<Case, 'age' | 'findings' | 'unsure'>): AdviceId {
  // A "not sure" is never a "no": an unsure pregnancy or steroid answer gets the cautious advice too.
  const f = new Set([...(c.findings ?? []), ...(c.unsure ?? [])]);
  if (f.has('pregnant')) return 'med_pregnancy';
  if (c.age >= NSAID_CAUTION_AGE || f.has('long_term_steroids')) return 'med_otc_caution';
  return c.age < ASPIRIN_MIN_AGE ? 'med_otc_child' : 'med_otc';
}

/**
 * The medicines to ask a pharmacist about for this case: none in pregnancy (every painkiller needs a
 * professional's say first), and never aspirin (not a painkiller for back pain, contract v3). The
 * medicine's own words carry the caution to tell the pharmacist about age, steroids and the rest first.
 */
export function pharmacyMedicines(c: Pick<Case, 'age' | 'findings'>): KnownMedicine[] {
  if (c.findings?.includes('pregnant')) return [];
  return medicines.filter((m) => m.access === 'pharmacy');
}

/** The cold or heat sessions planned on one calendar day, in order. */
export function sessionsOn(sessions: readonly Session[], date: CalendarDate): Session[] {
  return sessions.filter((s) => s.start.startsWith(`${date}T`));
}

/**
 * The session to offer at a local moment ("YYYY-MM-DDTHH:MM"), with `done` of that day's sessions already
 * done: the first left that starts at or after the moment; else, while the person is still up, the first left
 * (a late one still helps); else the first of a later day (at 23:05, tomorrow's first), if the plan has one.
 */
export function nextSession(
  sessions: readonly Session[],
  at: string,
  done: number,
  day: WakingDay = { wake: DEFAULT_WAKE, sleep: DEFAULT_SLEEP },
): Session | undefined {
  const date = at.slice(0, 10);
  const left = sessionsOn(sessions, date).slice(done);
  const coming = left.find((s) => s.start >= at);
  if (coming) return coming;
  // A waking day that ends before midnight is over once its sleep time has come; one past midnight is not.
  const asleep = day.wake < day.sleep && at.slice(11, 16) >= day.sleep;
  if (left[0] && !asleep) return left[0];
  return sessions.find((s) => s.start.slice(0, 10) > date);
}

/** The session planned to start at exactly this local minute, if any: what a reminder announces. */
export function sessionStartingAt(sessions: readonly Session[], at: string): Session | undefined {
  return sessions.find((s) => s.start === at.slice(0, 16));
}

/** What the person has told the app beyond the case: that a clinician has seen them (core/seen.ts). */
export interface PlanOptions {
  seen?: Pick<Seen, 'reasons'>;
}

/**
 * Case -> a dated plan starting on asOf: cold then heat sessions inside the waking day, check-ins, advice,
 * as ids and numbers. Pure: the waking day comes from the case (or the argument), dates are plain dates.
 * An urgent or emergency plan is pain relief only until a clinician has seen the person for its reasons.
 */
export function carePlan(
  c: Case,
  wakingDay: WakingDay = wakingDayOf(c),
  options: PlanOptions = {},
): CarePlan {
  const t = assess(c);
  const days = caseDays(c);
  const held = planHeld(t, options.seen);
  const emergency = t.disposition === 'emergency' && held;

  const planDays: PlanDay[] = [];
  const sessions: Session[] = [];
  for (let i = 0; i < regime.planDays; i++) {
    const day = days + i;
    const date = addDays(c.asOf, i);
    const kind: Session['kind'] = day < regime.iceDays ? 'ice' : 'heat';
    planDays.push({
      date,
      day,
      treatment: emergency ? 'none' : kind,
      activity:
        t.disposition === 'urgent' && held
          ? 'comfort_until_seen'
          : day < regime.maxBedRestDays
            ? 'rest_allowed'
            : 'gentle_movement',
    });
    if (!emergency) sessions.push(...scheduleOn(date, kind, wakingDay));
  }

  const advice = adviceFor(c, t, days, planDays, held).map((id) => ({
    id,
    sources: [...adviceById(id).sources],
  }));

  return {
    triage: t,
    sessions,
    checkIns: checkInsFrom(c, days),
    maxBedRestDays: regime.maxBedRestDays,
    advice,
    days: planDays,
  };
}

/** A care plan in words: messages for its reasons, questions for its check-ins, text for its advice. */
export function planInWords(p: CarePlan, words: PlanWords): Plan {
  return {
    triage: triageInWords(p.triage, words),
    sessions: p.sessions,
    checkIns: p.checkIns.map((k) => ({ day: k.day, date: k.date, ask: words.care.checkInAsk(k.day) })),
    maxBedRestDays: p.maxBedRestDays,
    advice: p.advice.map(({ id, sources }) => {
      const w = words.advice[id];
      const out: PlanAdvice = { id, title: w.title, text: w.text, sources };
      if (w.list) out.list = [...w.list];
      return out;
    }),
    days: p.days,
  };
}

/** Case -> the plan in the words given (the edges pass a language's catalogue). */
export function plan(
  c: Case,
  words: PlanWords,
  wakingDay: WakingDay = wakingDayOf(c),
  options: PlanOptions = {},
): Plan {
  return planInWords(carePlan(c, wakingDay, options), words);
}
