import type { ExerciseId, Phase } from '../exercises.ts';
import type { FindingCode, FindingOfTier } from '../findings.ts';
import type { MedicineId } from '../medicines.ts';
import type { DetailQuestionId, GroupQuestionId, Stage } from '../questions.ts';
import type { ParamRuleId, RuleId, RuleParams } from '../rules.ts';

/** The words of one finding. */
export interface FindingWords {
  /** A short noun phrase a clinician would recognise on a summary. */
  label: string;
  /** The yes/no question that elicits it, in the second person. */
  question: string;
  /** An optional line that explains the words in the question. */
  hint?: string;
  /** How to find out right now, for a person who answered "not sure" (every warning sign has one). */
  howToCheck?: string;
  /** The finding as one item of a "choose any that apply" list. */
  choice: string;
}

/** Every finding code, and every emergency sign with a way to check it now. */
export type FindingsWords = {
  [C in FindingCode]: C extends FindingOfTier<'emergency'>
    ? FindingWords & { howToCheck: string }
    : FindingWords;
};

/** A rule's message: plain for most, a function of the signs for the "not sure" rules. */
export type RulesWords = {
  [R in RuleId]: R extends ParamRuleId ? (params: RuleParams) => string : string;
};

export interface AdviceWords {
  title: string;
  text: string;
  /** The items the text lists, one per line, when it is a list. */
  list?: readonly string[];
}

export interface ExerciseWords {
  name: string;
  why: string;
  steps: readonly string[];
}

export interface ExercisesWords {
  phases: Record<Phase, { title: string; text: string }>;
  items: Record<ExerciseId, ExerciseWords>;
  /** Said with every exercise: when to stop at once. */
  stopRules: readonly string[];
  holdDose: (seconds: number, times: number) => string;
  repsDose: (reps: number, sets: number) => string;
}

export interface MedicinesWords {
  items: Record<MedicineId, { name: string; text: string }>;
  /** What to tell the pharmacist before buying a painkiller. */
  pharmacistQuestions: readonly string[];
}

export interface QuestionsWords {
  stages: Record<Stage, string>;
  /** The questions that are not one finding's own: the group screens and the details. */
  asked: Record<GroupQuestionId | DetailQuestionId, { text: string; hint?: string }>;
}

/** The words of the care plan's regime: the check-in question and how to do one session. */
export interface CareWords {
  checkInAsk: (day: number) => string;
  sessionHowTo: (kind: 'ice' | 'heat', pregnant: boolean) => string;
}
