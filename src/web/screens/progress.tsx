import { useState } from 'preact/hooks';
import { catalogue, doctorWords } from '#words';
import { localDayOf } from '../../core/clock.ts';
import { checkInStatuses } from '../../core/episode-view.ts';
import { progress } from '../../core/progress.ts';
import { today } from '../clock.ts';
import { ActivitiesDue, ActivityScores } from '../components/activities.tsx';
import { PainChart, PainTable } from '../components/chart.tsx';
import { CheckInCard } from '../components/checkin.tsx';
import { Screen } from '../components/screen.tsx';
import { SeeDoctorCard } from '../components/see-doctor.tsx';
import { Sources } from '../components/sources.tsx';
import { episodeLabel, episodesNewestFirst } from '../episode-label.ts';
import { entriesOf } from '../store/live.ts';
import { currentEpisode, episodes } from '../store/state.ts';
import { dayLabel, trendWords, words } from '../words.ts';

const w = words.progress;

/** Pain by day against the expected course, the check-ins, and earlier episodes. */
export default function Progress() {
  const all = episodesNewestFirst(episodes.value);
  const [chosen, setChosen] = useState<string | undefined>();
  const ep = all.find((e) => e.id === chosen) ?? currentEpisode.value ?? all[0];
  const date = today();
  if (!ep) {
    return (
      <Screen title={w.title}>
        <p>
          {w.nothingYet} <a href="#/check">{w.checkLink}</a> {w.nothingYetAfter}
        </p>
      </Screen>
    );
  }
  const current = currentEpisode.value;
  const isCurrent = ep.id === current?.id;
  const entries = entriesOf(ep.id);
  const end = isCurrent ? date : ep.closedAt ? localDayOf(ep.closedAt) : date;
  const p = progress(entries, ep.onset, [end, ep.onset].sort()[1] ?? end, ep.case);
  // One answer, shared with Today, to "which check-in is due and which were answered".
  const statuses = checkInStatuses(ep, entries, date);
  const due = isCurrent ? statuses.find((s) => s.state === 'due')?.checkIn : undefined;

  return (
    <Screen title={w.title}>
      {all.length > 1 && (
        <>
          <label for="episode">{w.episode}</label>
          <select
            id="episode"
            value={ep.id}
            onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}
          >
            {current && <option value={current.id}>{episodeLabel(current, true, date)}</option>}
            <optgroup label={words.episodes.earlierTitle}>
              {all
                .filter((e) => e.id !== current?.id)
                .map((e) => (
                  <option key={e.id} value={e.id}>
                    {episodeLabel(e, false, date)}
                  </option>
                ))}
            </optgroup>
          </select>
        </>
      )}
      <p>
        {w.dayLine(p.day, dayLabel(ep.onset))}
        {p.trend && w.trend(trendWords[p.trend])}
        {p.standing === 'see_doctor' && p.course && w.courseBesideDoctor[p.course]}
        {p.standing && w.standing[p.standing]}
      </p>
      {due && <CheckInCard ep={ep} checkIn={due} />}
      <SeeDoctorCard s={p.seeDoctor} link={isCurrent} />
      {p.prompts.map(
        (x) =>
          x.id !== 'see_doctor' && (
            <div key={x.id} class={x.id === 'getting_worse' ? 'card warn' : 'card'}>
              <p>{catalogue.prompts[x.id]}</p>
              <Sources ids={x.sources} />
            </div>
          ),
      )}
      {isCurrent && <ActivitiesDue ep={ep} entries={entries} date={date} />}
      <PainChart p={p} />
      <details>
        <summary>{w.showTable}</summary>
        <PainTable p={p} />
      </details>
      <p class="muted">{w.courseSource}</p>
      <Sources ids={['costa:2012', 'henschke:2008']} />
      <h2>{w.checkIns}</h2>
      <ul>
        {statuses.map(({ checkIn: c, state, trend }) => (
          <li key={c.day}>
            {w.checkInDay(c.day, dayLabel(c.date))}:{' '}
            {trend
              ? trendWords[trend]
              : state === 'to_come'
                ? w.toCome
                : state === 'due' && isCurrent
                  ? w.dueNow
                  : w.notAnswered}
          </li>
        ))}
      </ul>
      <ActivityScores entries={entries} />
      <a class="btn block" href="#/diary">
        {w.openDiary}
      </a>
      <a class="btn block" href="#/doctor">
        {doctorWords.screen.link}
      </a>
    </Screen>
  );
}
