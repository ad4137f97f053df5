import type { AppWords } from '../../core/knowledge/text/app-words.ts';
import { expectedCourse, expectedOnDay, type Progress } from '../../core/progress.ts';
import { dayLabel, words } from '../words.ts';

/** The chart's words: the patient's own by default; the clinician's page passes its own ("Patient's pain"). */
type ChartWords = AppWords['chart'];

const W = 340;
const H = 220;
const PAD = { left: 34, right: 10, top: 12, bottom: 34 };

/**
 * Pain by day (day 0 = the day it started) against the course core expects for this person (core
 * expected-course.ts, the same one the "on track" line reads): an SVG for the eye, described in words and backed
 * by a table. The course is a bounded number of points, however long the episode.
 */
export function PainChart({ p, words: w = words.chart }: { p: Progress; words?: ChartWords }) {
  const lastDay = Math.max(14, p.day, ...p.days.map((d) => d.day));
  const x = (day: number) => PAD.left + (day / lastDay) * (W - PAD.left - PAD.right);
  const y = (pain: number) => PAD.top + (1 - pain / 10) * (H - PAD.top - PAD.bottom);
  const course = expectedCourse(p.days, lastDay);
  const expected = course.map((c) => `${x(c.day).toFixed(1)},${y(c.pain).toFixed(1)}`);
  const you = p.days.map((d) => `${x(d.day).toFixed(1)},${y(d.pain).toFixed(1)}`);
  const ticks = [0, Math.round(lastDay / 2), lastDay];
  const desc =
    p.days.length === 0
      ? w.empty
      : w.described({
          firstPain: p.days[0]?.pain ?? 0,
          firstDay: p.days[0]?.day ?? 0,
          lastPain: p.latest?.pain ?? 0,
          lastDay: p.latest?.day ?? 0,
          courseStart: course[0]?.pain ?? 0,
          courseEnd: course.at(-1)?.pain ?? 0,
          courseEndDay: lastDay,
        });
  return (
    <figure>
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title chart-desc">
        <title id="chart-title">{w.title}</title>
        <desc id="chart-desc">{desc}</desc>
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        <line class="axis" x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} />
        {ticks.map((d) => (
          <text key={d} x={x(d)} y={H - 14} text-anchor="middle">
            {d}
          </text>
        ))}
        <text x={(W + PAD.left) / 2} y={H - 1} text-anchor="middle">
          {w.dayAxis}
        </text>
        <polyline
          class="expected"
          data-course={p.days.length ? 'scaled' : 'average'}
          points={expected.join(' ')}
        />
        {you.length > 1 && <polyline class="you" points={you.join(' ')} />}
        {p.days.map((d) => (
          <circle key={d.day} class="dot" cx={x(d.day)} cy={y(d.pain)} r={4.5} />
        ))}
      </svg>
      <figcaption class="key">
        <span>{w.yourPain}</span>
        <span class="key-expected">{p.days.length ? w.expectedKey : w.averageKey}</span>
      </figcaption>
    </figure>
  );
}

export function PainTable({ p, words: w = words.chart }: { p: Progress; words?: ChartWords }) {
  return (
    <table>
      <caption class="sr-only">{w.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{w.day}</th>
          <th scope="col">{w.date}</th>
          <th scope="col">{w.yourPain}</th>
          <th scope="col">{w.expectedCourse}</th>
        </tr>
      </thead>
      <tbody>
        {p.days.map((d) => (
          <tr key={d.date}>
            <td>{d.day}</td>
            <td>{dayLabel(d.date)}</td>
            <td>{w.pain(d.pain)}</td>
            <td>{w.pain(expectedOnDay(p.days, d.day))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
