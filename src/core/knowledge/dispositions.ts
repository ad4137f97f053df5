import type { SourceId } from './sources.ts';

export const dispositions = ['emergency', 'urgent', 'gp_soon', 'self_care'] as const;
export type Disposition = (typeof dispositions)[number];

/** Lower is more urgent. */
export function urgency(d: Disposition): number {
  return dispositions.indexOf(d);
}

export function mostUrgent(a: Disposition, b: Disposition): Disposition {
  return urgency(a) <= urgency(b) ? a : b;
}

/** Which sources back each result; its words live in the catalogue (src/core/knowledge/text/en/dispositions.ts). */
export const dispositionSources: Record<Disposition, readonly SourceId[]> = {
  emergency: ['bass:cauda-equina', 'nice:ng59'],
  urgent: ['nice:ng59'],
  gp_soon: ['article:001', 'nice:ng59'],
  self_care: ['article:001', 'article:002'],
};
