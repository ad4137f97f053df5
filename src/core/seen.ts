import type { Episode } from './episode.ts';
import type { Seen } from './seen-schema.ts';
import type { Assessment } from './triage.ts';

export type { Seen, SeenReason } from './seen-schema.ts';

/** The reasons that keep a plan to pain relief until a clinician has seen the person. */
function holdingReasons(a: Assessment): Assessment['reasons'] {
  return a.reasons.filter((r) => r.disposition === 'emergency' || r.disposition === 'urgent');
}

/** What to keep when the person says a clinician has seen them, for this assessment. */
export function seenFor(a: Assessment, on: string, at: string): Seen {
  return {
    on,
    at,
    reasons: holdingReasons(a).map((r) =>
      r.params ? { rule: r.rule, signs: [...r.params.signs] } : { rule: r.rule },
    ),
  };
}

/**
 * Whether the plan holds back exercise, stretching and "get moving": an urgent or emergency assessment with a
 * reason the clinician did not see (a rule, or a sign of it, that was not there when the person said so).
 */
export function planHeld(a: Assessment, seen: Pick<Seen, 'reasons'> | undefined): boolean {
  const holding = holdingReasons(a);
  if (holding.length === 0) return false;
  if (!seen) return true;
  return holding.some((r) => {
    const was = seen.reasons.find((s) => s.rule === r.rule);
    if (!was) return true;
    const signs = new Set(was.signs ?? []);
    return (r.params?.signs ?? []).some((code) => !signs.has(code));
  });
}

/** The episode as the person left it, with or without their word that a clinician has seen them. */
export function withSeen(ep: Episode, seen: Seen | undefined, at: string): Episode {
  const { seen: _old, ...rest } = ep;
  return seen ? { ...rest, seen, updatedAt: at } : { ...rest, updatedAt: at };
}
