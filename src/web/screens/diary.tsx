import { useState } from 'preact/hooks';
import { localClock } from '../../core/dates.ts';
import type { Entry } from '../../core/entry.ts';
import { enDoctor } from '../../core/knowledge/text/en/doctor.ts';
import { today } from '../clock.ts';
import { DiaryForm } from '../components/diary-form.tsx';
import { Screen } from '../components/screen.tsx';
import { liveEntries } from '../store/live.ts';
import { currentEpisode, deleteEntry, restoreEntry } from '../store/state.ts';
import { timeLabel } from '../time-label.ts';
import { notice } from '../toast.ts';
import { dayLabel, treatmentWords, trendWords, triggerWords, words } from '../words.ts';

const w = words.diary;

function summary(e: Entry): string {
  const parts: string[] = [];
  if (e.pain !== undefined) parts.push(w.pain(e.pain));
  if (e.checkIn) parts.push(w.checkIn(trendWords[e.checkIn]));
  if (e.minutes !== undefined && e.treatments?.length) {
    parts.push(w.session(treatmentWords[e.treatments[0] as 'ice'], e.minutes));
    if (e.felt) parts.push(w.felt(words.session.felt[e.felt]));
  } else if (e.treatments?.length) {
    parts.push(e.treatments.map((t) => treatmentWords[t]).join(', '));
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

/** Log pain and more; see, edit and delete past entries. Edits supersede, deletes leave a tombstone. */
export default function Diary() {
  const ep = currentEpisode.value;
  const [editing, setEditing] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<string | undefined>();
  const list = [...liveEntries.value].reverse();

  return (
    <Screen title={w.title}>
      {ep ? (
        <section class="card" aria-labelledby="new-title">
          <h2 id="new-title">{w.newEntry}</h2>
          <DiaryForm episodeId={ep.id} date={today()} />
        </section>
      ) : (
        <p>
          {w.startWith} <a href="#/check">{w.checkLink}</a>
          {w.thenReady}
        </p>
      )}
      <h2>{w.history}</h2>
      {list.length === 0 && <p class="muted">{w.nothingYet}</p>}
      <ul class="stack" aria-label={w.listLabel}>
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
    </Screen>
  );
}
