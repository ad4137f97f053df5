import type { Case } from '../src/core/case.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { plan as planIn, type WakingDay } from '../src/core/plan.ts';
import { triage as triageIn } from '../src/core/triage.ts';

/** The engines in English, as the CLI and the API answer: the tests' view of the contract. */
export const triage = (c: Case) => triageIn(c, en);
export const plan = (c: Case, wakingDay?: WakingDay) => planIn(c, en, wakingDay);
