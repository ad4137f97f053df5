import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { go } from '../router.ts';
import { shellWords } from '../shell-words.ts';
import { discardCheckDraft, readCheckDraft } from '../store/check-draft.ts';

const w = shellWords.welcome.resume;

/**
 * When a check was left halfway, one choice: continue it with the saved answers, or start it again. Otherwise
 * `children` (the screen's own way into the check, if any), so a screen never offers two ways into one check.
 */
export function ResumeCheck({ children }: { children?: ComponentChildren }) {
  const [answered, setAnswered] = useState(0);
  useEffect(() => {
    readCheckDraft().then(
      ({ draft }) => setAnswered(draft?.history.length ?? 0),
      () => setAnswered(0),
    );
  }, []);
  if (answered === 0) return <>{children}</>;
  const again = async () => {
    await discardCheckDraft();
    go('/check');
  };
  return (
    <section class="card warn" aria-labelledby="resume-title">
      <h2 id="resume-title">{w.title}</h2>
      <p>{w.body(answered)}</p>
      <div class="row">
        <a class="btn primary" href="#/check">
          {w.go}
        </a>
        <button type="button" onClick={again}>
          {w.again}
        </button>
      </div>
    </section>
  );
}
