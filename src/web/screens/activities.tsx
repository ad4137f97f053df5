import { doctorWords } from '#words';
import { today } from '../clock.ts';
import { ActivityForm } from '../components/activities.tsx';
import { Screen } from '../components/screen.tsx';
import { go } from '../router.ts';
import { entriesOf } from '../store/live.ts';
import { currentEpisode } from '../store/state.ts';

const w = doctorWords;

/** Naming and rating the activities that are hard (Patient-Specific Functional Scale); then Progress shows them. */
export default function Activities() {
  const ep = currentEpisode.value;
  if (!ep) {
    return (
      <Screen title={w.activities.title}>
        <p>{w.screen.nothingYet}</p>
        <a class="btn primary block big" href="#/check">
          {w.screen.checkLink}
        </a>
      </Screen>
    );
  }
  return (
    <Screen title={w.activities.title}>
      <p>{w.activities.intro}</p>
      <ActivityForm
        episodeId={ep.id}
        entries={entriesOf(ep.id)}
        date={today()}
        onSaved={() => go('/progress')}
      />
    </Screen>
  );
}
