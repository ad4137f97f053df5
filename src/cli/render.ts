import { dispositionInfo } from '../core/knowledge/dispositions.ts';
import type { Plan, Session } from '../core/plan.ts';
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
  return out.join('\n');
}

function times(sessions: Session[]): string {
  return sessions.map((s) => s.start.slice(11)).join(', ');
}

/** Today's part of the plan in full, then the coming days in a line each. */
export function renderPlan(p: Plan): string {
  const out = [renderTriage(p.triage), ''];
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
    out.push(
      today.activity === 'rest_allowed'
        ? `  Rest if you need to, but for no more than ${p.maxBedRestDays} days in all; get up and move a little each hour.`
        : '  Keep moving gently: short walks, changing position often. Avoid heavy lifting.',
    );
  }
  if (rest.length > 0) {
    out.push('', 'NEXT DAYS');
    for (const d of rest) {
      const sessions = p.sessions.filter((s) => s.start.startsWith(d.date));
      const kind = sessions[0] ? `${treatmentName[sessions[0].kind]} x${sessions.length}` : 'no sessions';
      out.push(
        `  ${d.date} (day ${d.day}): ${kind}; ${d.activity === 'rest_allowed' ? 'short rest allowed' : 'gentle movement'}`,
      );
    }
  }
  out.push('', 'CHECK-INS');
  for (const c of p.checkIns) out.push(`  ${c.date} (day ${c.day}): ${c.ask}`);
  out.push('', 'ADVICE');
  for (const a of p.advice) out.push(`  - ${a.title}: ${a.text} [${a.sources.join(', ')}]`);
  return out.join('\n');
}
