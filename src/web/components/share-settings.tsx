import { useEffect, useState } from 'preact/hooks';
import { enClinician } from '../../core/knowledge/text/en/clinician.ts';
import type { AccessList, ReadList, ShareCode } from '../../core/share.ts';
import { announce } from '../announce.ts';
import { call, useCsrf } from '../api.ts';

const t = enClinician.sharing;
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const shown = (iso: string) => when.format(new Date(iso));
const failed = { fallback: t.failed };

/** Settings > Share with a clinician: make a code, see and revoke access, read who read the diary. */
export default function ShareSettings() {
  const [csrf, setCsrf] = useState<string>();
  const [access, setAccess] = useState<AccessList>();
  const [reads, setReads] = useState<ReadList['reads']>([]);
  const [code, setCode] = useState<ShareCode>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const refresh = async () => {
    const [list, trail] = await Promise.all([call('shares', {}, failed), call('reads', {}, failed)]);
    setAccess(list);
    setReads(trail.reads);
  };

  useEffect(() => {
    call('me', {}, failed)
      .then((me) => {
        useCsrf(me.csrf);
        setCsrf(me.csrf);
        return refresh();
      })
      .catch((e: Error) => setError(e instanceof TypeError ? t.offline : e.message));
  }, []);

  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await fn();
      await refresh();
    } catch (e) {
      setError(e instanceof TypeError ? t.offline : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const make = () =>
    act(async () => {
      const made = await call('shareCode', { body: {} }, failed);
      setCode(made);
      announce(`${t.code}: ${made.code}. ${t.expires(shown(made.expiresAt))}`);
    });

  const revoke = (id: string, who: string) =>
    act(async () => {
      await call('revokeShare', { params: { shareId: id }, body: {} }, failed);
      announce(t.revoked(who));
    });

  return (
    <div class="share">
      <p>{t.help}</p>
      <button type="button" class="block" disabled={busy || !csrf} onClick={() => void make()}>
        {t.create}
      </button>
      {code && (
        <div class="card">
          <p>{t.code}</p>
          <p class="share-code">
            <strong>{code.code}</strong>
          </p>
          <p class="muted">{t.expires(shown(code.expiresAt))}</p>
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {access && (
        <>
          {access.openCodes.length > 0 && <p class="muted">{t.openCodes(access.openCodes.length)}</p>}
          <h3>{t.access}</h3>
          {access.shares.length === 0 ? (
            <p>{t.noAccess}</p>
          ) : (
            <ul class="plain">
              {access.shares.map((s) => (
                <li key={s.id} class="row">
                  <span>
                    <strong>{s.clinician}</strong> <span class="muted">{t.since(shown(s.since))}</span>
                  </span>
                  <button type="button" disabled={busy} onClick={() => void revoke(s.id, s.clinician)}>
                    {t.revoke(s.clinician)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <details>
            <summary>{t.trail}</summary>
            {reads.length === 0 ? (
              <p>{t.noReads}</p>
            ) : (
              <ul>
                {reads.map((r, i) => (
                  <li key={`${r.at}-${i}`}>{t.readLine(r.clinician, t.read[r.what], shown(r.at))}</li>
                ))}
              </ul>
            )}
          </details>
        </>
      )}
    </div>
  );
}
