import { useEffect, useRef, useState } from 'preact/hooks';
import { PASSWORD_MIN } from '../../core/account.ts';
import { localClock } from '../../core/dates.ts';
import {
  changePassword,
  deleteAccount,
  signIn,
  signOut,
  signOutEverywhere,
  syncNow,
  syncStatus,
} from '../sync/account.ts';
import { timeLabel } from '../time-label.ts';
import { notice } from '../toast.ts';
import { words } from '../words.ts';
import { Field } from './field.tsx';
import { FieldError } from './field-error.tsx';

const w = words.sync;

function when(iso?: string): string {
  if (!iso) return '';
  return w.lastSynced(timeLabel(localClock(new Date(iso))));
}

/** Optional account: back up the diary to the server and use it on several devices. */
export function SyncSettings() {
  const s = syncStatus.value;
  const [who, setWho] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  if (s.kind !== 'signed_out') {
    return (
      <div>
        <p role="status">
          {w.signedInAs} <strong>{s.email}</strong>.{s.kind === 'syncing' && w.syncing}
          {s.kind === 'idle' && when(s.lastSync)}
          {s.kind === 'error' && ` ${s.message}`}
        </p>
        <div class="row">
          <button type="button" disabled={s.kind === 'syncing'} onClick={() => void syncNow()}>
            {w.syncNow}
          </button>
          <button type="button" onClick={() => void signOut()}>
            {w.signOut}
          </button>
        </div>
        <AccountChanges />
      </div>
    );
  }

  const submit = async (mode: 'login' | 'create') => {
    setError('');
    if (!who.includes('@')) return setError(w.emailError);
    if (password.length < PASSWORD_MIN) return setError(w.passwordError);
    setBusy(true);
    const problem = await signIn(mode, who.trim(), password);
    setBusy(false);
    if (problem) setError(problem);
    else setPassword('');
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit('login');
      }}
    >
      {s.ended && (
        <p class="card warn" role="status">
          {w.endedElsewhere}
        </p>
      )}
      <p>{w.intro}</p>
      {(
        [
          ['email', 'username', who, setWho],
          ['password', 'current-password', password, setPassword],
        ] as const
      ).map(([type, autoComplete, value, onValue]) => (
        <Field
          key={type}
          id={`sync-${type}`}
          type={type}
          autoComplete={autoComplete}
          label={w[type]}
          value={value}
          onValue={onValue}
          // One message for the pair, under the last field, where the buttons are.
          error={type === 'password' ? error : undefined}
        />
      ))}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {w.signIn}
        </button>
        <button type="button" disabled={busy} onClick={() => void submit('create')}>
          {w.create}
        </button>
      </div>
    </form>
  );
}

/**
 * Change the password (which signs out the other devices), sign out everywhere, and delete the account; the
 * password change and the deletion are confirmed by the password.
 */
function AccountChanges() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmDelete, setConfirmDelete] = useState('');
  const [errors, setErrors] = useState<{ change?: string; remove?: string; everywhere?: string }>({});
  const [busy, setBusy] = useState(false);

  const change = async (e: Event) => {
    e.preventDefault();
    if (next.length < PASSWORD_MIN) return setErrors({ change: w.passwordError });
    setBusy(true);
    const problem = await changePassword(current, next);
    setBusy(false);
    if (problem) return setErrors({ change: problem });
    setErrors({});
    setCurrent('');
    setNext('');
    notice(w.changed);
  };

  // Signing out everywhere is asked twice: one tap near "Sync now" must not end every device's login.
  const [sure, setSure] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    // Focus follows the question as it opens, and returns to the button when it is cancelled.
    if (sure) cancelRef.current?.focus();
    else if (asked.current) askRef.current?.focus();
    asked.current = sure;
  }, [sure]);

  const everywhere = async () => {
    setBusy(true);
    const problem = await signOutEverywhere();
    setBusy(false);
    setSure(false);
    if (problem) return setErrors({ everywhere: problem });
    notice(w.everywhereDone);
  };

  const remove = async (e: Event) => {
    e.preventDefault();
    if (!confirmDelete) return setErrors({ remove: w.passwordMissing });
    setBusy(true);
    const problem = await deleteAccount(confirmDelete);
    setBusy(false);
    if (problem) return setErrors({ remove: problem });
    setConfirmDelete('');
    notice(w.deleted);
  };

  return (
    <>
      <details>
        <summary>{w.changeTitle}</summary>
        <form noValidate onSubmit={change} aria-label={w.changeTitle}>
          <p class="muted">{w.othersSignedOut}</p>
          <Field
            id="current-password"
            type="password"
            autoComplete="current-password"
            label={w.currentPassword}
            value={current}
            onValue={setCurrent}
          />
          <Field
            id="new-password"
            type="password"
            autoComplete="new-password"
            label={w.newPassword}
            value={next}
            onValue={setNext}
            error={errors.change}
          />
          <button type="submit" class="primary" disabled={busy}>
            {w.changeButton}
          </button>
        </form>
      </details>
      <section aria-labelledby="everywhere-title">
        <h3 id="everywhere-title">{w.everywhereTitle}</h3>
        <p class="muted" id="everywhere-help">
          {w.everywhereHelp}
        </p>
        {sure ? (
          // An inline question in place of the button; focus goes to Cancel (the safe answer), where the
          // question is read as the group's name. Cancel or Escape brings the button back.
          <fieldset
            class="confirm"
            onKeyDown={(e) => {
              if (e.key === 'Escape') setSure(false);
            }}
          >
            <legend>{w.everywhereSure}</legend>
            <div class="row">
              <button type="button" class="danger" disabled={busy} onClick={() => void everywhere()}>
                {w.everywhereYes}
              </button>
              <button type="button" disabled={busy} onClick={() => setSure(false)} ref={cancelRef}>
                {words.common.cancel}
              </button>
            </div>
          </fieldset>
        ) : (
          <button
            type="button"
            disabled={busy}
            aria-describedby="everywhere-help"
            onClick={() => setSure(true)}
            ref={askRef}
          >
            {w.everywhereButton}
          </button>
        )}
        <FieldError message={errors.everywhere} />
      </section>
      <details>
        <summary>{w.deleteTitle}</summary>
        <form noValidate onSubmit={remove} aria-label={w.deleteTitle}>
          <p>{w.deleteWarning}</p>
          <Field
            id="delete-password"
            type="password"
            autoComplete="current-password"
            label={w.deletePassword}
            value={confirmDelete}
            onValue={setConfirmDelete}
            error={errors.remove}
          />
          <button type="submit" class="danger" disabled={busy}>
            {w.deleteButton}
          </button>
        </form>
      </details>
    </>
  );
}
