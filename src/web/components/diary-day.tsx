import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { localClock } from '../../core/dates.ts';
import type { Entry } from '../../core/entry.ts';
import { readMedicine } from '../../core/medicines-taken.ts';
import { deleteEntries, deleteEntry, restoreEntries, restoreEntry } from '../store/writes.ts';
import { timeLabel } from '../time-label.ts';
import { notice } from '../toast.ts';
import { dayLabel, medicineWords, treatmentWords, trendWords, triggerWords, words } from '../words.ts';
import { DiaryForm } from './diary-form.tsx';

const w = words.diary;

type Level = 3 | 4;

/** The time an entry was recorded, on the person's own clock. */
export function entryTime(e: Entry): string {
  return timeLabel(localClock(new Date(e.recordedAt)));
}

const isSession = (e: Entry) =>
  e.minutes !== undefined && (e.treatments?.[0] === 'ice' || e.treatments?.[0] === 'heat');

/** One entry in a line, for its heading when the day is open. */
function summary(e: Entry): string {
  const parts: string[] = [];
  if (e.pain !== undefined) parts.push(w.pain(e.pain));
  if (e.checkIn) parts.push(w.checkIn(trendWords[e.checkIn]));
  if (isSession(e)) {
    parts.push(w.session(treatmentWords[e.treatments?.[0] as 'ice'], e.minutes as number));
    if (e.felt) parts.push(w.felt(words.session.felt[e.felt]));
  } else if (e.treatments?.length) {
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
    parts.push(e.functionScale.map((r) => w.activity(r.activity, r.score)).join(', '));
  return parts.join(' · ') || w.note;
}

const unique = (list: string[]) => [...new Set(list)];

/** The day's facts, each kind on its own line: what a person looks for, not one row an entry. */
function facts(list: readonly Entry[]): [string, string[]][] {
  const f = w.facts;
  const pain = list.filter((e) => e.pain !== undefined).map((e) => w.at(String(e.pain), entryTime(e)));
  const sessions = list.filter(isSession).map((e) => {
    const what = w.at(
      w.sessionShort(treatmentWords[e.treatments?.[0] as 'ice'], e.minutes as number),
      entryTime(e),
    );
    return e.felt ? `${what}, ${w.felt(words.session.felt[e.felt])}` : what;
  });
  const named = unique(
    list.flatMap((e) => (e.medicines ?? []).map((m) => readMedicine(m, medicineWords).name)),
  );
  const tookUnnamed = list.some((e) => e.treatments?.includes('medicine') && !e.medicines?.length);
  const medicines = named.length ? named : tookUnnamed ? [treatmentWords.medicine] : [];
  const did = unique(
    list.flatMap((e) =>
      (e.treatments ?? [])
        .filter((t, i) => t !== 'medicine' && !(i === 0 && isSession(e)))
        .map((t) => treatmentWords[t]),
    ),
  );
  const checkIns = list.flatMap((e) => (e.checkIn ? [trendWords[e.checkIn]] : []));
  const activities = list.flatMap((e) => (e.functionScale ?? []).map((r) => w.activity(r.activity, r.score)));
  const spasmCounts = list.flatMap((e) => (e.spasms === undefined ? [] : [e.spasms]));
  const spasms = spasmCounts.length ? [w.spasms(spasmCounts.reduce((a, b) => a + b, 0))] : [];
  const after = unique(list.flatMap((e) => (e.triggers ?? []).map((t) => triggerWords[t])));
  const notes = list.flatMap((e) => (e.note ? [w.entryTitle(entryTime(e), e.note)] : []));
  const all: [string, string[]][] = [
    [f.pain, pain],
    [f.sessions, sessions],
    [f.medicines, medicines],
    [f.did, did],
    [f.checkIn, checkIns],
    [f.activities, activities],
    [f.spasms, spasms],
    [f.after, after],
    [f.notes, notes],
  ];
  return all.filter(([, items]) => items.length > 0);
}

interface DayProps {
  /** Unique on the page: the episode's id and the date. */
  id: string;
  date: string;
  episodeId: string;
  /** The day's entries, oldest first. */
  list: Entry[];
  level: Level;
  /** Called when the day's last entry went: the list moves the focus to a day that is still there. */
  onEmptied: () => void;
}

/**
 * One day of the diary: its date, then its facts (pain with times, sessions, medicines by name, check-in,
 * activities, notes). One Edit opens the day: each entry becomes its own form, with Delete (Undo in the
 * message), a form to add an entry to the day and a way to delete the whole day.
 */
export function DiaryDay({ id, date, episodeId, list, level, onEmptied }: DayProps) {
  const [open, setOpen] = useState(false);
  const [adding, setAdding] = useState(false);
  const [asking, setAsking] = useState(false);
  // Bumped when an entry's form cancels, so it starts again from what is stored (a save makes a new entry,
  // whose form is new anyway); the other forms keep what is typed in them.
  const [resets, setResets] = useState<Record<string, number>>({});
  const [focusEntry, setFocusEntry] = useState<number | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const ask = useRef<HTMLParagraphElement>(null);
  const deleteDay = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const day = dayLabel(date);
  const H = `h${level}` as 'h3';
  const EntryH = `h${level + 1}` as 'h4';
  const headingId = `${id}-title`;

  useEffect(() => {
    if (focusEntry === undefined) return;
    const at = Math.min(focusEntry, list.length - 1);
    const target = at >= 0 ? document.getElementById(`${id}-entry-${at}`) : heading.current;
    (target ?? heading.current)?.focus();
    setFocusEntry(undefined);
  }, [focusEntry, list.length, id]);

  // The question takes the focus; "Keep it" gives it back to the button that asked.
  useEffect(() => {
    if (asking) ask.current?.focus();
    else if (asked.current) deleteDay.current?.focus();
    asked.current = asking;
  }, [asking]);

  const removeOne = async (e: Entry, at: number) => {
    const tombstone = await deleteEntry(e);
    notice(w.deletedEntry(day, entryTime(e)), () => restoreEntry(e, tombstone));
    if (list.length === 1) onEmptied();
    else setFocusEntry(at);
  };

  const removeDay = async () => {
    const gone = [...list];
    const tombstones = await deleteEntries(gone);
    notice(w.deletedDay(day, gone.length), () =>
      restoreEntries(gone.map((e, i) => [e, tombstones[i] as Entry] as const)),
    );
    onEmptied();
  };

  return (
    <section class={open ? 'card day open' : 'card day'} aria-labelledby={headingId}>
      <div class="day-head">
        <H id={headingId} class="day-title" ref={heading} tabIndex={-1}>
          {day}
        </H>
        {/* One button that stays where it is: Edit opens the day, Done closes it; the focus stays on it. */}
        <button
          type="button"
          aria-expanded={open}
          aria-label={open ? w.doneDay(day) : w.editDay(day)}
          onClick={() => {
            setOpen(!open);
            setAdding(false);
            setAsking(false);
          }}
        >
          {open ? w.done : words.common.edit}
        </button>
      </div>
      {!open && (
        <dl class="day-facts">
          {facts(list).map(([name, items]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>
                {items.map((item, i) => (
                  <Fragment key={item + String(i)}>
                    {/* The comma stays with its fact; the space between facts is where a line may break. */}
                    <span class="fact">{i < items.length - 1 ? `${item},` : item}</span>{' '}
                  </Fragment>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {open && (
        <>
          <ul class="day-entries" aria-label={w.entriesLabel(day)}>
            {list.map((e, i) => {
              const time = entryTime(e);
              return (
                <li key={`${e.id}-${resets[e.id] ?? 0}`}>
                  <EntryH id={`${id}-entry-${i}`} class="entry-title" tabIndex={-1}>
                    {w.entryTitle(time, summary(e))}
                  </EntryH>
                  <DiaryForm
                    episodeId={e.episodeId}
                    date={e.date}
                    editing={e}
                    collapsed
                    label={w.editLabel(day, time)}
                    painLabel={w.painOfEntry}
                    onDone={() => {
                      setResets((r) => ({ ...r, [e.id]: (r[e.id] ?? 0) + 1 }));
                      setFocusEntry(i);
                    }}
                  />
                  <button
                    type="button"
                    class="quiet-danger"
                    aria-label={w.deleteLabel(day, time)}
                    onClick={() => removeOne(e, i)}
                  >
                    {words.common.delete}
                  </button>
                </li>
              );
            })}
          </ul>
          <div class="day-actions">
            <button type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
              {w.addToDay}
            </button>
            {adding && (
              <DiaryForm
                episodeId={episodeId}
                date={date}
                label={w.newForDay(day)}
                painLabel={w.painOfEntry}
                onDone={() => {
                  setAdding(false);
                  setFocusEntry(list.length);
                }}
              />
            )}
            {asking ? (
              <div class="card warn">
                <p ref={ask} tabIndex={-1}>
                  {w.deleteDayAsk(day, list.length)}
                </p>
                <div class="row">
                  <button type="button" class="danger" onClick={removeDay}>
                    {w.yesDelete}
                  </button>
                  <button type="button" onClick={() => setAsking(false)}>
                    {w.keep}
                  </button>
                </div>
              </div>
            ) : (
              <button
                ref={deleteDay}
                type="button"
                class="quiet-danger"
                aria-label={w.deleteDayLabel(day)}
                onClick={() => setAsking(true)}
              >
                {w.deleteDay}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

interface DaysProps {
  /** The episode's entries (or a removed episode's), oldest first. */
  list: Entry[];
  name: string;
  /** The id of what the entries belong to, for the cards' ids. */
  group: string;
  level: Level;
  episodeId?: string;
}

/** An episode's days, newest first: one card a day. */
export function DiaryDays({ list, name, group, level, episodeId }: DaysProps) {
  const box = useRef<HTMLDivElement>(null);
  const [refocus, setRefocus] = useState(0);
  useEffect(() => {
    if (!refocus) return;
    // The emptied day is gone: the focus goes to the first day still listed, else to "Nothing logged yet".
    box.current?.querySelector<HTMLElement>('.day-title, [data-days-empty]')?.focus();
  }, [refocus]);
  const byDay = new Map<string, Entry[]>();
  for (const e of list) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e]);
  const days = [...byDay.keys()].sort().reverse();
  return (
    <div ref={box}>
      {days.length === 0 ? (
        <p class="muted" data-days-empty tabIndex={-1}>
          {w.nothingYet}
        </p>
      ) : (
        <ul class="days" aria-label={w.listLabel(name)}>
          {days.map((date) => {
            const entries = byDay.get(date) ?? [];
            return (
              <li key={date}>
                <DiaryDay
                  id={`day-${group}-${date}`}
                  date={date}
                  episodeId={episodeId ?? (entries[0] as Entry).episodeId}
                  list={entries}
                  level={level}
                  onEmptied={() => setRefocus((n) => n + 1)}
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
