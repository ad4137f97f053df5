import { dispositionInfo } from '../core/knowledge/dispositions.ts';
import type { Plan, PlanDay, Session } from '../core/plan.ts';
import type { Triage } from '../core/triage.ts';

const treatmentName: Record<Session['kind'], string> = { ice: 'cold pack', heat: 'moist heat' };

function dayWord(days: number): string {
  if (days === 0) return 'it started today';
  if (days === 1) return 'it started yesterday';
  return `it started ${days} days ago`;
}

/** The triage result as a person would want it read out: what to do, how soon, and why. */
export function renderTriage(t: Triage): string {
  const info = dispositionInfo[t.disposition];
  const out = [`${info.title.toUpperCase()} (${dayWord(t.days)})`, `When: ${info.when}`, `Who: ${info.whom}`];
  if (t.reasons.length > 0) {
    out.push('', 'Why:');
    for (const r of t.reasons) out.push(`  - ${r.message} [${r.sources.join(', ')}]`);
  }
  if (t.disposition !== 'self_care') {
    out.push('', 'What to tell them:');
    for (const item of info.tell) out.push(`  - ${item}`);
  }
  out.push('', info.meanwhile);
  if (info.safetyNet) out.push('', info.safetyNet);
  return out.join('\n');
}

const activityWords: Record<PlanDay['activity'], (maxRest: number) => string> = {
  rest_allowed: (maxRest) =>
    `Rest if you need to, but for no more than ${maxRest} days in all; get up and move a little each hour.`,
  gentle_movement: () => 'Keep moving gently: short walks, changing position often. Avoid heavy lifting.',
  comfort_until_seen: () =>
    'Until a doctor has seen you: keep comfortable, rest as you need, and leave exercises and stretches for now.',
};
const activityShort: Record<PlanDay['activity'], string> = {
  rest_allowed: 'short rest allowed',
  gentle_movement: 'gentle movement',
  comfort_until_seen: 'keep comfortable until seen',
};

function times(sessions: Session[]): string {
  return sessions.map((s) => s.start.slice(11)).join(', ');
}

/** Today's part of the plan in full, then the coming days in a line each. */
export function renderPlan(p: Plan, options: { withTriage?: boolean } = {}): string {
  const out = options.withTriage === false ? [] : [renderTriage(p.triage), ''];
  if (p.triage.disposition === 'emergency') {
    out.push('No home care plan: get emergency care first.');
    return out.join('\n');
  }
  const [today, ...rest] = p.days;
  if (today) {
    const todays = p.sessions.filter((s) => s.start.startsWith(today.date));
    out.push(`TODAY, ${today.date} (day ${today.day})`);
    if (todays.length > 0) {
      const first = todays[0] as Session;
      out.push(`  ${treatmentName[first.kind]}, ${first.minutes} minutes at: ${times(todays)}`);
    }
    out.push(`  ${activityWords[today.activity](p.maxBedRestDays)}`);
  }
  if (rest.length > 0) {
    out.push('', 'NEXT DAYS');
    for (const d of rest) {
      const sessions = p.sessions.filter((s) => s.start.startsWith(d.date));
      const kind = sessions[0] ? `${treatmentName[sessions[0].kind]} x${sessions.length}` : 'no sessions';
      out.push(`  ${d.date} (day ${d.day}): ${kind}; ${activityShort[d.activity]}`);
    }
  }
  out.push('', 'CHECK-INS');
  for (const c of p.checkIns) out.push(`  ${c.date} (day ${c.day}): ${c.ask}`);
  out.push('', 'ADVICE');
  for (const a of p.advice) {
    if (!a.list) out.push(`  - ${a.title}: ${a.text} [${a.sources.join(', ')}]`);
    else {
      out.push(`  - ${a.title} [${a.sources.join(', ')}]:`);
      for (const item of a.list) out.push(`      * ${item}`);
    }
  }
  return out.join('\n');
}
