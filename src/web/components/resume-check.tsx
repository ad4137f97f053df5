import { useEffect, useState } from 'preact/hooks';
import { go } from '../router.ts';
import { shellWords } from '../shell-words.ts';
import { discardCheckDraft, readCheckDraft } from '../store/check-draft.ts';

const w = shellWords.welcome.resume;

/** When a check was left halfway, offers to continue it with the saved answers, or to start it again. */
export function ResumeCheck() {
  const [answered, setAnswered] = useState(0);
  useEffect(() => {
    readCheckDraft().then(
      ({ draft }) => setAnswered(draft?.history.length ?? 0),
      () => setAnswered(0),
    );
  }, []);
  if (answered === 0) return null;
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
