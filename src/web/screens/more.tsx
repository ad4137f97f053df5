import { enDoctor } from '../../core/knowledge/text/en/doctor.ts';
import { Screen } from '../components/screen.tsx';

export default function More() {
  return (
    <Screen title="More">
      <a class="btn block big" href="#/result">
        My result and what to tell a doctor
      </a>
      <a class="btn block big" href="#/doctor">
        {enDoctor.screen.link}
      </a>
      <a class="btn block big" href="#/learn">
        Learn about back spasms
      </a>
      <a class="btn block big" href="#/settings">
        Settings, backup and your data
      </a>
      <a class="btn block big" href="#/check">
        Start a new check
      </a>
    </Screen>
  );
}
