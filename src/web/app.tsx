import type { FunctionComponent } from 'preact';
import { announcement } from './announce.ts';
import { lazy } from './components/lazy.tsx';
import { ToastView } from './components/toast.tsx';
import { TimerWatch } from './platform/timer-watch.tsx';
import { route } from './router.ts';
import { Welcome } from './screens/welcome.tsx';
import { shellWords } from './shell-words.ts';
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

const w = shellWords.shell;
const tabs = (['today', 'diary', 'progress', 'exercises', 'more'] as const).map(
  (tab) => [`/${tab}`, w.tabs[tab]] as const,
);

/** The screen for each first part of the path; anything else is Today (or Welcome before a check). */
const screens: Record<string, FunctionComponent<{ open?: string }>> = {
  check: Check,
  result: Result,
  tailor: Tailor,
  diary: Diary,
  progress: Progress,
  exercises: Exercises,
  learn: Learn,
  settings: Settings,
  more: More,
  doctor: Doctor,
  activities: Activities,
};

function Page({ path }: { path: string }) {
  const [, first = '', rest = ''] = path.split('/');
  const Found = Object.hasOwn(screens, first) ? screens[first] : undefined;
  if (Found) return <Found open={rest} />;
  return currentEpisode.value !== undefined ? <Today /> : <Welcome />;
}

export function App() {
  const path = route.value;
  const number = settings.value.emergencyNumber;
  const section = `/${path.split('/')[1] ?? ''}`;
  return (
    <>
      <a class="skip" href="#main">
        {w.skip}
      </a>
      <header class="top">
        <a class="brand" href="#/">
          Unknot
        </a>
        <a class="sos" href={`tel:${number}`}>
          {w.emergency(number)}
        </a>
      </header>
      <main id="main" tabIndex={-1}>
        {ready.value ? <Page path={path} /> : <p class="muted">{w.opening}</p>}
      </main>
      <ToastView />
      <nav class="tabs" aria-label={w.mainNav}>
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
