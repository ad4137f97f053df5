import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { clinicianWords } from '#words';
import { parseBackup } from '../../core/backup.ts';
import { minutesOfDay } from '../../core/dates.ts';
import { emergencyNumbers } from '../../core/knowledge/emergency.ts';
import { emergencyNumberSchema } from '../../core/settings.ts';
import { announce } from '../announce.ts';
import { today } from '../clock.ts';
import { Field } from '../components/field.tsx';
import { FieldError } from '../components/field-error.tsx';
import { LanguageChoice } from '../components/language-choice.tsx';
import { Items } from '../components/lists.tsx';
import { Screen } from '../components/screen.tsx';
import { SyncSettings } from '../components/sync-settings.tsx';
import { go } from '../router.ts';
import { type Settings as SavedSettings, settings } from '../store/state.ts';
import { backup, deleteEverything, restore, saveSettings } from '../store/writes.ts';
import { signOut, syncStatus } from '../sync/account.ts';
import { timeLabel } from '../time-label.ts';
import { notice } from '../toast.ts';
import { fieldWords, words } from '../words.ts';

const known = emergencyNumbers.map(
  (e) => [e.number, words.emergency.option(e.number, words.emergency.regions[e.region])] as const,
);

const t = words.settings;
const sharing = clinicianWords.sharing;

/** What the settings form holds: the saved settings as the person is changing them, typed text included. */
interface Form {
  wake: string;
  sleep: string;
  reminders: boolean;
  sound: boolean;
  vibrate: boolean;
  choice: string;
  other: string;
}
type Checked = 'wake' | 'sleep' | 'number';

function formOf(s: SavedSettings): Form {
  const isKnown = known.some(([n]) => n === s.emergencyNumber);
  return {
    wake: s.wakeTime,
    sleep: s.sleepTime,
    reminders: s.reminders,
    sound: s.sound !== false,
    vibrate: s.vibrate !== false,
    choice: isKnown ? s.emergencyNumber : 'other',
    other: isKnown ? '' : s.emergencyNumber,
  };
}

/** What is wrong in the form, by field; the order of the two times is named on the one just changed. */
function problems(f: Form, changed?: Checked): Partial<Record<Checked, string>> {
  const found: Partial<Record<Checked, string>> = {};
  const w = minutesOfDay(f.wake);
  const sl = minutesOfDay(f.sleep);
  if (w === undefined) found.wake = t.wakeError(timeLabel('07:00'));
  if (sl === undefined) found.sleep = t.sleepError(timeLabel('22:00'));
  if (w !== undefined && sl !== undefined && sl - w < 20) {
    if (changed === 'wake') found.wake = t.wakeOrderError;
    else found.sleep = t.sleepOrderError;
  }
  if (f.choice === 'other' && !emergencyNumberSchema.safeParse(f.other.trim()).success)
    found.number = t.numberError;
  return found;
}

/** The settings to save: every valid part of the form over what is saved; an invalid value is not saved. */
function settingsFrom(f: Form, saved: SavedSettings): SavedSettings {
  const found = problems(f);
  const next: SavedSettings = { ...saved, reminders: f.reminders, sound: f.sound, vibrate: f.vibrate };
  if (!found.wake && !found.sleep) {
    next.wakeTime = f.wake;
    next.sleepTime = f.sleep;
  }
  if (f.choice !== 'other') next.emergencyNumber = f.choice;
  else if (!found.number) next.emergencyNumber = f.other.trim();
  return next;
}

const same = (a: SavedSettings, b: SavedSettings) => JSON.stringify(a) === JSON.stringify(b);

/** Saves the settings and says so; a failure keeps the form as it is. */
async function store(next: SavedSettings): Promise<boolean> {
  try {
    await saveSettings(next);
  } catch {
    return false;
  }
  notice(t.saved);
  return true;
}

