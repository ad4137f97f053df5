import { useState } from 'preact/hooks';
import { clinicianWords } from '#words';
import { inDateWindow } from '../../core/dates.ts';
import { DISPLAY_NAME_MAX, type Settings } from '../../core/settings.ts';
import { today } from '../clock.ts';
import { Field } from '../components/field.tsx';
import { lazy } from '../components/lazy.tsx';
import { Screen } from '../components/screen.tsx';
import { settings } from '../store/state.ts';
import { saveSettings } from '../store/writes.ts';
import { syncStatus } from '../sync/account.ts';
import { notice } from '../toast.ts';
import './share.css';

const t = clinicianWords.sharing;

/** Loaded only for a signed-in person: sharing reads the copy of the diary kept on the server. */
const ShareSettings = lazy(() => import('../components/share-settings.tsx'));

/** The settings with the name and date of birth as typed: empty removes one, so nothing empty is ever sent. */
function withIdentity(saved: Settings, name: string, birth: string): Settings {
  const { displayName: _name, birthDate: _birth, ...rest } = saved;
  const trimmed = name.trim();
  return { ...rest, ...(trimmed ? { displayName: trimmed } : {}), ...(birth ? { birthDate: birth } : {}) };
}

/**
 * The optional name and date of birth a clinician sees with a share: kept on this device (the settings, in a
 * backup too, never synced) and sent only with a code. Each saves when its field is left, if it is right.
 */
function AboutYou() {
  const [name, setName] = useState(settings.value.displayName ?? '');
  const [birth, setBirth] = useState(settings.value.birthDate ?? '');
  const [errors, setErrors] = useState<{ name?: string; birth?: string }>({});

  const save = async (nextName: string, nextBirth: string, field: 'name' | 'birth') => {
    const nameWrong = nextName.trim().length > DISPLAY_NAME_MAX;
    const birthWrong = nextBirth !== '' && !(inDateWindow(nextBirth) && nextBirth <= today());
    setErrors({
      ...(nameWrong ? { name: t.nameError(DISPLAY_NAME_MAX) } : {}),
      ...(birthWrong ? { birth: t.birthDateError } : {}),
    });
    if ((field === 'name' && nameWrong) || (field === 'birth' && birthWrong)) return;
    const saved = settings.value;
    const next = withIdentity(
      saved,
      nameWrong ? (saved.displayName ?? '') : nextName,
      birthWrong ? (saved.birthDate ?? '') : nextBirth,
    );
    if (next.displayName === saved.displayName && next.birthDate === saved.birthDate) return;
    await saveSettings(next);
    notice(t.saved);
  };

  return (
    <section aria-labelledby="about-you-title">
      <h2 id="about-you-title">{t.aboutYouTitle}</h2>
      <p class="muted">{t.aboutYouHelp}</p>
      <Field
        id="display-name"
        label={t.displayName}
        autoComplete="name"
        value={name}
        onValue={setName}
        onCommit={(v) => void save(v, birth, 'name')}
        error={errors.name}
      />
      <Field
        id="birth-date"
        type="date"
        label={t.birthDate}
        autoComplete="bday"
        max={today()}
        value={birth}
        onValue={setBirth}
        onCommit={(v) => void save(name, v, 'birth')}
        error={errors.birth}
      />
    </section>
  );
}

/** Share with your clinician: reached from "For your doctor" and from Settings. */
export default function Share() {
  const signedOut = syncStatus.value.kind === 'signed_out';
  return (
    <Screen title={t.title}>
      <p>{t.intro}</p>
      {signedOut ? (
        <div class="card">
          <p>{t.needsAccount}</p>
          <a class="btn primary block" href="#/settings/account">
            {t.createAccount}
          </a>
        </div>
      ) : (
        <>
          <AboutYou />
          <ShareSettings />
        </>
      )}
    </Screen>
  );
}
