import { emergencySignWords } from './findings.ts';
import type { SourceId } from './sources.ts';

/**
 * A progressive programme: gentle mobility in the first days, stretching and strengthening once the acute
 * phase has passed, then prevention. Wording is ours; the sources say what kind of exercise helps and when.
 */
export const phases = {
  early: {
    title: 'First days: gentle movement',
    fromDay: 0,
    text: 'Small, slow movements that keep the back from stiffening. Stay within what is comfortable: some ache is fine, sharp pain is not.',
    sources: ['article:000', 'article:004', 'nice:ng59'],
  },
  recovery: {
    title: 'After the first days: stretch and strengthen',
    fromDay: 3,
    text: 'Once the worst has eased, longer stretches and the first strengthening work help the muscles recover instead of weakening.',
    sources: ['article:000', 'article:002', 'article:003'],
  },
  prevention: {
    title: 'Once it has settled: prevention',
    fromDay: 14,
    text: 'Regular strength, stretching and aerobic exercise make the next spasm less likely. Pick what you enjoy so you keep it up.',
    sources: ['article:000', 'article:002', 'article:004'],
  },
} as const satisfies Record<
  string,
  { title: string; fromDay: number; text: string; sources: readonly SourceId[] }
>;

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
  name: string;
  why: string;
  steps: readonly string[];
  dose: Dose;
  figure: Figure;
  sources: readonly SourceId[];
}

/** Said with every exercise: when to stop at once. */
export const stopRules: readonly string[] = [
  'Stop if pain shoots down a leg.',
  'Stop if you feel new numbness or pins and needles.',
  'Stop if the pain becomes sharp or much worse than before you started.',
  'If one of these happens, stop the exercises and rest; if it does not settle within a day, see a doctor.',
  `Call the emergency number now if any of these appears: ${emergencySignWords.join('; ')}.`,
];
export const stopRuleSources: readonly SourceId[] = ['nice:ng59', 'article:003', 'bass:cauda-equina'];

