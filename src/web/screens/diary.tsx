import { useState } from 'preact/hooks';
import './diary.css';
import { localClock } from '../../core/dates.ts';
import type { Entry } from '../../core/entry.ts';
import { enDoctor } from '../../core/knowledge/text/en/doctor.ts';
import { readMedicine } from '../../core/medicines-taken.ts';
import { today } from '../clock.ts';
import { DiaryForm } from '../components/diary-form.tsx';
import { Screen } from '../components/screen.tsx';
import { episodeLabel, episodesNewestFirst } from '../episode-label.ts';
import { liveEntries } from '../store/live.ts';
import { currentEpisode, deleteEntry, episodes, restoreEntry } from '../store/state.ts';
import { timeLabel } from '../time-label.ts';
import { notice } from '../toast.ts';
import { dayLabel, medicineWords, treatmentWords, trendWords, triggerWords, words } from '../words.ts';

const w = words.diary;
const ew = words.episodes;

function summary(e: Entry): string {
  const parts: string[] = [];
  if (e.pain !== undefined) parts.push(w.pain(e.pain));
  if (e.checkIn) parts.push(w.checkIn(trendWords[e.checkIn]));
  if (e.minutes !== undefined && e.treatments?.length) {
    parts.push(w.session(treatmentWords[e.treatments[0] as 'ice'], e.minutes));
    if (e.felt) parts.push(w.felt(words.session.felt[e.felt]));
  } else if (e.treatments?.length) {
    // The medicine treatment with its names, when the person gave them.
    const names = (e.medicines ?? []).map((m) => readMedicine(m, medicineWords).name);
    parts.push(
      e.treatments
        .map((t) => (t === 'medicine' && names.length ? w.medicines(names) : treatmentWords[t]))
        .join(', '),
    );
  }
  if (e.spasms !== undefined) parts.push(w.spasms(e.spasms));
  if (e.triggers?.length) parts.push(w.after(e.triggers.map((t) => triggerWords[t])));
  if (e.functionScale?.length)
    parts.push(
      enDoctor.activities.diaryLine(e.functionScale.map((r) => `${r.activity} ${r.score}`).join(', ')),
    );
  return parts.join(' · ') || w.note;
}

function time(e: Entry): string {
  return timeLabel(localClock(new Date(e.recordedAt)));
}

/** Log pain and more; see, edit and delete past entries, grouped by episode: the current one first. */
export default function Diary() {
  const current = currentEpisode.value;
  const date = today();
  const live = liveEntries.value;
  const shown = episodesNewestFirst(episodes.value);
  const known = new Set(shown.map((e) => e.id));
  const earlier = shown.filter((e) => e.id !== current?.id);
  const of = (id: string) => live.filter((e) => e.episodeId === id).reverse();
  const others = live.filter((e) => !known.has(e.episodeId)).reverse();

  return (
    <Screen title={w.title}>
      {current ? (
        <>
          <section class="card" aria-labelledby="new-title">
            <h2 id="new-title">{w.newEntry}</h2>
            <DiaryForm episodeId={current.id} date={date} />
          </section>
          <h2>{episodeLabel(current, true, date)}</h2>
          <Entries list={of(current.id)} name={episodeLabel(current, true, date)} />
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
                <Entries list={list} name={name} />
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
          <Entries list={others} name={ew.otherEntries} />
        </details>
      )}
    </Screen>
  );
}

/** One episode's entries, newest first, each with Edit and Delete (a tombstone, with Undo). */
function Entries({ list, name }: { list: Entry[]; name: string }) {
  const [editing, setEditing] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<string | undefined>();
  if (list.length === 0) return <p class="muted">{w.nothingYet}</p>;
  return (
    <ul class="stack" aria-label={w.listLabel(name)}>
      {list.map((e) => (
        <li key={e.id} class="entry">
          <p>
            <strong>
              {dayLabel(e.date)}, {time(e)}
            </strong>
            <br />
            {summary(e)}
          </p>
          {e.note && <p>{e.note}</p>}
          {editing === e.id ? (
            <DiaryForm
              episodeId={e.episodeId}
              date={e.date}
              editing={e}
              onDone={() => setEditing(undefined)}
            />
          ) : confirming === e.id ? (
            <div class="row">
              <button
                type="button"
                class="danger"
                onClick={async () => {
                  const tombstone = await deleteEntry(e);
                  setConfirming(undefined);
                  notice(w.deleted, () => restoreEntry(e, tombstone));
                }}
              >
                {w.yesDelete}
              </button>
              <button type="button" onClick={() => setConfirming(undefined)}>
                {w.keep}
              </button>
            </div>
          ) : (
            <div class="row">
              {(
                [
                  [words.common.edit, w.editLabel, setEditing],
                  [words.common.delete, w.deleteLabel, setConfirming],
                ] as const
              ).map(([label, describe, act]) => (
                <button
                  key={label}
                  type="button"
                  onClick={() => act(e.id)}
                  aria-label={describe(dayLabel(e.date), time(e))}
                >
                  {label}
                </button>
              ))}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
