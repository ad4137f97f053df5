import { effect } from '@preact/signals-core';
import type { FunctionComponent } from 'preact';
import { useEffect, useReducer } from 'preact/hooks';
import { announcement } from './announce.ts';
import { lazy } from './components/lazy.tsx';
import { route } from './router.ts';
import { Welcome } from './screens/welcome.tsx';
import { shellWords } from './shell-words.ts';
import { currentEpisode, ready, settings, timer } from './store/state.ts';
import { toast } from './toast.ts';

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
const Share = lazy(() => import('./screens/share.tsx'));
const Reminders = lazy(() => import('./platform/reminders.tsx'), null);
// Not part of the first screen: each loads when there is something for it to do (a toast to show, a session
// running), so a person opening the app downloads neither.
const ToastView = lazy<object>(
  () => import('./components/toast.tsx').then((m) => ({ default: m.ToastView })),
  null,
);
const TimerWatch = lazy<object>(
  () => import('./platform/timer-watch.tsx').then((m) => ({ default: m.TimerWatch })),
  null,
);

const w = shellWords.shell;
type Tab = 'today' | 'diary' | 'progress' | 'exercises' | 'more';
/** Each tab's line drawing (24 by 24, stroked in the text colour), beside its label, never instead of it. */
const icons: Record<Tab, string> = {
  today: 'M4 11l8-7 8 7v9h-5v-6H9v6H4z',
  diary: 'M6 3h12v18H6zM9 8h6M9 12h6M9 16h3',
  progress: 'M4 20h16M5 16l5-5 4 3 6-7',
  exercises: 'M10 4.5a2 2 0 1 0 4 0a2 2 0 1 0-4 0M12 8v6M6 10h12M12 14l-4 7M12 14l4 7',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
};
const tabs: Tab[] = ['today', 'diary', 'progress', 'exercises', 'more'];
/** The tab each screen belongs to, so one tab is always marked as where the person is. */
const tabOf: Record<string, Tab> = {
  diary: 'diary',
  progress: 'progress',
  // Rated activities are shown on Progress, where their link is.
  activities: 'progress',
  exercises: 'exercises',
};
const underMore = ['more', 'learn', 'settings', 'result', 'tailor', 'check', 'share', 'doctor'];

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
  share: Share,
};

function Page({ path }: { path: string }) {
  const [, first = '', rest = ''] = path.split('/');
  const Found = Object.hasOwn(screens, first) ? screens[first] : undefined;
  if (Found) return <Found open={rest} />;
  return currentEpisode.value !== undefined ? <Today /> : <Welcome />;
}

/**
 * Renders App again whenever a signal it reads changes. The first screen loads without @preact/signals (its
 * component tracking comes with the first lazy screen, components/lazy.tsx), so the frame subscribes itself:
 * the effect reads what App and Page read, and its first run renders once more in case a signal changed
 * between the first render and the subscription.
 */
function useFrameSignals(): void {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(
    () =>
      effect(() => {
        void [route.value, settings.value, ready.value, currentEpisode.value, toast.value, timer.value];
        void announcement.value;
        rerender(undefined);
      }),
    [],
  );
}

export function App() {
  useFrameSignals();
  const path = route.value;
  const number = settings.value.emergencyNumber;
  const first = path.split('/')[1] ?? '';
  const current: Tab = tabOf[first] ?? (underMore.includes(first) ? 'more' : 'today');
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
      {toast.value && <ToastView />}
      <nav class="tabs" aria-label={w.mainNav}>
        {tabs.map((tab) => (
          <a key={tab} href={`#/${tab}`} aria-current={tab === current ? 'page' : undefined}>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d={icons[tab]} />
            </svg>
            <span>{w.tabs[tab]}</span>
          </a>
        ))}
      </nav>
      <div class="sr-only" role="status" aria-live="polite">
        {announcement.value}
      </div>
      {timer.value && <TimerWatch />}
      {ready.value && settings.value.reminders && currentEpisode.value && <Reminders />}
    </>
  );
}
