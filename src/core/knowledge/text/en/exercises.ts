import type { SectionOf } from '../catalogue.ts';
import { plural } from '../plural.ts';
import { emergencySignWords } from './findings.ts';

const secondsOf = (n: number) => plural(n, { one: '1 second', other: `${n} seconds` }, 'en');
const timesOf = (n: number) => plural(n, { one: 'once', other: `${n} times` }, 'en');

export const enExercises: SectionOf<'exercises'> = {
  phases: {
    early: {
      title: 'First days: gentle movement',
      text: 'Small, slow movements that keep the back from stiffening. Stay within what is comfortable: some ache is fine, sharp pain is not.',
    },
    recovery: {
      title: 'After the first days: stretch and strengthen',
      text: 'Once the worst has eased, longer stretches and the first strengthening work help the muscles recover instead of weakening.',
    },
    prevention: {
      title: 'Once it has settled: prevention',
      text: 'Regular strength, stretching and aerobic exercise make the next spasm less likely. Pick what you enjoy so you keep it up.',
    },
  },
  items: {
    knee_to_chest: {
      name: 'Knee to chest',
      why: 'Gently lengthens the lower back muscles.',
      steps: [
        'Lie on your back with both knees bent and feet flat.',
        'Hold one knee with both hands and draw it slowly towards your chest.',
        'Keep the other foot on the floor and breathe out as you hold.',
        'Lower it slowly and change legs.',
      ],
    },
    pelvic_tilt: {
      name: 'Pelvic tilt',
      why: 'Wakes up the deep tummy muscles that support the spine, without strain.',
      steps: [
        'Lie on your back with knees bent and feet flat.',
        'Tighten your tummy and press the small of your back gently into the floor.',
        'Hold, breathing normally, then relax.',
      ],
    },
    knee_rolls: {
      name: 'Knee rolls',
      why: 'Loosens the back by turning it a little each way.',
      steps: [
        'Lie on your back with knees bent and together, feet flat.',
        'Let both knees roll slowly to one side, only as far as is comfortable.',
        'Bring them back to the middle, then roll to the other side.',
      ],
    },
    short_walk: {
      name: 'Short walks',
      why: 'Walking keeps the muscles working and stops stiffness setting in after the first day or two of rest.',
      steps: [
        'Walk around your home or outside at an easy pace.',
        'Start with a few minutes and add a little each day.',
        'Stand tall and let your arms swing.',
      ],
    },
    cat_cow: {
      name: 'Cat and cow',
      why: 'Moves each part of the spine in turn.',
      steps: [
        'Kneel on all fours, hands under shoulders, knees under hips.',
        'Breathe out and round your back up towards the ceiling.',
        'Breathe in and let your back sag gently, lifting your head.',
        'Move slowly between the two.',
      ],
    },
    child_pose: {
      name: 'Resting stretch',
      why: 'A long, calm stretch for the whole back.',
      steps: [
        'Kneel on all fours.',
        'Sit back slowly towards your heels, keeping your hands where they are.',
        'Let your head and chest sink and breathe slowly.',
      ],
    },
    bridge: {
      name: 'Bridge',
      why: 'Strengthens the buttocks and back muscles that hold the spine steady.',
      steps: [
        'Lie on your back with knees bent and feet flat, hip-width apart.',
        'Tighten your tummy and buttocks and lift your hips until your body is a straight line from knees to shoulders.',
        'Hold, then lower slowly.',
      ],
    },
    bird_dog: {
      name: 'Bird dog',
      why: 'Trains the back and tummy muscles to work together, which the sources stress.',
      steps: [
        'Kneel on all fours with a flat back.',
        'Slowly reach one arm forward and the opposite leg back, keeping your hips level.',
        'Hold, return, and change sides.',
      ],
    },
    dead_bug: {
      name: 'Dead bug',
      why: 'Builds tummy strength to balance the back muscles.',
      steps: [
        'Lie on your back, arms pointing to the ceiling, hips and knees bent at right angles.',
        'Keep your lower back gently on the floor.',
        'Slowly lower one arm behind you and the opposite leg towards the floor, then return. Change sides.',
      ],
    },
    side_plank: {
      name: 'Side plank on knees',
      why: 'Strengthens the muscles along the side of the trunk.',
      steps: [
        'Lie on your side, propped on your elbow, knees bent behind you.',
        'Lift your hips so your body is straight from knees to head.',
        'Hold, lower, and change sides.',
      ],
    },
    hamstring_stretch: {
      name: 'Back-of-thigh stretch',
      why: 'Tight thigh muscles pull on the pelvis and load the lower back.',
      steps: [
        'Lie on your back with one knee bent, foot flat.',
        'Lift the other leg and hold behind the thigh, keeping that knee nearly straight.',
        'Feel a stretch at the back of the thigh, hold, then change legs.',
      ],
    },
  },
  stopRules: [
    'Stop if pain shoots down a leg.',
    'Stop if you feel new numbness or pins and needles.',
    'Stop if the pain becomes sharp or much worse than before you started.',
    'If one of these happens, stop the exercises and rest; if it does not settle within a day, see a doctor.',
    `Call the emergency number now if any of these appears: ${emergencySignWords.join('; ')}.`,
  ],
  holdDose: (seconds, times) => `Hold ${secondsOf(seconds)}, ${timesOf(times)}`,
  repsDose: (reps, sets) => (sets > 1 ? `${timesOf(reps)}, ${sets} rounds` : timesOf(reps)),
};
