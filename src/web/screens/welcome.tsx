import { Screen } from '../components/screen.tsx';

/** The first screen: no account, nothing to set up, one obvious button. */
export function Welcome() {
  return (
    <Screen title="Back spasm? Let’s work out what to do">
      <p>
        Answer a few quick questions, one at a time. Unknot tells you whether you can look after this yourself
        or should see someone, and how soon. Then it gives you a plan for today and the next days.
      </p>
      <a class="btn primary block big" href="#/check">
        Check my back
      </a>
      <p class="muted">
        No account. Everything stays on this phone and works without a connection. Unknot does not replace a
        doctor.
      </p>
      <h2>Already had a check?</h2>
      <div class="row">
        <a class="btn" href="#/learn">
          Read about back spasms
        </a>
        <a class="btn" href="#/settings">
          Restore a backup
        </a>
      </div>
    </Screen>
  );
}
