import { type Case, caseDays, findingSet, unsureSet } from './case.ts';
import { type Disposition, urgency } from './knowledge/dispositions.ts';
import { type Rule, type RuleContext, type RuleId, type RuleParams, rules } from './knowledge/rules.ts';
import type { SourceId } from './knowledge/sources.ts';
import type { Catalogue } from './knowledge/text/catalogue.ts';

/** One rule that fired, as the engine gives it: its id, level, sources and what its message names. */
export interface FiredRule {
  rule: RuleId;
  disposition: Exclude<Disposition, 'self_care'>;
  sources: SourceId[];
  params?: RuleParams;
}

/** The engine's answer, before words: the disposition and every rule that fired, most urgent first. */
export interface Assessment {
  disposition: Disposition;
  days: number;
  reasons: FiredRule[];
}

/** One reason in words, as the contract (version 3) gives it. */
export interface Reason {
  rule: string;
  disposition: Exclude<Disposition, 'self_care'>;
  message: string;
  sources: SourceId[];
}

/** The triage result in words: the shape of `unknot triage --json` and POST /api/v1/triage. */
export interface Triage {
  disposition: Disposition;
  days: number;
  reasons: Reason[];
}

/** Rules in order of urgency, then catalogue order: the order the reasons are reported in. */
const ordered: readonly Rule[] = [...rules].sort((a, b) => urgency(a.disposition) - urgency(b.disposition));

/** Case -> disposition and every rule behind it, as ids. Pure: the assessment date is the case's own asOf. */
export function assess(c: Case): Assessment {
  const ctx: RuleContext = { case: c, days: caseDays(c), findings: findingSet(c), unsure: unsureSet(c) };
  const reasons: FiredRule[] = [];
  for (const rule of ordered) {
    if (rule.fires(ctx)) {
      const r: FiredRule = {
        rule: rule.id as RuleId,
        disposition: rule.disposition,
        sources: [...rule.sources],
      };
      if (rule.params) r.params = rule.params(ctx);
      reasons.push(r);
    }
  }
  return { disposition: reasons[0]?.disposition ?? 'self_care', days: ctx.days, reasons };
}

/** A rule's message in the catalogue's words, with its parameters filled in. */
export function ruleMessage(r: Pick<FiredRule, 'rule' | 'params'>, words: Pick<Catalogue, 'rules'>): string {
  const w = words.rules[r.rule];
  return typeof w === 'function' ? w(r.params ?? { signs: [] }) : w;
}

/** An assessment in words: each reason gets its message. */
export function triageInWords(a: Assessment, words: Pick<Catalogue, 'rules'>): Triage {
  return {
    disposition: a.disposition,
    days: a.days,
    reasons: a.reasons.map((r) => ({
      rule: r.rule,
      disposition: r.disposition,
      message: ruleMessage(r, words),
      sources: r.sources,
    })),
  };
}

/** Case -> the triage result in the words given (the edges pass a language's catalogue). */
export function triage(c: Case, words: Pick<Catalogue, 'rules'>): Triage {
  return triageInWords(assess(c), words);
}
