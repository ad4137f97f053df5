import { emergencyNumbers } from '../core/knowledge/emergency.ts';
import { type SourceId, sources } from '../core/knowledge/sources.ts';
import type { Plan, Session } from '../core/plan.ts';
import type { Triage } from '../core/triage.ts';
import { words as catalogue, cliWords } from './words.ts';

/**
 * The emergency number of every region the app knows, each named by its region: a terminal does not say where
 * the person is, so the CLI lists them all (as `unknot check` always has).
 */
export function emergencyNumbersLine(): string {
  const w = cliWords().check;
  return w.emergencyNumbers(
    emergencyNumbers.map((e) => w.numberIn(e.number, w.regions[e.region])).join(', '),
  );
}

/** The triage result as a person would want it read out: what to do, how soon, and why. */
export function renderTriage(t: Triage): string {
  const words = cliWords().render;
  const info = catalogue().dispositions[t.disposition];
  const out = [
    `${words.headline[t.disposition]} (${words.started(t.days)})`,
    words.when(info.when),
    words.who(info.whom),
  ];
  // Every result names the number to call: first thing for a doctor today or an emergency, after the
  // safety net otherwise.
  const callFirst = t.disposition === 'emergency' || t.disposition === 'urgent';
  if (callFirst) out.push(emergencyNumbersLine());
  if (t.reasons.length > 0) {
    out.push('', words.why);
    for (const r of t.reasons) out.push(`  - ${r.message} ${sourceNames(r.sources)}`);
  }
  if (t.disposition !== 'self_care') {
    out.push('', words.whatToTell);
    for (const item of info.tell) out.push(`  - ${item}`);
  }
  out.push('', info.meanwhile);
  if (info.safetyNet) out.push('', info.safetyNet);
  if (!callFirst) out.push(emergencyNumbersLine());
  return out.join('\n');
}

/** Sources by their titles, as the app names them, never by their codes. */
function sourceNames(ids: readonly SourceId[]): string {
  return cliWords().render.sources(ids.map((id) => sources[id].title));
}

function times(sessions: Session[]): string {
  return sessions.map((s) => s.start.slice(11)).join(', ');
}

/** Today's part of the plan in full, then the coming days in a line each. */
export function renderPlan(p: Plan, options: { withTriage?: boolean } = {}): string {
  const words = cliWords().render;
  const out = options.withTriage === false ? [] : [renderTriage(p.triage), ''];
  if (p.triage.disposition === 'emergency') {
    out.push(words.noHomePlan);
    return out.join('\n');
  }
  const [today, ...rest] = p.days;
  if (today) {
    const todays = p.sessions.filter((s) => s.start.startsWith(today.date));
    out.push(words.today(today.date, today.day));
    if (todays.length > 0) {
      const first = todays[0] as Session;
      out.push(`  ${words.sessionsAt(words.treatment[first.kind], first.minutes, times(todays))}`);
    }
    out.push(`  ${words.activity[today.activity](p.maxBedRestDays)}`);
  }
  if (rest.length > 0) {
    out.push('', words.nextDays);
    for (const d of rest) {
      const sessions = p.sessions.filter((s) => s.start.startsWith(d.date));
      const kind = sessions[0]
        ? `${words.treatment[sessions[0].kind]} x${sessions.length}`
        : words.noSessions;
      out.push(`  ${words.day(d.date, d.day)}: ${kind}; ${words.activityShort[d.activity]}`);
    }
  }
  out.push('', words.checkIns);
  for (const c of p.checkIns) out.push(`  ${words.day(c.date, c.day)}: ${c.ask}`);
  out.push('', words.advice);
  for (const a of p.advice) {
    if (!a.list) out.push(`  - ${a.title}: ${a.text} ${sourceNames(a.sources)}`);
    else {
      out.push(`  - ${a.title} ${sourceNames(a.sources)}:`);
      for (const item of a.list) out.push(`      * ${item}`);
    }
  }
  return out.join('\n');
}
