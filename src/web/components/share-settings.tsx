import { useEffect, useState } from 'preact/hooks';
import { clinicianWords } from '#words';
import { deviceZone, localDayOf } from '../../core/clock.ts';
import { addDays, localClock } from '../../core/dates.ts';
import { compareInstants } from '../../core/instant-order.ts';
import { identityOf } from '../../core/settings.ts';
import type { AccessList, PatientIdentity, ReadList, ShareCode } from '../../core/share.ts';
import { announce } from '../announce.ts';
import { ApiProblem, call, useCsrf } from '../api.ts';
import { today } from '../clock.ts';
import { settings } from '../store/state.ts';
import { timeLabel } from '../time-label.ts';
import { dayLabel, locale, words } from '../words.ts';

const t = clinicianWords.sharing;
const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
const shown = (iso: string) => when.format(new Date(iso));
const failed = { fallback: t.failed };
const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
/** A date of birth in full ("4 March 1980"), read as a plain date so no time zone shifts it. */
const birthWords = (date: string) => longDate.format(new Date(`${date}T00:00:00Z`));

/** A day on the person's own calendar, in words: today, tomorrow, yesterday, or "on Sat 21 Nov". */
function dayWords(day: string): string {
  const now = today();
  if (day === now) return t.today;
  if (day === addDays(now, 1)) return t.tomorrow;
  if (day === addDays(now, -1)) return t.yesterday;
  return t.onDay(dayLabel(day));
}

/** An instant's time of day on this device's clock, in the person's habit (14:02 or 2:02 PM). */
const clockOf = (iso: string) => timeLabel(localClock(new Date(iso)));

/** "Valid until 14:02 tomorrow": the code's expiry on the person's own calendar and clock. */
const validUntil = (iso: string) => t.validUntil(clockOf(iso), dayWords(localDayOf(iso)));

/** What goes with a code: only what the person chose to show, and nothing when they chose nothing. */
const identity = (): PatientIdentity => identityOf(settings.value);

/** A refusal's words without the field name the API puts first; fetch's TypeError is no answer at all. */
const said = (e: unknown) =>
  e instanceof TypeError ? t.offline : e instanceof ApiProblem ? e.said : t.failed;

/**
 * The trail in plain words, newest first: one line per clinician, kind of read and day (the server counts every
 * read in the days of this device's zone), and a line for each share that ended and who ended it.
 */
function trailLines(trail: ReadList): { key: string; text: string }[] {
  const lines = [
    ...(trail.groups ?? []).map((g) => ({
      at: g.lastAt,
      key: `${g.clinician} ${g.what} ${g.day}`,
      text: t.readLine(g.clinician, t.did[g.what], g.count, dayWords(g.day), clockOf(g.lastAt)),
    })),
    ...(trail.ended ?? []).map((e, i) => ({
      at: e.at,
      key: `ended ${i}`,
      text: (e.by === 'operator' ? t.endedByOperator : t.endedByYou)(
        e.clinician,
        dayWords(localDayOf(e.at)),
        clockOf(e.at),
      ),
    })),
  ];
  return lines.sort((a, b) => compareInstants(b.at, a.at));
}

function CodeCard({ code, sent }: { code: ShareCode; sent: PatientIdentity }) {
  const [note, setNote] = useState<{ text: string; error?: boolean }>();
  const [canShare, setCanShare] = useState(false);
  useEffect(() => setCanShare(typeof navigator.share === 'function'), []);
  const until = validUntil(code.expiresAt);
  const say = (text: string, error = false) => {
    setNote({ text, error });
    announce(text);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code.code);
      say(t.copied);
    } catch {
      // No clipboard here (an address without HTTPS, say): the code is selected, for the person to copy.
      const shownCode = document.getElementById('share-code');
      if (shownCode) getSelection()?.selectAllChildren(shownCode);
      say(t.copyFailed, true);
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title: t.shareTitle, text: t.shareText(code.code, until) });
    } catch (err) {
      // The person closed the share sheet: nothing to say. Anything else: Copy still works.
      if ((err as DOMException).name !== 'AbortError') say(t.copyFailed, true);
    }
  };

  return (
    <section class="card share-made" aria-labelledby="share-code-title">
      <h3 id="share-code-title">{t.code}</h3>
      <p class="share-code" id="share-code" aria-hidden="true">
        {code.code}
      </p>
      <p class="sr-only">{t.spelled(code.code.split('').join(' '))}</p>
      <p class="share-until">{until}</p>
      <p class="muted">{t.codeShows(sent.displayName, sent.birthDate && birthWords(sent.birthDate))}</p>
      <div class="row share-actions">
        <button type="button" class="primary" aria-label={t.copyLabel} onClick={() => void copy()}>
          {t.copy}
        </button>
        {canShare && (
          <button type="button" aria-label={t.shareLabel} onClick={() => void share()}>
            {t.share}
          </button>
        )}
      </div>
      {note && (
        // Said once by the live region (announce); shown here for the eye.
        <p class={note.error ? 'error' : 'muted'}>{note.text}</p>
      )}
    </section>
  );
}

/** Share with your clinician, signed in: make a code, see and end access, read who read the diary. */
export default function ShareSettings() {
  const [csrf, setCsrf] = useState<string>();
  const [access, setAccess] = useState<AccessList>();
  const [trail, setTrail] = useState<ReadList>({ reads: [] });
  const [made, setMade] = useState<{ code: ShareCode; sent: PatientIdentity }>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const refresh = async () => {
    const [list, reads] = await Promise.all([
      call('shares', {}, failed),
      call('reads', { query: { zone: deviceZone() } }, failed),
    ]);
    setAccess(list);
    setTrail(reads);
  };

  useEffect(() => {
    // The session, not /me: a login ended elsewhere is an answer to show, not a failed request in the console.
    call('session', {}, failed)
      .then((me) => {
        if (!me.signedIn) return setError(words.sync.endedElsewhere);
        useCsrf(me.csrf);
        setCsrf(me.csrf);
        return refresh();
      })
      .catch((e: unknown) => setError(said(e)));
  }, []);

  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await fn();
      await refresh();
    } catch (e) {
      setError(said(e));
    } finally {
      setBusy(false);
    }
  };

  const make = () =>
    act(async () => {
      const sent = identity();
      const code = await call('shareCode', { body: sent }, failed);
      setMade({ code, sent });
      announce(`${t.spelled(code.code.split('').join(' '))}. ${validUntil(code.expiresAt)}`);
    });

  const revoke = (id: string, who: string) =>
    act(async () => {
      await call('revokeShare', { params: { shareId: id }, body: {} }, failed);
      announce(t.revoked(who));
    });

  const lines = trailLines(trail);
  return (
    <div class="share">
      <h2>{t.codeTitle}</h2>
      <p>{t.help}</p>
      <button type="button" class="block primary" disabled={busy || !csrf} onClick={() => void make()}>
        {t.create}
      </button>
      {made && <CodeCard key={made.code.code} code={made.code} sent={made.sent} />}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {access && (
        <>
          {access.openCodes.length > 0 && <p class="muted">{t.openCodes(access.openCodes.length)}</p>}
          <h2>{t.access}</h2>
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
          <h2>{t.trail}</h2>
          {lines.length === 0 ? (
            <p>{t.noReads}</p>
          ) : (
            <ul class="share-trail">
              {lines.map((l) => (
                <li key={l.key}>{l.text}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
