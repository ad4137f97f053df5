import { ResumeCheck } from '../components/resume-check.tsx';
import { Screen } from '../components/screen.tsx';
import { shellWords } from '../shell-words.ts';

const w = shellWords.welcome;

/** The first screen: no account, nothing to set up, one obvious button (or, with a check left halfway, one choice). */
export function Welcome() {
  return (
    <Screen title={w.title}>
      <p>{w.intro}</p>
      <ResumeCheck>
        <a class="btn primary block big" href="#/check">
          {w.check}
        </a>
      </ResumeCheck>
      <p class="muted">{w.privacy}</p>
      <h2>{w.already}</h2>
      <div class="row">
        <a class="btn" href="#/learn">
          {w.read}
        </a>
        <a class="btn" href="#/settings">
          {w.restore}
        </a>
      </div>
    </Screen>
  );
}
