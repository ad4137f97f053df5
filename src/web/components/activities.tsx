import { useState } from 'preact/hooks';
import { doctorWords } from '#words';
import type { Entry } from '../../core/entry.ts';
import type { Episode } from '../../core/episode.ts';
import {
  ACTIVITY_NAME_MAX,
  type ActivityRating,
  currentActivities,
  functionSeries,
  MAX_ACTIVITIES,
  ratingIsDue,
} from '../../core/function-scale.ts';
import { announce } from '../announce.ts';
import { newId } from '../clock.ts';
import { saveEntry } from '../store/writes.ts';
import { dayLabel } from '../words.ts';
import { FieldError } from './field-error.tsx';
import { PainScale } from './pain-scale.tsx';
import './activities.css';

const w = doctorWords.activities;
const NAME_MAX = ACTIVITY_NAME_MAX;

interface Row {
  key: string;
  name: string;
  score?: number;
}

/** What to fix before saving, one message per row at fault; empty when the ratings can be saved. */
function problems(rows: readonly Row[]): Record<string, string> {
  const found: Record<string, string> = {};
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const name = r.name.trim();
    if (!name) found[r.key] = w.nameMissing(i + 1);
    else if (name.length > NAME_MAX) found[r.key] = w.nameTooLong(i + 1, NAME_MAX);
    else if (seen.has(name.toLowerCase())) found[r.key] = w.duplicate(name);
    else if (r.score === undefined) found[r.key] = w.rateMissing(i + 1);
    seen.add(name.toLowerCase());
  });
  return found;
}

/**
 * The Patient-Specific Functional Scale: up to five activities in the person's own words, each rated
 * 0-10, saved as one diary entry. The list starts from the last rating, so a weekly rating asks about
 * the same activities; what was typed survives a failed save.
 */
export function ActivityForm({
  episodeId,
  entries,
  date,
  onSaved,
}: {
  episodeId: string;
  entries: readonly Entry[];
  date: string;
  onSaved?: () => void;
}) {
  const [id, setId] = useState(newId);
  const [rows, setRows] = useState<Row[]>(() => {
    const names = currentActivities(entries);
    return names.length ? names.map((name) => ({ key: newId(), name })) : [{ key: newId(), name: '' }];
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const change = (key: string, patch: Partial<Row>) =>
    setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const submit = async (e: Event) => {
    e.preventDefault();
    const found = problems(rows);
    setErrors(found);
    if (Object.keys(found).length > 0 || rows.length === 0) return;
    const scale: ActivityRating[] = rows.map((r) => ({ activity: r.name.trim(), score: r.score ?? 0 }));
    setBusy(true);
    setFailed(false);
    try {
      await saveEntry(id, episodeId, { date, functionScale: scale });
      announce(w.saved(scale.length));
      setId(newId());
      onSaved?.();
    } catch {
      setFailed(true);
      announce(w.saveFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} aria-label={w.title} noValidate>
      <p class="muted">{w.examples}</p>
      <p class="muted">{w.scaleEnds}</p>
      {rows.map((r, i) => {
        const inputId = `activity-${r.key}`;
        const errorId = `${inputId}-error`;
        return (
          <div key={r.key} class="activity">
            <label for={inputId}>{w.nameLabel(i + 1)}</label>
            <input
              id={inputId}
              type="text"
              value={r.name}
              maxLength={NAME_MAX + 20}
              placeholder={w.namePlaceholders[i % w.namePlaceholders.length]}
              autoComplete="off"
              aria-invalid={errors[r.key] ? true : undefined}
              aria-describedby={errors[r.key] ? errorId : undefined}
              onInput={(ev) => change(r.key, { name: (ev.target as HTMLInputElement).value })}
            />
            <PainScale
              label={r.name.trim() ? w.rateLabel(r.name.trim()) : w.rateUnnamed}
              value={r.score ?? -1}
              onPick={(n) => change(r.key, { score: n })}
              plain
            />
            {errors[r.key] && <FieldError id={errorId} message={errors[r.key] as string} />}
            {rows.length > 1 && (
              <button
                type="button"
                onClick={() => setRows((list) => list.filter((x) => x.key !== r.key))}
                aria-label={w.remove(r.name.trim() || w.nameLabel(i + 1))}
              >
                {w.remove(r.name.trim() || w.nameLabel(i + 1))}
              </button>
            )}
          </div>
        );
      })}
      {rows.length < MAX_ACTIVITIES && (
        <button
          type="button"
          class="block"
          onClick={() => setRows((l) => [...l, { key: newId(), name: '' }])}
        >
          {w.add}
        </button>
      )}
      <button type="submit" class="primary block big" disabled={busy}>
        {w.save}
      </button>
      {failed && <FieldError message={w.saveFailed} />}
    </form>
  );
}

/** A card asking for the first rating after the check, and again a week after the last one. */
export function ActivitiesDue({
  ep,
  entries,
  date,
}: {
  ep: Episode;
  entries: readonly Entry[];
  date: string;
}) {
  if (ep.closedAt || !ratingIsDue(entries, ep.case.asOf, date)) return null;
  const first = currentActivities(entries).length === 0;
  return (
    <section class="card" aria-labelledby="activities-due-title">
      <h2 id="activities-due-title">{w.title}</h2>
      <p>{first ? w.dueFirst : w.dueAgain}</p>
      <a class="btn block" href="#/activities">
        {first ? w.nameNow : w.rateNow}
      </a>
    </section>
  );
}

/** Each activity's ratings over time, oldest first, as lists that reflow on a narrow screen. */
export function ActivityScores({ entries }: { entries: readonly Entry[] }) {
  const series = functionSeries(entries);
  return (
    <section aria-labelledby="activity-scores-title">
      <h2 id="activity-scores-title">{w.progressTitle}</h2>
      {series.length === 0 ? (
        <p class="muted">{w.progressNone}</p>
      ) : (
        <ul class="scores">
          {series.map((s) => (
            <li key={s.activity}>
              <strong>{s.activity}</strong>
              <ol aria-label={w.scoresOf(s.activity)}>
                {s.points.map((p) => (
                  <li key={p.date}>{w.scoreOn(p.score, dayLabel(p.date))}</li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
      <a class="btn block" href="#/activities">
        {series.length === 0 ? w.nameNow : w.change}
      </a>
    </section>
  );
}
