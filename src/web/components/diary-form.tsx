import { useState } from 'preact/hooks';
import { dailyTriggers, type Entry, entryLimits, treatments } from '../../core/entry.ts';
import { diaryMedicines, type MedicineId } from '../../core/knowledge/medicines.ts';
import { readMedicine } from '../../core/medicines-taken.ts';
import { newId } from '../clock.ts';
import { deleteEntry, type EntryFields, restoreEntry, saveEntry } from '../store/writes.ts';
import { notice } from '../toast.ts';
import { dayLabel, medicineWords, treatmentWords, triggerWords, words } from '../words.ts';
import { FieldError } from './field-error.tsx';
import { PainScale } from './pain-scale.tsx';

const w = words.diaryForm;

/** An entry's medicines as the form holds them: the listed ones ticked, the rest as typed text. */
function medicinesOf(editing: Entry | undefined): { ticked: MedicineId[]; typed: string } {
  const ticked: MedicineId[] = [];
  const typed: string[] = [];
  for (const m of editing?.medicines ?? []) {
    const read = readMedicine(m, medicineWords);
    if (read.id && diaryMedicines.includes(read.id)) ticked.push(read.id);
    else typed.push(m);
  }
  return { ticked, typed: typed.join(', ') };
}

/** The typed names, split at commas and semicolons, empty pieces dropped. */
function typedNames(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((n) => n.trim())
    .filter(Boolean);
}

interface Props {
  episodeId: string;
  date: string;
  /** The entry being edited: saving makes a new entry that supersedes it. */
  editing?: Entry;
  onDone?: () => void;
  compact?: boolean;
  /** The form's name, when a screen holds several (the diary's open day: one form an entry). */
  label?: string;
  /** Keeps "Add more" closed when editing (the diary's open day, where each entry has a form). */
  collapsed?: boolean;
  /** The pain scale's name, when "now" would be wrong (a past day). */
  painLabel?: string;
}

