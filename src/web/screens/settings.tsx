import { useState } from 'preact/hooks';
import { minutesOfDay } from '../../core/dates.ts';
import { emergencyNumbers } from '../../core/knowledge/emergency.ts';
import { announce } from '../announce.ts';
import { parseBackup } from '../backup.ts';
import { today } from '../clock.ts';
import { FieldError } from '../components/field-error.tsx';
import { Screen } from '../components/screen.tsx';
import { SyncSettings } from '../components/sync-settings.tsx';
import { go } from '../router.ts';
import { backup, deleteEverything, restore, saveSettings, settings } from '../store/state.ts';
import { signOut, syncStatus } from '../sync/account.ts';
import { words } from '../words.ts';

const known = emergencyNumbers.map(
  (e) => [e.number, words.emergency.option(e.number, words.emergency.regions[e.region])] as const,
);

export default function Settings() {
  const s = settings.value;
  const [wake, setWake] = useState(s.wakeTime);
  const [sleep, setSleep] = useState(s.sleepTime);
  const [reminders, setReminders] = useState(s.reminders);
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
    if (w === undefined) found.wake = 'Wake-up time: give a time such as 07:00.';
    if (sl === undefined) found.sleep = 'Bedtime: give a time such as 22:00.';
    else if (w !== undefined && sl - w < 20)
      found.sleep = 'Bedtime: it must be at least 20 minutes after your wake-up time.';
    const number = choice === 'other' ? other.trim() : choice;
    if (!/^[0-9+*#]{2,15}$/.test(number))
      found.number = 'Emergency number: type the digits only, for example 000 or 119.';
    setErrors(found);
    if (Object.keys(found).length) return;
    await saveSettings({ wakeTime: wake, sleepTime: sleep, reminders, emergencyNumber: number });
    announce('Settings saved.');
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
    announce('Backup file made.');
  };

  const importFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      setImportErrors(parsed.errors);
      return;
    }
    setImportErrors([]);
    await restore(parsed.value);
    input.value = '';
    const n = parsed.value.entries.length;
    announce(`Backup restored: ${parsed.value.episodes.length} episodes and ${n} diary entries.`);
    go('/today');
  };

  const field = (id: string) => ({
    'aria-invalid': errors[id] ? ('true' as const) : undefined,
    'aria-describedby': errors[id] ? `${id}-error` : undefined,
  });
  const error = (id: string) => <FieldError id={`${id}-error`} message={errors[id]} />;

  return (
    <Screen title="Settings">
      <form onSubmit={save} noValidate>
        <h2>Your waking day</h2>
        <p class="muted">Cold and heat sessions are planned between these times.</p>
        <label for="wake">Wake-up time</label>
        <input
          id="wake"
          type="time"
          value={wake}
          onInput={(e) => setWake((e.target as HTMLInputElement).value)}
          {...field('wake')}
        />
        {error('wake')}
        <label for="sleep">Bedtime</label>
        <input
          id="sleep"
          type="time"
          value={sleep}
          onInput={(e) => setSleep((e.target as HTMLInputElement).value)}
          {...field('sleep')}
        />
        {error('sleep')}
        <h2>Reminders</h2>
        <label class="check">
          <input type="checkbox" checked={reminders} onChange={() => setReminders(!reminders)} />
          Remind me when a cold or heat session is due (while Unknot is open; as a notification once you have
          allowed them for a timer)
        </label>
        <h2>Emergency number</h2>
        <label for="number">Number to call in an emergency</label>
        <select id="number" value={choice} onChange={(e) => setChoice((e.target as HTMLSelectElement).value)}>
          {known.map(([n, label]) => (
            <option key={n} value={n}>
              {label}
            </option>
          ))}
          <option value="other">Another number</option>
        </select>
        {choice === 'other' && (
          <>
            <label for="other-number">Your emergency number</label>
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
        <button type="submit" class="primary block big">
          Save settings
        </button>
      </form>

      <h2>Backup</h2>
      <p>Your data lives only on this device. A backup file lets you move it or keep it safe.</p>
      <button type="button" class="block" onClick={exportFile}>
        Export a backup file
      </button>
      <label for="import">Import a backup file</label>
      <input
        id="import"
        type="file"
        accept="application/json,.json"
        onChange={importFile}
        aria-describedby={importErrors.length ? 'import-error' : undefined}
      />
      {importErrors.length > 0 && (
        <div id="import-error" class="error" role="alert">
          <p>That file could not be imported. Nothing was changed.</p>
          <ul>
            {importErrors.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </div>
      )}

      <h2>Sync (optional)</h2>
      <SyncSettings />

      <h2>Delete all data</h2>
      {confirmDelete ? (
        <div class="card alert">
          <p>
            This removes every episode, diary entry and setting from this device and signs you out. It cannot
            be undone. A copy already synced to the server stays there until you delete your account.
          </p>
          <div class="row">
            <button
              type="button"
              class="danger"
              onClick={async () => {
                // Signed out first, so the next sync cannot pull the deleted data back from the server.
                if (syncStatus.value.kind !== 'signed_out') await signOut();
                await deleteEverything();
                setConfirmDelete(false);
                announce('All data deleted.');
                go('/');
              }}
            >
              Yes, delete everything
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              Keep my data
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="block" onClick={() => setConfirmDelete(true)}>
          Delete all data…
        </button>
      )}
    </Screen>
  );
}
