import { useState } from 'preact/hooks';
import { localClock } from '../../core/dates.ts';
import type { Entry } from '../../core/entry.ts';
import { enDoctor } from '../../core/knowledge/text/en/doctor.ts';
import { announce } from '../announce.ts';
import { today } from '../clock.ts';
import { DiaryForm } from '../components/diary-form.tsx';
import { Screen } from '../components/screen.tsx';
import { liveEntries } from '../store/live.ts';
import { currentEpisode, deleteEntry } from '../store/state.ts';
import { dayLabel, treatmentWords, trendWords, triggerWords } from '../words.ts';

function summary(e: Entry): string {
  const parts: string[] = [];
  if (e.pain !== undefined) parts.push(`Pain ${e.pain} of 10`);
  if (e.checkIn) parts.push(`Check-in: ${trendWords[e.checkIn].toLowerCase()}`);
  if (e.minutes !== undefined && e.treatments?.length) {
    parts.push(`${treatmentWords[e.treatments[0] as 'ice']} session, ${e.minutes} minutes`);
  } else if (e.treatments?.length) {
    parts.push(e.treatments.map((t) => treatmentWords[t]).join(', '));
  }
  if (e.spasms !== undefined) parts.push(`${e.spasms} spasm${e.spasms === 1 ? '' : 's'}`);
  if (e.triggers?.length)
    parts.push(`After: ${e.triggers.map((t) => triggerWords[t].toLowerCase()).join(', ')}`);
  if (e.functionScale?.length)
    parts.push(
      enDoctor.activities.diaryLine(e.functionScale.map((r) => `${r.activity} ${r.score}`).join(', ')),
    );
  return parts.join(' · ') || 'Note';
}

function time(e: Entry): string {
  return localClock(new Date(e.recordedAt));
}

/** Log pain and more; see, edit and delete past entries. Edits supersede, deletes leave a tombstone. */
export default function Diary() {
  const ep = currentEpisode.value;
  const [editing, setEditing] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<string | undefined>();
  const list = [...liveEntries.value].reverse();

  return (
    <Screen title="Pain diary">
      {ep ? (
        <section class="card" aria-labelledby="new-title">
          <h2 id="new-title">New entry for today</h2>
          <DiaryForm episodeId={ep.id} date={today()} />
        </section>
      ) : (
        <p>
          Start with <a href="#/check">a check of your back</a>; then the diary is ready.
        </p>
      )}
      <h2>History</h2>
      {list.length === 0 && <p class="muted">Nothing logged yet.</p>}
      <ul class="stack" aria-label="Diary entries, newest first">
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
                    await deleteEntry(e);
                    setConfirming(undefined);
                    announce('Entry deleted.');
                  }}
                >
                  Yes, delete it
                </button>
                <button type="button" onClick={() => setConfirming(undefined)}>
                  Keep it
                </button>
              </div>
            ) : (
              <div class="row">
                <button
                  type="button"
                  onClick={() => setEditing(e.id)}
                  aria-label={`Edit entry of ${dayLabel(e.date)} ${time(e)}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  onClick={() => setConfirming(e.id)}
                  aria-label={`Delete entry of ${dayLabel(e.date)} ${time(e)}`}
                >
                  Delete
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </Screen>
  );
}
