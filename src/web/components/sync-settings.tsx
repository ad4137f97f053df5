import { useState } from 'preact/hooks';
import { localClock } from '../../core/dates.ts';
import { signIn, signOut, syncNow, syncStatus } from '../sync/account.ts';
import { timeLabel } from '../time-label.ts';
import { words } from '../words.ts';
import { Field } from './field.tsx';

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
      </div>
    );
  }

  const submit = async (mode: 'login' | 'create') => {
    setError('');
    if (!who.includes('@')) return setError(w.emailError);
    if (password.length < 10) return setError(w.passwordError);
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
