import './diary.css';
import { today } from '../clock.ts';
import { DiaryDays } from '../components/diary-day.tsx';
import { DiaryForm } from '../components/diary-form.tsx';
import { Screen } from '../components/screen.tsx';
import { episodeLabel, episodesNewestFirst } from '../episode-label.ts';
import { liveEntries } from '../store/live.ts';
import { currentEpisode, episodes } from '../store/state.ts';
import { words } from '../words.ts';

const w = words.diary;
const ew = words.episodes;

/**
 * Log pain and more; the past by day, newest first, in episodes (the current one first): one card a day, whose
 * one Edit opens its entries (components/diary-day.tsx).
 */
export default function Diary() {
  const current = currentEpisode.value;
  const date = today();
  const live = liveEntries.value;
  const shown = episodesNewestFirst(episodes.value);
  const known = new Set(shown.map((e) => e.id));
  const earlier = shown.filter((e) => e.id !== current?.id);
  const of = (id: string) => live.filter((e) => e.episodeId === id);
  const others = live.filter((e) => !known.has(e.episodeId));

  return (
    <Screen title={w.title}>
      {current ? (
        <>
          <section class="card" aria-labelledby="new-title">
            <h2 id="new-title">{w.newEntry}</h2>
            <DiaryForm episodeId={current.id} date={date} />
          </section>
          <h2>{episodeLabel(current, true, date)}</h2>
          <DiaryDays
            list={of(current.id)}
            name={episodeLabel(current, true, date)}
            group={current.id}
            episodeId={current.id}
            level={3}
          />
        </>
      ) : (
        <p>
          {w.startWith} <a href="#/check">{w.checkLink}</a>
          {w.thenReady}
        </p>
      )}
      {earlier.length > 0 && (
        <>
          <h2>{ew.earlierTitle}</h2>
          {earlier.map((ep) => {
            const name = episodeLabel(ep, false, date);
            const list = of(ep.id);
            return (
              <details key={ep.id} class="episode">
                <summary>
                  <h3>{name}</h3>
                  <span class="muted">{ew.entryCount(list.length)}</span>
                </summary>
                <DiaryDays list={list} name={name} group={ep.id} episodeId={ep.id} level={4} />
              </details>
            );
          })}
        </>
      )}
      {others.length > 0 && (
        <details class="episode">
          <summary>
            <h3>{ew.otherEntries}</h3>
            <span class="muted">{ew.entryCount(others.length)}</span>
          </summary>
          <DiaryDays list={others} name={ew.otherEntries} group="others" level={4} />
        </details>
      )}
    </Screen>
  );
}
