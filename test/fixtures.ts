import type { Case, FindingCode } from '../src/core/case.ts';

/** A plain self-care case: adult, one day in, improving, no warning signs. Tests vary one thing at a time. */
export function aCase(overrides: Partial<Case> = {}): Case {
  return { age: 34, onset: '2026-11-20', asOf: '2026-11-21', ...overrides };
}

export function withFindings(...codes: FindingCode[]): Case {
  return aCase({ findings: codes });
}
