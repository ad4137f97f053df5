import { ResumeCheck } from '../components/resume-check.tsx';
import { Screen } from '../components/screen.tsx';
import { shellWords } from '../shell-words.ts';

const w = shellWords.welcome;

/** The first screen: no account, nothing to set up, one obvious button. */
export function Welcome() {
  return (
    <Screen title={w.title}>
      <ResumeCheck />
      <p>{w.intro}</p>
      <a class="btn primary block big" href="#/check">
        {w.check}
      </a>
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
