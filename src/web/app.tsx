import { announcement } from './announce.ts';
import { lazy } from './components/lazy.tsx';
import { TimerWatch } from './platform/timer-watch.tsx';
import { route } from './router.ts';
import { Welcome } from './screens/welcome.tsx';
import { currentEpisode, ready, settings } from './store/state.ts';

const Check = lazy(() => import('./screens/check.tsx'));
const Result = lazy(() => import('./screens/result.tsx'));
const Tailor = lazy(() => import('./screens/tailor.tsx'));
const Today = lazy(() => import('./screens/today.tsx'));
const Diary = lazy(() => import('./screens/diary.tsx'));
const Progress = lazy(() => import('./screens/progress.tsx'));
const Exercises = lazy(() => import('./screens/exercises.tsx'));
const Learn = lazy(() => import('./screens/learn.tsx'));
const Settings = lazy(() => import('./screens/settings.tsx'));
const More = lazy(() => import('./screens/more.tsx'));
const Doctor = lazy(() => import('./screens/doctor.tsx'));
const Activities = lazy(() => import('./screens/activities.tsx'));
const Reminders = lazy(() => import('./platform/reminders.tsx'), null);

const tabs = [
  ['/today', 'Today'],
  ['/diary', 'Diary'],
  ['/progress', 'Progress'],
  ['/exercises', 'Exercises'],
  ['/more', 'More'],
] as const;

function Page({ path }: { path: string }) {
  const [, first = '', rest = ''] = path.split('/');
  const hasEpisode = currentEpisode.value !== undefined;
  switch (first) {
    case 'check':
      return <Check />;
    case 'result':
      return <Result />;
    case 'tailor':
      return <Tailor />;
    case 'today':
      return hasEpisode ? <Today /> : <Welcome />;
    case 'diary':
      return <Diary />;
    case 'progress':
      return <Progress />;
    case 'exercises':
      return <Exercises open={rest} />;
    case 'learn':
      return <Learn />;
    case 'settings':
      return <Settings />;
    case 'more':
      return <More />;
    case 'doctor':
      return <Doctor />;
    case 'activities':
      return <Activities />;
    default:
      return hasEpisode ? <Today /> : <Welcome />;
  }
}

export function App() {
  const path = route.value;
  const number = settings.value.emergencyNumber;
  const section = `/${path.split('/')[1] ?? ''}`;
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="#/">
          Unknot
        </a>
        <a class="sos" href={`tel:${number}`}>
          Emergency {number}
        </a>
      </header>
      <main id="main" tabIndex={-1}>
        {ready.value ? <Page path={path} /> : <p class="muted">Opening your data…</p>}
      </main>
      <nav class="tabs" aria-label="Main">
        {tabs.map(([href, label]) => (
          <a key={href} href={`#${href}`} aria-current={section === href ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
      <div class="sr-only" role="status" aria-live="polite">
        {announcement.value}
      </div>
      <TimerWatch />
      {ready.value && settings.value.reminders && currentEpisode.value && <Reminders />}
    </>
  );
}
