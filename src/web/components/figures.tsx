import type { Figure } from '../../core/knowledge/exercises.ts';
import { words } from '../words.ts';

/** Our own line drawings: a person on a floor line. Paths only, coloured by CSS classes. */
const bent = 'M110 92 L135 64 L162 98';
const poses: Record<Figure, { head: [number, number]; body: string[]; move?: string }> = {
  knee_to_chest: {
    head: [24, 86],
    body: ['M35 91 L110 92', bent, 'M110 92 L92 62 L118 56', 'M62 91 L92 64'],
    move: 'M128 48 Q110 34 92 44',
  },
  pelvic_tilt: {
    head: [24, 86],
    body: ['M35 91 L110 92', bent, 'M60 91 L80 96'],
    move: 'M70 108 Q85 100 100 108',
  },
  knee_rolls: {
    head: [24, 86],
    body: ['M35 91 L110 92', 'M110 92 L150 70 L165 98', 'M60 91 L75 99'],
    move: 'M128 52 Q150 40 172 56',
  },
  walk: {
    head: [100, 18],
    body: ['M100 29 L100 64', 'M100 64 L86 98', 'M100 64 L118 98', 'M100 38 L86 58', 'M100 38 L116 56'],
    move: 'M130 40 L160 40',
  },
  cat_cow: {
    head: [38, 50],
    body: ['M50 56 Q100 28 150 56', 'M56 56 L56 98', 'M150 56 L150 98 L182 98'],
    move: 'M100 18 L100 4',
  },
  child_pose: {
    head: [48, 90],
    body: ['M60 84 Q100 56 142 84', 'M60 90 L18 98', 'M142 84 L150 98 L118 98'],
    move: 'M120 50 L150 50',
  },
  bridge: {
    head: [24, 86],
    body: ['M35 91 L108 62', 'M108 62 L136 64 L152 98', 'M50 92 L80 96'],
    move: 'M100 84 L100 70',
  },
  bird_dog: {
    head: [40, 44],
    body: ['M55 56 L150 56', 'M55 56 L14 44', 'M150 56 L196 48', 'M62 56 L62 98', 'M150 56 L150 98 L176 98'],
  },
  dead_bug: {
    head: [24, 86],
    body: ['M35 91 L110 92', 'M60 91 L60 46', 'M72 91 L40 60', 'M110 92 L110 60 L142 60', 'M110 92 L172 86'],
  },
  side_plank: {
    head: [30, 56],
    body: ['M42 62 L150 90', 'M46 66 L46 98 L76 98', 'M150 90 L132 98 L168 98'],
    move: 'M100 60 L100 44',
  },
  hamstring: {
    head: [24, 86],
    body: ['M35 91 L110 92', 'M110 92 L130 18', 'M110 92 L140 66 L164 98', 'M60 91 L118 50'],
  },
};

export function ExerciseFigure({ figure, name }: { figure: Figure; name: string }) {
  const p = poses[figure];
  return (
    <svg class="figure" viewBox="0 0 200 112" role="img" aria-label={words.figure(name)}>
      <line class="floor" x1="0" y1="100" x2="200" y2="100" />
      <circle class="head" cx={p.head[0]} cy={p.head[1]} r="9" />
      {p.body.map((d) => (
        <path key={d} class="body" d={d} />
      ))}
      {p.move && <path class="move" d={p.move} />}
    </svg>
  );
}
