import { useState } from 'preact/hooks';
import { checkInsOf, dueCheckIn } from '../../core/episode-view.ts';
import { progress } from '../../core/progress.ts';
import { today } from '../clock.ts';
import { PainChart, PainTable } from '../components/chart.tsx';
import { CheckInCard } from '../components/checkin.tsx';
import { Screen } from '../components/screen.tsx';
import { Sources } from '../components/sources.tsx';
import { entriesOf } from '../store/live.ts';
import { currentEpisode, episodes } from '../store/state.ts';
import { dayLabel, trendWords } from '../words.ts';

/** Pain by day against the expected course, the check-ins, and earlier episodes. */
export default function Progress() {
  const all = episodes.value.filter((e) => !e.deleted).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const [chosen, setChosen] = useState<string | undefined>();
  const ep = all.find((e) => e.id === chosen) ?? currentEpisode.value ?? all[0];
  if (!ep) {
    return (
      <Screen title="Progress">
        <p>
          Nothing to show yet. <a href="#/check">Check your back</a> and log your pain each day.
        </p>
      </Screen>
    );
  }
  const date = today();
  const isCurrent = ep.id === currentEpisode.value?.id;
  const entries = entriesOf(ep.id);
  const end = isCurrent ? date : (ep.closedAt?.slice(0, 10) ?? date);
  const p = progress(entries, ep.onset, [end, ep.onset].sort()[1] ?? end);
  const due = isCurrent ? dueCheckIn(ep, entries, date) : undefined;
  const answered = entries.filter((e) => e.checkIn);

  return (
    <Screen title="Progress">
      {all.length > 1 && (
        <>
          <label for="episode">Episode</label>
          <select
            id="episode"
            value={ep.id}
            onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}
          >
            {all.map((e) => (
              <option key={e.id} value={e.id}>
                Started {dayLabel(e.onset)}
                {e.id === currentEpisode.value?.id ? ' (now)' : ''}
              </option>
            ))}
          </select>
        </>
      )}
      <p>
        Day {p.day + 1} since it started on {dayLabel(ep.onset)}.
        {p.trend && ` Trend: ${trendWords[p.trend].toLowerCase()}.`}
        {p.onTrack === true && ' You are on track with how most people recover.'}
        {p.onTrack === false && ' Your pain is easing more slowly than most people’s.'}
      </p>
      {due && <CheckInCard ep={ep} checkIn={due} />}
      {p.prompts.map((x) => (
        <div key={x.id} class={x.disposition ? 'card warn' : 'card'}>
          <p>{x.message}</p>
          {x.disposition && isCurrent && <a href="#/result">What to do</a>}
          <Sources ids={x.sources} />
        </div>
      ))}
      <PainChart p={p} />
      <details>
        <summary>Show the numbers as a table</summary>
        <PainTable p={p} />
      </details>
      <p class="muted">
        The average course comes from 33 studies of more than 11,000 people with new low back pain: most of
        the improvement comes in the first six weeks.
      </p>
      <Sources ids={['costa:2012', 'henschke:2008']} />
      <h2>Check-ins</h2>
      <ul>
        {checkInsOf(ep).map((c) => {
          const a = answered.find((e) => e.date >= c.date);
          return (
            <li key={c.day}>
              {dayLabel(c.date)}:{' '}
              {a?.checkIn ? trendWords[a.checkIn] : c.date <= date ? 'not answered' : 'to come'}
            </li>
          );
        })}
      </ul>
      <a class="btn block" href="#/diary">
        Open the diary
      </a>
    </Screen>
  );
}
