import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { clinicianWords } from '#words';
import { type Me, meOf } from '../../core/account.ts';
import { ApiProblem, call, useCsrf } from '../api.ts';
import { Field } from '../components/field.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { PatientList } from './list.tsx';
import { PatientPage } from './patient.tsx';

const t = clinicianWords.dashboard;

/** Where the dashboard is: `#setup=TOKEN`, `#patient/ID`, or the list. */
/** Adopts a login answer (sign-in, set-up, /me): its CSRF token goes with the changes that follow. */
function adopt(me: Me): Me {
  useCsrf(me.csrf);
  return me;
}

function place(): { kind: 'setup'; token: string } | { kind: 'patient'; id: string } | { kind: 'list' } {
  const hash = location.hash.slice(1);
  if (hash.startsWith('setup=')) return { kind: 'setup', token: hash.slice(6) };
  if (hash.startsWith('patient/')) return { kind: 'patient', id: hash.slice(8) };
  return { kind: 'list' };
}

/** A form that ends in a password and signs the clinician in; its error stays under the password, what was typed stays. */
function PasswordForm(props: {
  title: string;
  help: string;
  button: string;
  passwordId: string;
  autoComplete: 'current-password' | 'new-password';
  before?: ComponentChildren;
  send: (password: string) => Promise<Me>;
  onIn: (me: Me) => void;
}) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    setError('');
    try {
      props.onIn(await props.send(password));
    } catch (err) {
      setError(err instanceof ApiProblem ? err.said : t.failed);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <h2>{props.title}</h2>
      <p class="muted">{props.help}</p>
      {props.before}
      <Field
        id={props.passwordId}
        type="password"
        autoComplete={props.autoComplete}
        label={t.password}
        value={password}
        onValue={setPassword}
        error={error || undefined}
      />
      <button type="submit" class="primary">
        {props.button}
      </button>
    </form>
  );
}

function SignIn({ onIn }: { onIn: (me: Me) => void }) {
  const [email, setEmail] = useState('');
  return (
    <PasswordForm
      title={t.signIn}
      help={t.signInHelp}
      button={t.signInButton}
      passwordId="password"
      autoComplete="current-password"
      before={
        <Field
          id="email"
          type="email"
          autoComplete="username"
          label={t.email}
          value={email}
          onValue={setEmail}
        />
      }
      send={async (password) =>
        adopt(await call('logIn', { body: { email: email.trim(), password } }, { fallback: t.failed }))
      }
      onIn={onIn}
    />
  );
}

function SetUp({ token, onIn }: { token: string; onIn: (me: Me) => void }) {
  return (
    <PasswordForm
      title={t.setupTitle}
      help={t.setupHelp}
      button={t.setupButton}
      passwordId="new-password"
      autoComplete="new-password"
      send={async (password) => {
        const me = adopt(await call('clinicianSetup', { body: { token, password } }, { fallback: t.failed }));
        // The token is spent: it leaves the address bar and the history entry.
        history.replaceState(null, '', location.pathname);
        return me;
      }}
      onIn={onIn}
    />
  );
}

export function Dashboard() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [where, setWhere] = useState(place);

  useEffect(() => {
    const moved = () => setWhere(place());
    addEventListener('hashchange', moved);
    // The session answers signed out with 200, so opening the dashboard logs no failed request.
    call('session', {}).then(
      (s) => {
        const json = meOf(s);
        setMe(json ? adopt(json) : null);
      },
      () => setMe(null),
    );
    return () => removeEventListener('hashchange', moved);
  }, []);

  useEffect(() => {
    document.title = where.kind === 'patient' ? `${t.title}: ${where.id.slice(0, 8)}` : t.title;
  }, [where]);

  const signOut = async () => {
    await call('logOut', { body: {} }).catch(() => undefined);
    setMe(null);
  };

  let body: preact.ComponentChildren;
  const signedIn = (m: Me) => {
    setMe(m);
    setWhere({ kind: 'list' });
  };
  if (where.kind === 'setup') body = <SetUp token={where.token} onIn={signedIn} />;
  else if (me === undefined) body = <p class="muted">{t.loading}</p>;
  else if (me === null) body = <SignIn onIn={setMe} />;
  else if (me.role !== 'clinician') body = <p role="alert">{t.notClinician}</p>;
  else if (where.kind === 'patient') body = <PatientPage id={where.id} />;
  else body = <PatientList />;
  // The list takes the screen's width (one table at a desk); the other screens keep the reading column.
  const wide = me?.role === 'clinician' && where.kind === 'list';

  return (
    <div class="dash">
      <header>
        <p>
          <strong>{t.title}</strong>
        </p>
        <LanguageSwitch />
        {me && (
          <div class="row">
            <span class="muted">{t.signedInAs(me.email)}</span>
            <button type="button" onClick={() => void signOut()}>
              {t.signOut}
            </button>
          </div>
        )}
      </header>
      <main id="main" class={wide ? 'wide' : undefined}>
        {body}
      </main>
    </div>
  );
}