export const exercises = [
  {
    id: 'knee_to_chest',
    phase: 'early',
    name: 'Knee to chest',
    why: 'Gently lengthens the lower back muscles.',
    steps: [
      'Lie on your back with both knees bent and feet flat.',
      'Hold one knee with both hands and draw it slowly towards your chest.',
      'Keep the other foot on the floor and breathe out as you hold.',
      'Lower it slowly and change legs.',
    ],
    dose: { kind: 'hold', seconds: 15, times: 3 },
    figure: 'knee_to_chest',
    sources: ['article:004', 'article:000'],
  },
  {
    id: 'pelvic_tilt',
    phase: 'early',
    name: 'Pelvic tilt',
    why: 'Wakes up the deep tummy muscles that support the spine, without strain.',
    steps: [
      'Lie on your back with knees bent and feet flat.',
      'Tighten your tummy and press the small of your back gently into the floor.',
      'Hold, breathing normally, then relax.',
    ],
    dose: { kind: 'hold', seconds: 5, times: 10 },
    figure: 'pelvic_tilt',
    sources: ['article:002', 'nice:ng59'],
  },
  {
    id: 'knee_rolls',
    phase: 'early',
    name: 'Knee rolls',
    why: 'Loosens the back by turning it a little each way.',
    steps: [
      'Lie on your back with knees bent and together, feet flat.',
      'Let both knees roll slowly to one side, only as far as is comfortable.',
      'Bring them back to the middle, then roll to the other side.',
    ],
    dose: { kind: 'reps', reps: 8, sets: 1 },
    figure: 'knee_rolls',
    sources: ['article:004'],
  },
  {
    id: 'short_walk',
    phase: 'early',
    name: 'Short walks',
    why: 'Walking keeps the muscles working and stops stiffness setting in after the first day or two of rest.',
    steps: [
      'Walk around your home or outside at an easy pace.',
      'Start with a few minutes and add a little each day.',
      'Stand tall and let your arms swing.',
    ],
    dose: { kind: 'reps', reps: 5, sets: 1 },
    figure: 'walk',
    sources: ['article:000', 'nice:ng59'],
  },
  {
    id: 'cat_cow',
    phase: 'recovery',
    name: 'Cat and cow',
    why: 'Moves each part of the spine in turn.',
    steps: [
      'Kneel on all fours, hands under shoulders, knees under hips.',
      'Breathe out and round your back up towards the ceiling.',
      'Breathe in and let your back sag gently, lifting your head.',
      'Move slowly between the two.',
    ],
    dose: { kind: 'reps', reps: 10, sets: 1 },
    figure: 'cat_cow',
    sources: ['article:002', 'article:004'],
  },
  {
    id: 'child_pose',
    phase: 'recovery',
    name: 'Resting stretch',
    why: 'A long, calm stretch for the whole back.',
    steps: [
      'Kneel on all fours.',
      'Sit back slowly towards your heels, keeping your hands where they are.',
      'Let your head and chest sink and breathe slowly.',
    ],
    dose: { kind: 'hold', seconds: 20, times: 3 },
    figure: 'child_pose',
    sources: ['article:002', 'article:000'],
  },
  {
    id: 'bridge',
    phase: 'recovery',
    name: 'Bridge',
    why: 'Strengthens the buttocks and back muscles that hold the spine steady.',
    steps: [
      'Lie on your back with knees bent and feet flat, hip-width apart.',
      'Tighten your tummy and buttocks and lift your hips until your body is a straight line from knees to shoulders.',
      'Hold, then lower slowly.',
    ],
    dose: { kind: 'hold', seconds: 5, times: 10 },
    figure: 'bridge',
    sources: ['article:002', 'article:004'],
  },
  {
    id: 'bird_dog',
    phase: 'recovery',
    name: 'Bird dog',
    why: 'Trains the back and tummy muscles to work together, which the sources stress.',
    steps: [
      'Kneel on all fours with a flat back.',
      'Slowly reach one arm forward and the opposite leg back, keeping your hips level.',
      'Hold, return, and change sides.',
    ],
    dose: { kind: 'hold', seconds: 5, times: 8 },
    figure: 'bird_dog',
    sources: ['article:002'],
  },
  {
    id: 'dead_bug',
    phase: 'prevention',
    name: 'Dead bug',
    why: 'Builds tummy strength to balance the back muscles.',
    steps: [
      'Lie on your back, arms pointing to the ceiling, hips and knees bent at right angles.',
      'Keep your lower back gently on the floor.',
      'Slowly lower one arm behind you and the opposite leg towards the floor, then return. Change sides.',
    ],
    dose: { kind: 'reps', reps: 8, sets: 2 },
    figure: 'dead_bug',
    sources: ['article:002', 'article:004'],
  },
  {
    id: 'side_plank',
    phase: 'prevention',
    name: 'Side plank on knees',
    why: 'Strengthens the muscles along the side of the trunk.',
    steps: [
      'Lie on your side, propped on your elbow, knees bent behind you.',
      'Lift your hips so your body is straight from knees to head.',
      'Hold, lower, and change sides.',
    ],
    dose: { kind: 'hold', seconds: 15, times: 3 },
    figure: 'side_plank',
    sources: ['article:002'],
  },
  {
    id: 'hamstring_stretch',
    phase: 'prevention',
    name: 'Back-of-thigh stretch',
    why: 'Tight thigh muscles pull on the pelvis and load the lower back.',
    steps: [
      'Lie on your back with one knee bent, foot flat.',
      'Lift the other leg and hold behind the thigh, keeping that knee nearly straight.',
      'Feel a stretch at the back of the thigh, hold, then change legs.',
    ],
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
  return e.steps.some((s) => /on your back/i.test(s));
}

/** The exercises that suit the person: in pregnancy, none lying flat on the back. */
export function exercisesFor(pregnant: boolean): readonly Exercise[] {
  return pregnant ? exercises.filter((e) => !liesOnBack(e)) : exercises;
}

/** One exercise to suggest for a day: the phase's exercises in turn, so each day brings the next one. */
export function exerciseOfDay(day: number, pregnant = false): Exercise {
  const list: readonly Exercise[] = exercisesFor(pregnant).filter((e) => e.phase === phaseOn(day));
  return list[day % list.length] as Exercise;
}

export function describeDose(d: Dose): string {
  if (d.kind === 'hold') return `Hold ${d.seconds} seconds, ${d.times} times`;
  return d.sets > 1 ? `${d.reps} times, ${d.sets} rounds` : `${d.reps} times`;
}
