/**
 * Compiled by `npm run typecheck`, never run: each `@ts-expect-error` below must meet an error, so a catalogue
 * that let a missing or an extra key through would fail the type-check here.
 */
import type { SectionOf } from '../../src/core/knowledge/text/catalogue.ts';
import { enAdvice } from '../../src/core/knowledge/text/en/advice.ts';
import { enExercises } from '../../src/core/knowledge/text/en/exercises.ts';
import { enFindings } from '../../src/core/knowledge/text/en/findings.ts';
import { enPrompts } from '../../src/core/knowledge/text/en/prompts.ts';
import { enRules } from '../../src/core/knowledge/text/en/rules.ts';

const { fever: _fever, ...findingsWithoutFever } = enFindings;
// @ts-expect-error a finding code with no words
export const missingFinding: SectionOf<'findings'> = findingsWithoutFever;

export const extraFinding: SectionOf<'findings'> = {
  ...enFindings,
  // @ts-expect-error words for a finding code that does not exist
  not_a_finding: { label: 'x', question: 'x?', choice: 'x' },
};

const { howToCheck: _how, ...saddleUnchecked } = enFindings.saddle_numbness;
// @ts-expect-error an emergency sign without a way to check it now
export const uncheckedSign: SectionOf<'findings'> = { ...enFindings, saddle_numbness: saddleUnchecked };

const { persisting_one_week: _week, ...rulesWithoutOne } = enRules;
// @ts-expect-error a rule with no message
export const missingRule: SectionOf<'rules'> = rulesWithoutOne;

// @ts-expect-error a "not sure" rule's message must name the signs: a plain string will not do
export const plainUnsure: SectionOf<'rules'> = { ...enRules, unsure_urgent_sign: 'You were not sure.' };

const { safety_net: _net, ...adviceWithoutNet } = enAdvice;
// @ts-expect-error advice with no words
export const missingAdvice: SectionOf<'advice'> = adviceWithoutNet;

export const extraPrompt: SectionOf<'prompts'> = {
  ...enPrompts,
  // @ts-expect-error a prompt the progress engine never gives
  not_a_prompt: 'x',
};

const { bridge: _bridge, ...exercisesWithoutBridge } = enExercises.items;
// @ts-expect-error an exercise with no words
export const missingExercise: SectionOf<'exercises'> = { ...enExercises, items: exercisesWithoutBridge };
