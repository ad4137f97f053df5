import { doctorWords } from '#words';
import { Screen } from '../components/screen.tsx';
import { words } from '../words.ts';

const w = words.more;
const links = [
  ['#/result', w.result],
  ['#/doctor', doctorWords.screen.link],
  ['#/learn', w.learn],
  ['#/settings', w.settings],
  ['#/check', words.common.newCheck],
] as const;

export default function More() {
  return (
    <Screen title={w.title}>
      {links.map(([href, label]) => (
        <a key={href} class="btn block big" href={href}>
          {label}
        </a>
      ))}
    </Screen>
  );
}
