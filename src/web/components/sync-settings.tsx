import { useState } from 'preact/hooks';
import { localClock } from '../../core/dates.ts';
import { signIn, signOut, syncNow, syncStatus } from '../sync/account.ts';
import { timeLabel } from '../time-label.ts';
import { FieldError } from './field-error.tsx';

function when(iso?: string): string {
  if (!iso) return '';
  return ` Last synced at ${timeLabel(localClock(new Date(iso)))}.`;
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
          Signed in as <strong>{s.email}</strong>.{s.kind === 'syncing' && ' Syncing…'}
          {s.kind === 'idle' && when(s.lastSync)}
          {s.kind === 'error' && ` ${s.message}`}
        </p>
        <div class="row">
          <button type="button" disabled={s.kind === 'syncing'} onClick={() => void syncNow()}>
            Sync now
          </button>
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </div>
    );
  }

  const submit = async (mode: 'login' | 'create') => {
    setError('');
    if (!who.includes('@')) return setError('Email: type the address you use, such as name@example.org.');
    if (password.length < 10) return setError('Password: use at least 10 characters.');
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
      <p>Optional. Keeps a copy of your diary on the Unknot server so you can use it on another device.</p>
      <label for="sync-email">Email</label>
      <input
        id="sync-email"
        type="email"
        autoComplete="username"
        value={who}
        onInput={(e) => setWho((e.target as HTMLInputElement).value)}
      />
      <label for="sync-password">Password</label>
      <input
        id="sync-password"
        type="password"
        autoComplete="current-password"
        value={password}
        aria-describedby={error ? 'sync-error' : undefined}
        onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
      />
      <FieldError id="sync-error" message={error} />
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          Sign in
        </button>
        <button type="button" disabled={busy} onClick={() => void submit('create')}>
          Create an account
        </button>
      </div>
    </form>
  );
}
