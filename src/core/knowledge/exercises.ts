import type { SourceId } from './sources.ts';
import type { ExercisesWords } from './text/knowledge-words.ts';

/**
 * A progressive programme: gentle mobility in the first days, stretching and strengthening once the acute
 * phase has passed, then prevention. Wording is ours; the sources say what kind of exercise helps and when.
 */
export const phases = {
  early: {
    fromDay: 0,
    sources: ['article:000', 'article:004', 'nice:ng59'],
  },
  recovery: {
    fromDay: 3,
    sources: ['article:000', 'article:002', 'article:003'],
  },
  prevention: {
    fromDay: 14,
    sources: ['article:000', 'article:002', 'article:004'],
  },
} as const satisfies Record<string, { fromDay: number; sources: readonly SourceId[] }>;

export type Phase = keyof typeof phases;

export type Dose =
  | { kind: 'hold'; seconds: number; times: number }
  | { kind: 'reps'; reps: number; sets: number };

export type Figure =
  | 'knee_to_chest'
  | 'pelvic_tilt'
  | 'knee_rolls'
  | 'walk'
  | 'cat_cow'
  | 'child_pose'
  | 'bridge'
  | 'bird_dog'
  | 'dead_bug'
  | 'side_plank'
  | 'hamstring';

export interface Exercise {
  id: string;
  phase: Phase;
  /** Done lying flat on the back: left out in pregnancy. */
  onBack: boolean;
  dose: Dose;
  figure: Figure;
  sources: readonly SourceId[];
}

/** The sources of the stop rules said with every exercise (their words: the catalogue's `exercises.stopRules`). */
export const stopRuleSources: readonly SourceId[] = ['nice:ng59', 'article:003', 'bass:cauda-equina'];

export const exercises = [
  {
    id: 'knee_to_chest',
    onBack: true,
    phase: 'early',
    dose: { kind: 'hold', seconds: 15, times: 3 },
    figure: 'knee_to_chest',
    sources: ['article:004', 'article:000'],
  },
  {
    id: 'pelvic_tilt',
    onBack: true,
    phase: 'early',
    dose: { kind: 'hold', seconds: 5, times: 10 },
    figure: 'pelvic_tilt',
    sources: ['article:002', 'nice:ng59'],
  },
  {
    id: 'knee_rolls',
    onBack: true,
    phase: 'early',
    dose: { kind: 'reps', reps: 8, sets: 1 },
    figure: 'knee_rolls',
    sources: ['article:004'],
  },
  {
    id: 'short_walk',
    onBack: false,
    phase: 'early',
    dose: { kind: 'reps', reps: 5, sets: 1 },
    figure: 'walk',
    sources: ['article:000', 'nice:ng59'],
  },
  {
    id: 'cat_cow',
    onBack: false,
    phase: 'recovery',
    dose: { kind: 'reps', reps: 10, sets: 1 },
    figure: 'cat_cow',
    sources: ['article:002', 'article:004'],
  },
  {
    id: 'child_pose',
    onBack: false,
    phase: 'recovery',
    dose: { kind: 'hold', seconds: 20, times: 3 },
    figure: 'child_pose',
    sources: ['article:002', 'article:000'],
  },
  {
    id: 'bridge',
    onBack: true,
    phase: 'recovery',
    dose: { kind: 'hold', seconds: 5, times: 10 },
    figure: 'bridge',
    sources: ['article:002', 'article:004'],
  },
  {
    id: 'bird_dog',
    onBack: false,
    phase: 'recovery',
    dose: { kind: 'hold', seconds: 5, times: 8 },
    figure: 'bird_dog',
    sources: ['article:002'],
  },
  {
    id: 'dead_bug',
    onBack: true,
    phase: 'prevention',
    dose: { kind: 'reps', reps: 8, sets: 2 },
    figure: 'dead_bug',
    sources: ['article:002', 'article:004'],
  },
  {
    id: 'side_plank',
    onBack: false,
    phase: 'prevention',
    dose: { kind: 'hold', seconds: 15, times: 3 },
    figure: 'side_plank',
    sources: ['article:002'],
  },
  {
    id: 'hamstring_stretch',
    onBack: true,
    phase: 'prevention',
    dose: { kind: 'hold', seconds: 20, times: 3 },
    figure: 'hamstring',
    sources: ['article:002', 'article:004'],
  },
] as const satisfies readonly Exercise[];

/** The phase a day of an episode belongs to. */
export function phaseOn(day: number): Phase {
  if (day >= phases.prevention.fromDay) return 'prevention';
  if (day >= phases.recovery.fromDay) return 'recovery';
  return 'early';
}

/** Whether the exercise is done lying flat on the back: not advised in pregnancy. */
export function liesOnBack(e: Exercise): boolean {
  return e.onBack;
}

/** The exercises that suit the person: in pregnancy, none lying flat on the back. */
export function exercisesFor(pregnant: boolean): readonly KnownExercise[] {
  return pregnant ? exercises.filter((e) => !liesOnBack(e)) : exercises;
}

/** One exercise to suggest for a day: the phase's exercises in turn, so each day brings the next one. */
export function exerciseOfDay(day: number, pregnant = false): KnownExercise {
  const list = exercisesFor(pregnant).filter((e) => e.phase === phaseOn(day));
  return list[day % list.length] as KnownExercise;
}

/** How much of an exercise to do, in the catalogue's words. */
export function describeDose(d: Dose, words: Pick<ExercisesWords, 'holdDose' | 'repsDose'>): string {
  return d.kind === 'hold' ? words.holdDose(d.seconds, d.times) : words.repsDose(d.reps, d.sets);
}

/** One exercise of the programme, its id one of the catalogue's keys. */
export type KnownExercise = (typeof exercises)[number];
export type ExerciseId = KnownExercise['id'];