/** Pain in two taps (a number, then Save); everything else optional. What was typed survives a failed save. */
export function DiaryForm({ episodeId, date, editing, onDone, compact, label, collapsed, painLabel }: Props) {
  // The id is made when the form opens: a double tap or retry saves the same entry again, not a second one.
  const [id, setId] = useState(newId);
  const [pain, setPain] = useState<number | undefined>(editing?.pain);
  const [spasms, setSpasms] = useState(editing?.spasms === undefined ? '' : String(editing.spasms));
  const [triggers, setTriggers] = useState<string[]>([...(editing?.triggers ?? [])]);
  const [done, setDone] = useState<string[]>([...(editing?.treatments ?? [])]);
  const [ticked, setTicked] = useState<string[]>(() => medicinesOf(editing).ticked);
  const [typed, setTyped] = useState(() => medicinesOf(editing).typed);
  const [note, setNote] = useState(editing?.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // The whole id: two entries of one day may share their first characters (ids made from a counter).
  const prefix = editing ? `edit-${editing.id}` : `new-${id}`;

  const toggle = (list: string[], set: (l: string[]) => void, v: string) =>
    set(list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found: Record<string, string> = {};
    const spasmCount = spasms.trim() === '' ? undefined : Number(spasms.trim());
    const { spasms: bounds, noteLength } = entryLimits;
    if (
      spasmCount !== undefined &&
      (!Number.isInteger(spasmCount) || spasmCount < bounds.min || spasmCount > bounds.max)
    ) {
      found.spasms = w.spasmsError(bounds.min, bounds.max);
    }
    if (note.length > noteLength) found.note = w.noteError(noteLength, note.length);
    // Names only when "Medicine" is ticked; one name once, however it was given.
    const tookMedicine = done.includes('medicine');
    const named = new Map<string, string>();
    for (const m of tookMedicine ? [...ticked, ...typedNames(typed)] : []) {
      const key = readMedicine(m, medicineWords).name.toLowerCase();
      if (!named.has(key)) named.set(key, m);
    }
    const { medicines: medicineBounds } = entryLimits;
    if (typedNames(typed).some((n) => n.length > medicineBounds.nameLength) && tookMedicine)
      found.medicines = w.medicineNameError(medicineBounds.nameLength);
    else if (named.size > medicineBounds.max) found.medicines = w.medicineCountError(medicineBounds.max);
    const hasAnything =
      pain !== undefined ||
      spasmCount !== undefined ||
      triggers.length ||
      done.length ||
      note.trim() ||
      editing?.functionScale?.length;
    if (!hasAnything && !found.spasms) found.pain = w.painError;
    setErrors(found);
    if (Object.keys(found).length > 0) return;

    const fields: EntryFields = { date: editing?.date ?? date };
    if (pain !== undefined) fields.pain = pain;
    if (spasmCount !== undefined) fields.spasms = spasmCount;
    if (triggers.length) fields.triggers = triggers as EntryFields['triggers'];
    if (done.length) fields.treatments = done as EntryFields['treatments'];
    if (named.size) fields.medicines = [...named.values()];
    if (editing?.minutes !== undefined) fields.minutes = editing.minutes;
    if (editing?.checkIn !== undefined) fields.checkIn = editing.checkIn;
    // Activity ratings are made on their own screen; editing the rest of the entry keeps them.
    if (editing?.functionScale !== undefined) fields.functionScale = editing.functionScale;
    if (note.trim()) fields.note = note.trim();
    setBusy(true);
    try {
      // An edit corrects the entry: it keeps the time the entry was recorded at.
      const saved = await saveEntry(
        id,
        editing?.episodeId ?? episodeId,
        fields,
        editing?.id,
        editing?.recordedAt,
      );
      const before = editing;
      // Undo takes the change back in the append-only history: a new entry is deleted, an edit reverted.
      notice(
        pain === undefined ? w.savedFor(dayLabel(fields.date)) : w.savedPain(pain, dayLabel(fields.date)),
        before ? () => restoreEntry(before, saved) : () => deleteEntry(saved),
      );
      if (!editing) {
        setId(newId());
        setPain(undefined);
        setSpasms('');
        setTriggers([]);
        setDone([]);
        setTicked([]);
        setTyped('');
        setNote('');
      }
      onDone?.();
    } catch {
      setErrors({ save: w.saveFailed });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label={label ?? (editing ? w.editLabel : w.newLabel)}>
      <PainScale
        label={painLabel ?? (compact ? w.painShort : w.painLong)}
        value={pain ?? -1}
        onPick={setPain}
        compact={compact}
      />
      <FieldError message={errors.pain} />
      {/* Compact (Today): "Add more" and Save share a row; opened, the fields take the row's width above Save. */}
      <div class={compact ? 'fold-row' : undefined}>
        <details open={!compact && !collapsed && !!editing}>
          <summary>{w.more}</summary>
          <label for={`${prefix}-spasms`}>{w.spasms}</label>
          <input
            id={`${prefix}-spasms`}
            inputMode="numeric"
            value={spasms}
            aria-invalid={errors.spasms ? 'true' : undefined}
            aria-describedby={errors.spasms ? `${prefix}-spasms-error` : undefined}
            onInput={(e) => setSpasms((e.target as HTMLInputElement).value)}
          />
          <FieldError id={`${prefix}-spasms-error`} message={errors.spasms} />
          <fieldset>
            <legend>{w.triggers}</legend>
            {dailyTriggers.map((t) => (
              <label class="check" key={t}>
                <input
                  type="checkbox"
                  checked={triggers.includes(t)}
                  onChange={() => toggle(triggers, setTriggers, t)}
                />
                {triggerWords[t]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{w.treatments}</legend>
            {treatments.map((t) => (
              <label class="check" key={t}>
                <input type="checkbox" checked={done.includes(t)} onChange={() => toggle(done, setDone, t)} />
                {treatmentWords[t]}
              </label>
            ))}
          </fieldset>
          {done.includes('medicine') && (
            <fieldset aria-describedby={`${prefix}-medicines-hint`}>
              <legend>{w.medicines}</legend>
              <p class="muted" id={`${prefix}-medicines-hint`}>
                {w.medicinesHint}
              </p>
              {diaryMedicines.map((m) => (
                <label class="check" key={m}>
                  <input
                    type="checkbox"
                    checked={ticked.includes(m)}
                    onChange={() => toggle(ticked, setTicked, m)}
                  />
                  {medicineWords.items[m].name}
                </label>
              ))}
              <label for={`${prefix}-other-medicine`}>{w.otherMedicine}</label>
              <p class="muted" id={`${prefix}-other-medicine-hint`}>
                {w.otherMedicineHint}
              </p>
              <input
                id={`${prefix}-other-medicine`}
                value={typed}
                autocomplete="off"
                aria-invalid={errors.medicines ? 'true' : undefined}
                aria-describedby={
                  errors.medicines
                    ? `${prefix}-other-medicine-hint ${prefix}-medicines-error`
                    : `${prefix}-other-medicine-hint`
                }
                onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
              />
              <FieldError id={`${prefix}-medicines-error`} message={errors.medicines} />
            </fieldset>
          )}
          <label for={`${prefix}-note`}>{w.note}</label>
          <textarea
            id={`${prefix}-note`}
            value={note}
            aria-invalid={errors.note ? 'true' : undefined}
            aria-describedby={errors.note ? `${prefix}-note-error` : undefined}
            onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
          />
          <FieldError id={`${prefix}-note-error`} message={errors.note} />
        </details>
        <FieldError message={errors.save} />
        <div class="row">
          {/* aria-disabled, not disabled: a disabled button drops the focus to the page while it saves. */}
          <button
            type="submit"
            class={compact ? 'primary' : 'primary big'}
            aria-disabled={busy ? 'true' : undefined}
          >
            {editing ? w.saveChanges : words.common.save}
          </button>
          {onDone && editing && (
            <button type="button" class="big" onClick={onDone}>
              {words.common.cancel}
            </button>
          )}
        </div>
      </div>
    </form>
  );
}