/** `#/settings/account` (from "Share with your clinician", before there is an account): the account's part, in view. */
export default function Settings({ open }: { open?: string }) {
  const [form, setForm] = useState<Form>(() => formOf(settings.value));
  const [errors, setErrors] = useState<Partial<Record<Checked | 'save', string>>>({});
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const latest = useRef(form);
  /** Text typed but not yet committed (the field not yet left). */
  const typed = useRef(false);

  useEffect(() => {
    if (open !== 'account') return;
    document.getElementById('sync-title')?.scrollIntoView({ block: 'start' });
    // After the screen's heading took focus (its effect runs first): the first field of the account form.
    document.getElementById('sync-email')?.focus();
  }, [open]);

  // Leaving the screen by any way saves what is valid of what was typed, so nothing typed is lost.
  useEffect(
    () => () => {
      if (!typed.current) return;
      const next = settingsFrom(latest.current, settings.value);
      if (!same(next, settings.value)) void store(next);
    },
    [],
  );

  /** Each change saves at once; text fields call it when they are left or their value is complete. */
  const commit = async (change: Partial<Form>, field?: Checked) => {
    const f = { ...latest.current, ...change };
    latest.current = f;
    typed.current = false;
    setForm(f);
    const found = problems(f, field);
    // A field's message shows once that field was changed; it goes as soon as the field is right.
    setErrors((old) => {
      const shown: typeof old = {};
      for (const key of ['wake', 'sleep', 'number'] as const)
        if (found[key] && (key === field || old[key])) shown[key] = found[key];
      return shown;
    });
    const next = settingsFrom(f, settings.value);
    if (same(next, settings.value)) return;
    if (!(await store(next))) setErrors((old) => ({ ...old, save: t.saveFailed }));
  };
  const type = (change: Partial<Form>) => {
    latest.current = { ...latest.current, ...change };
    typed.current = true;
    setForm(latest.current);
  };

  const exportFile = () => {
    const blob = new Blob([JSON.stringify(backup(), null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `unknot-backup-${today()}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    announce(t.backupMade);
  };

  const importFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const parsed = parseBackup(await file.text(), fieldWords, today());
    if (!parsed.ok) {
      setImportErrors(parsed.errors);
      return;
    }
    setImportErrors([]);
    try {
      await restore(parsed.value);
    } catch {
      setImportErrors([t.restoreFailed]);
      return;
    }
    input.value = '';
    // The restored settings stand: nothing half-typed here is saved over them on leaving.
    typed.current = false;
    notice(t.restored(parsed.value.episodes.length, parsed.value.entries.length));
    go('/today');
  };

  return (
    <Screen title={t.title}>
      <LanguageChoice />
      <form noValidate onSubmit={(e) => e.preventDefault()} aria-describedby="saves-note">
        <p class="muted" id="saves-note">
          {t.savesAsYouGo}
        </p>
        <h2>{t.wakingDay}</h2>
        <p class="muted">{t.wakingDayHelp}</p>
        <Field
          id="wake"
          type="time"
          label={t.wake}
          value={form.wake}
          onValue={(wake) => type({ wake })}
          onCommit={(wake) => void commit({ wake }, 'wake')}
          error={errors.wake}
        />
        <Field
          id="sleep"
          type="time"
          label={t.sleep}
          value={form.sleep}
          onValue={(sleep) => type({ sleep })}
          onCommit={(sleep) => void commit({ sleep }, 'sleep')}
          error={errors.sleep}
        />
        <h2>{t.reminders}</h2>
        {(
          [
            ['reminders', t.remindersLabel, null],
            ['sound', t.soundLabel, t.alertsTitle],
            ['vibrate', t.vibrateLabel, null],
          ] as const
        ).map(([key, label, title]) => (
          <Fragment key={key}>
            {title && <h2>{title}</h2>}
            <label class="check">
              <input
                type="checkbox"
                checked={form[key]}
                onChange={(e) => void commit({ [key]: (e.target as HTMLInputElement).checked })}
              />
              {label}
            </label>
          </Fragment>
        ))}
        <h2>{t.emergencyTitle}</h2>
        <label for="number">{t.numberLabel}</label>
        <select
          id="number"
          value={form.choice}
          onChange={(e) => {
            const choice = (e.target as HTMLSelectElement).value;
            // "Another number" waits for the number to be typed before it names a mistake.
            void commit({ choice }, choice === 'other' ? undefined : 'number');
          }}
        >
          {known.map(([n, label]) => (
            <option key={n} value={n}>
              {label}
            </option>
          ))}
          <option value="other">{t.anotherNumber}</option>
        </select>
        {form.choice === 'other' && (
          <Field
            id="other-number"
            inputMode="tel"
            label={t.yourNumber}
            value={form.other}
            onValue={(other) => type({ other })}
            onCommit={(other) => void commit({ other }, 'number')}
            error={errors.number}
          />
        )}
        {errors.save && (
          <div class="row">
            <FieldError message={errors.save} />
            <button type="button" onClick={() => void commit({})}>
              {t.retry}
            </button>
          </div>
        )}
      </form>

      <h2>{t.backup}</h2>
      <p>{t.backupHelp}</p>
      <button type="button" class="block" onClick={exportFile}>
        {t.export}
      </button>
      <label for="import">{t.import}</label>
      <input
        id="import"
        type="file"
        accept="application/json,.json"
        onChange={importFile}
        aria-describedby={importErrors.length ? 'import-error' : undefined}
      />
      {importErrors.length > 0 && (
        <div id="import-error" class="error" role="alert">
          <p>{t.importFailed}</p>
          <Items items={importErrors} />
        </div>
      )}

      <h2 id="sync-title">{t.sync}</h2>
      <SyncSettings />

      <h2>{sharing.title}</h2>
      <p>{sharing.intro}</p>
      <a class="btn block" href="#/share">
        {sharing.link}
      </a>

      <h2>{t.deleteTitle}</h2>
      {confirmDelete ? (
        <div class="card alert">
          <p>{t.deleteWarning}</p>
          <div class="row">
            <button
              type="button"
              class="danger"
              onClick={async () => {
                // Signed out first, so the next sync cannot pull the deleted data back from the server.
                if (syncStatus.value.kind !== 'signed_out') await signOut();
                await deleteEverything();
                typed.current = false;
                setConfirmDelete(false);
                announce(t.deleted);
                go('/');
              }}
            >
              {t.deleteYes}
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {t.deleteKeep}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="block" onClick={() => setConfirmDelete(true)}>
          {t.deleteAsk}
        </button>
      )}
    </Screen>
  );
}
