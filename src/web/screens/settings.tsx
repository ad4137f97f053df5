import { useState } from 'preact/hooks';
import { parseBackup } from '../../core/backup.ts';
import { minutesOfDay } from '../../core/dates.ts';
import { emergencyNumbers } from '../../core/knowledge/emergency.ts';
import { enClinician } from '../../core/knowledge/text/en/clinician.ts';
import { announce } from '../announce.ts';
import { today } from '../clock.ts';
import { Field } from '../components/field.tsx';
import { FieldError } from '../components/field-error.tsx';
import { lazy } from '../components/lazy.tsx';
import { Items } from '../components/lists.tsx';
import { Screen } from '../components/screen.tsx';
import { SyncSettings } from '../components/sync-settings.tsx';
import { go } from '../router.ts';
import { backup, deleteEverything, restore, saveSettings, settings } from '../store/state.ts';
import { signOut, syncStatus } from '../sync/account.ts';
import { timeLabel } from '../time-label.ts';
import { notice } from '../toast.ts';
import { fieldWords, words } from '../words.ts';

const known = emergencyNumbers.map(
  (e) => [e.number, words.emergency.option(e.number, words.emergency.regions[e.region])] as const,
);

const t = words.settings;
const sharing = enClinician.sharing;

/** Loaded only for a signed-in person: sharing reads the copy of the diary kept on the server. */
const ShareSettings = lazy(() => import('../components/share-settings.tsx'));

export default function Settings() {
  const s = settings.value;
  const [wake, setWake] = useState(s.wakeTime);
  const [sleep, setSleep] = useState(s.sleepTime);
  const [reminders, setReminders] = useState(s.reminders);
  const [sound, setSound] = useState(s.sound !== false);
  const [vibrate, setVibrate] = useState(s.vibrate !== false);
  const isKnown = known.some(([n]) => n === s.emergencyNumber);
  const [choice, setChoice] = useState(isKnown ? s.emergencyNumber : 'other');
  const [other, setOther] = useState(isKnown ? '' : s.emergencyNumber);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const save = async (e: Event) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const w = minutesOfDay(wake);
    const sl = minutesOfDay(sleep);
    if (w === undefined) found.wake = t.wakeError(timeLabel('07:00'));
    if (sl === undefined) found.sleep = t.sleepError(timeLabel('22:00'));
    else if (w !== undefined && sl - w < 20) found.sleep = t.sleepOrderError;
    const number = choice === 'other' ? other.trim() : choice;
    if (!/^[0-9+*#]{2,15}$/.test(number)) found.number = t.numberError;
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await saveSettings({
        wakeTime: wake,
        sleepTime: sleep,
        reminders,
        emergencyNumber: number,
        sound,
        vibrate,
      });
    } catch {
      // The form keeps every value the person typed; only the message is new.
      setErrors({ save: t.saveFailed });
      return;
    }
    announce(t.saved);
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
    const parsed = parseBackup(await file.text(), fieldWords);
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
    notice(t.restored(parsed.value.episodes.length, parsed.value.entries.length));
    go('/today');
  };

  const field = (id: string) => ({
    'aria-invalid': errors[id] ? ('true' as const) : undefined,
    'aria-describedby': errors[id] ? `${id}-error` : undefined,
  });
  const error = (id: string) => <FieldError id={`${id}-error`} message={errors[id]} />;

  return (
    <Screen title={t.title}>
      <form onSubmit={save} noValidate>
        <h2>{t.wakingDay}</h2>
        <p class="muted">{t.wakingDayHelp}</p>
        <Field id="wake" type="time" label={t.wake} value={wake} onValue={setWake} error={errors.wake} />
        <Field id="sleep" type="time" label={t.sleep} value={sleep} onValue={setSleep} error={errors.sleep} />
        <h2>{t.reminders}</h2>
        <label class="check">
          <input type="checkbox" checked={reminders} onChange={() => setReminders(!reminders)} />
          {t.remindersLabel}
        </label>
        <h2>{t.alertsTitle}</h2>
        <label class="check">
          <input type="checkbox" checked={sound} onChange={() => setSound(!sound)} />
          {t.soundLabel}
        </label>
        <label class="check">
          <input type="checkbox" checked={vibrate} onChange={() => setVibrate(!vibrate)} />
          {t.vibrateLabel}
        </label>
        <h2>{t.emergencyTitle}</h2>
        <label for="number">{t.numberLabel}</label>
        <select id="number" value={choice} onChange={(e) => setChoice((e.target as HTMLSelectElement).value)}>
          {known.map(([n, label]) => (
            <option key={n} value={n}>
              {label}
            </option>
          ))}
          <option value="other">{t.anotherNumber}</option>
        </select>
        {choice === 'other' && (
          <>
            <label for="other-number">{t.yourNumber}</label>
            <input
              id="other-number"
              inputMode="tel"
              value={other}
              onInput={(e) => setOther((e.target as HTMLInputElement).value)}
              {...field('number')}
            />
          </>
        )}
        {error('number')}
        <FieldError message={errors.save} />
        <button type="submit" class="primary block big">
          {t.save}
        </button>
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

      <h2>{t.sync}</h2>
      <SyncSettings />

      <h2>{sharing.title}</h2>
      {syncStatus.value.kind === 'signed_out' ? (
        <p class="muted">{sharing.signInFirst}</p>
      ) : (
        <ShareSettings />
      )}

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
