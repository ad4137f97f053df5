import type { Figure } from '../../core/knowledge/exercises.ts';
import { words } from '../words.ts';

/** Our own line drawings: a person on a floor line. Paths only, coloured by CSS classes. */
/** Bent knees, feet flat: lying on the back, the start of several exercises. */
const bent = 'M110 92 L135 64 L162 98';
interface Pose {
  head: [number, number];
  /** Where the movement ends (or the one position, for a hold). */
  body: string[];
  /** Where it starts, drawn faint, for exercises that move from one position to another. */
  start?: string[];
  /** The way it moves, an arrow from the start to the end. */
  move?: string;
}
const poses: Record<Figure, Pose> = {
  knee_to_chest: {
    head: [24, 86],
    body: ['M35 91 L110 92', bent, 'M110 92 L92 62 L118 56', 'M62 91 L92 64'],
    move: 'M128 48 Q110 34 92 44',
  },
  pelvic_tilt: {
    head: [24, 86],
    body: ['M35 91 L110 92', bent, 'M60 91 L80 96'],
    move: 'M84 64 L84 82',
  },
  knee_rolls: {
    head: [24, 86],
    body: ['M35 91 L110 92', 'M110 92 L150 76 L165 98', 'M60 91 L75 99'],
    start: [bent],
    move: 'M138 54 Q154 56 156 68',
  },
  walk: {
    head: [100, 18],
    body: ['M100 29 L100 64', 'M100 64 L86 98', 'M100 64 L118 98', 'M100 38 L86 58', 'M100 38 L116 56'],
    move: 'M130 40 L160 40',
  },
  cat_cow: {
    head: [38, 50],
    body: ['M50 56 Q100 28 150 56', 'M56 56 L56 98', 'M150 56 L150 98 L182 98'],
    start: ['M50 56 Q100 78 150 56'],
    move: 'M100 64 L100 46',
  },
  child_pose: {
    head: [48, 90],
    body: ['M60 84 Q100 56 142 84', 'M60 90 L18 98', 'M142 84 L150 98 L118 98'],
    start: ['M50 50 L142 50', 'M50 50 L40 98', 'M142 50 L142 98 L176 98'],
    move: 'M112 40 L146 62',
  },
  bridge: {
    head: [24, 86],
    body: ['M35 91 L108 62', 'M108 62 L136 64 L152 98', 'M50 92 L80 96'],
    start: ['M35 91 L110 92', bent],
    move: 'M100 86 L100 70',
  },
  bird_dog: {
    head: [40, 44],
    body: ['M55 56 L150 56', 'M55 56 L14 44', 'M150 56 L196 48', 'M62 56 L62 98', 'M150 56 L150 98 L176 98'],
    start: ['M55 56 L50 98', 'M150 56 L140 98 L166 98'],
    move: 'M178 82 L190 60',
  },
  dead_bug: {
    head: [24, 86],
    body: ['M35 91 L110 92', 'M60 91 L60 46', 'M72 91 L40 60', 'M110 92 L110 60 L142 60', 'M110 92 L172 86'],
    start: ['M72 91 L72 46', 'M110 92 L120 56 L152 56'],
    move: 'M160 60 L172 78',
  },
  side_plank: {
    head: [30, 56],
    body: ['M42 62 L150 90', 'M46 66 L46 98 L76 98', 'M150 90 L132 98 L168 98'],
    start: ['M42 62 Q96 98 150 94'],
    move: 'M96 92 L96 70',
  },
  hamstring: {
    head: [24, 86],
    body: ['M35 91 L110 92', 'M110 92 L130 18', 'M110 92 L140 66 L164 98', 'M60 91 L118 50'],
  },
};

export function ExerciseFigure({ figure, name }: { figure: Figure; name: string }) {
  const p = poses[figure];
  const arrow = `arrow-${figure}`;
  return (
    <svg
      class="figure"
      viewBox="0 0 200 112"
      role="img"
      aria-label={p.start ? words.figureMoves(name) : words.figure(name)}
    >
      <defs>
        <marker
          id={arrow}
          viewBox="0 0 10 10"
          refX="6"
          refY="5"
          markerWidth="4"
          markerHeight="4"
          orient="auto"
        >
          <path class="arrowhead" d="M0 0 L10 5 L0 10z" />
        </marker>
      </defs>
      <line class="floor" x1="0" y1="100" x2="200" y2="100" />
      {p.start?.map((d) => (
        <path key={d} class="ghost" d={d} />
      ))}
      <circle class="head" cx={p.head[0]} cy={p.head[1]} r="9" />
      {p.body.map((d) => (
        <path key={d} class="body" d={d} />
      ))}
      {p.move && <path class="move" d={p.move} marker-end={`url(#${arrow})`} />}
    </svg>
  );
}
