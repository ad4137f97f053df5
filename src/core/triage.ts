import { type Case, caseDays, findingSet, unsureSet } from './case.ts';
import { type Disposition, urgency } from './knowledge/dispositions.ts';
import { type Rule, type RuleContext, rules } from './knowledge/rules.ts';
import type { SourceId } from './knowledge/sources.ts';

export interface Reason {
  rule: string;
  disposition: Exclude<Disposition, 'self_care'>;
  message: string;
  sources: SourceId[];
}

export interface Triage {
  disposition: Disposition;
  days: number;
  reasons: Reason[];
}

/** Rules in order of urgency, then catalogue order: the order the reasons are reported in. */
const ordered: readonly Rule[] = [...rules].sort((a, b) => urgency(a.disposition) - urgency(b.disposition));

/** Case -> disposition and every reason for it. Pure: the assessment date is the case's own asOf. */
export function triage(c: Case): Triage {
  const ctx: RuleContext = { case: c, days: caseDays(c), findings: findingSet(c), unsure: unsureSet(c) };
  const reasons: Reason[] = [];
  for (const rule of ordered) {
    if (rule.fires(ctx)) {
      reasons.push({
        rule: rule.id,
        disposition: rule.disposition,
        message: rule.messageFor?.(ctx) ?? rule.message,
        sources: [...rule.sources],
      });
    }
  }
  return { disposition: reasons[0]?.disposition ?? 'self_care', days: ctx.days, reasons };
}
