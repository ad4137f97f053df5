import { addDays } from '../src/core/dates.ts';
import type { Entry } from '../src/core/entry.ts';
import type { Episode } from '../src/core/episode.ts';
import { withNewSigns } from '../src/core/episode-view.ts';
import { walkFlow } from './flow-walk.ts';

/** A UUID made from a counter, so a diary is the same on every run. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export const ONSET = '2026-10-01';
export const DAYS = 42;

/** The person's own words, scattered through the diary; the PDF must show each of them. */
export const notes: Record<number, string> = {
  0: 'Bent down to lift the washing basket and my back locked.',
  3: 'Ibuprofen from the pharmacy; told the pharmacist about my asthma.',
  8: 'Walked to the corner shop and back without stopping.',
  15: 'Slept through the night for the first time.',
  22: 'Sat through a two-hour meeting, stiff afterwards.',
  29: 'Back at the gym, light weights only.',
  36: 'Carried my daughter upstairs; twinge but fine.',
  41: 'Almost back to normal. Still careful bending.',
};

export const activities = ['Putting on socks', 'Sitting through a work meeting', 'Lifting my toddler'];

/** The answers a person gives in the flow: no warning signs, one "not sure", started while lifting. */
export function anEpisode(): Episode {
  const asOf = addDays(ONSET, 1);
  // How it started and what it feels like come after the result, in the optional tailor step.
  const { draft, check: done } = walkFlow(asOf, {
    yes: ['lifting_trigger', 'localized_pain', 'stiffness', 'limited_motion', 'recurrent_episode'],
    unsure: ['night_pain_unrelieved'],
    age: 41,
    onset: ONSET,
  });
  if (done.kind !== 'done') throw new Error('the flow did not finish');
  return {
    id: uuid(1),
    onset: ONSET,
    case: { ...done.case, wakeTime: '07:00', sleepTime: '22:00' },
    answers: draft.answers.findings,
    createdAt: `${asOf}T08:12:00.000+01:00`,
    updatedAt: `${asOf}T08:12:00.000+01:00`,
  };
}

/** Forty-two days, three entries a day: pain easing from 7 to about 1, sessions, exercises, check-ins, ratings. */
export function aDiary(episode: Episode = anEpisode()): Entry[] {
  const out: Entry[] = [];
  let n = 100;
  for (let day = 0; day < DAYS; day++) {
    const date = addDays(ONSET, day);
    const base = Math.max(1, Math.round(7 - day * 0.15 + ((day * 7) % 3) - 1));
    const times = ['08:05', '13:30', '20:45'];
    times.forEach((t, i) => {
      const e: Entry = {
        id: uuid(n++),
        episodeId: episode.id,
        recordedAt: `${date}T${t}:00.000+01:00`,
        date,
        pain: Math.min(10, Math.max(0, base + (i === 1 ? -1 : i === 2 ? 1 : 0))),
      };
      if (i === 0) {
        e.treatments = [day < 3 ? 'ice' : 'heat'];
        e.minutes = 20;
      }
      if (i === 1 && day >= 2) e.treatments = day % 2 ? ['exercise'] : ['stretching', 'exercise'];
      if (i === 1 && day < 6 && day % 2 === 1) e.treatments = ['medicine'];
      if (i === 2 && day < 4) {
        e.spasms = 4 - day;
        e.triggers = day === 0 ? ['lifting'] : ['long_sitting'];
      }
      if (i === 2 && notes[day]) e.note = notes[day];
      if (i === 2 && [2, 7, 14, 28].includes(day)) e.checkIn = day === 2 ? 'same' : 'better';
      if (i === 0 && day % 7 === 1) {
        e.functionScale = activities.map((activity, k) => ({
          activity,
          score: Math.min(10, 2 + k + Math.floor(day / 7) * (k + 1)),
        }));
      }
      out.push(e);
    });
  }
  // An edit and a delete: the summary must show only what the person now sees.
  const first = out[0] as Entry;
  out.push({
    ...first,
    id: uuid(n++),
    pain: 8,
    recordedAt: `${ONSET}T08:30:00.000+01:00`,
    supersedes: first.id,
  });
  const wrong = out[4] as Entry;
  out.push({
    ...wrong,
    id: uuid(n++),
    deleted: true,
    supersedes: wrong.id,
    recordedAt: `${wrong.date}T14:00:00.000+01:00`,
  });
  return out;
}

export const TODAY = addDays(ONSET, DAYS - 1);
export const NOW = `${TODAY}T21:00:00.000+01:00`;

/** A GP's patient on day 10: onset Thursday 26 Nov 2026, today Sunday 6 Dec. */
export const GP_ONSET = '2026-11-26';
export const GP_TODAY = addDays(GP_ONSET, 10);
export const GP_NOW = `${GP_TODAY}T10:30:00.000+00:00`;

/**
 * Check-ins on days 2, 7 and 9 (the same, the same, worse), a fever the person was not sure of reported at the
 * day-7 check-in, ibuprofen and paracetamol named in the diary and one medicine ticked without a name.
 */
export function aGpDay10(): { episode: Episode; entries: Entry[] } {
  const asOf = addDays(GP_ONSET, 1);
  const { draft, check: done } = walkFlow(asOf, {
    yes: ['lifting_trigger', 'localized_pain', 'stiffness', 'limited_motion'],
    unsure: ['night_pain_unrelieved'],
    age: 52,
    onset: GP_ONSET,
  });
  if (done.kind !== 'done') throw new Error('the flow did not finish');
  const first: Episode = {
    id: uuid(50),
    onset: GP_ONSET,
    case: { ...done.case, wakeTime: '07:00', sleepTime: '22:00' },
    answers: draft.answers.findings,
    createdAt: `${asOf}T08:00:00.000+00:00`,
    updatedAt: `${asOf}T08:00:00.000+00:00`,
  };
  const day7 = addDays(GP_ONSET, 7);
  const episode: Episode = { ...first, ...withNewSigns(first, { fever: 'unsure' }, day7) };
  const pain = [7, 7, 7, 6, 6, 6, 6, 6, 6, 7, 6];
  const entries: Entry[] = [];
  let n = 500;
  pain.forEach((p, day) => {
    const date = addDays(GP_ONSET, day);
    const e: Entry = {
      id: uuid(n++),
      episodeId: episode.id,
      recordedAt: `${date}T19:00:00.000+00:00`,
      date,
      pain: p,
      treatments: [day < 3 ? 'ice' : 'heat'],
      minutes: 20,
    };
    if (day === 2 || day === 7) e.checkIn = 'same';
    if (day === 9) e.checkIn = 'worse';
    entries.push(e);
    const meds = [
      ...(day >= 1 && day <= 4 ? ['ibuprofen'] : []),
      ...(day === 6 ? ['Ibuprofen'] : []),
      ...(day === 2 || day === 3 ? ['Paracetamol'] : []),
    ];
    if (meds.length || day === 8) {
      const m: Entry = {
        id: uuid(n++),
        episodeId: episode.id,
        recordedAt: `${date}T12:00:00.000+00:00`,
        date,
        treatments: ['medicine'],
      };
      if (meds.length) m.medicines = meds;
      entries.push(m);
    }
  });
  const note = (day: number, text: string): Entry => ({
    id: uuid(n++),
    episodeId: episode.id,
    recordedAt: `${addDays(GP_ONSET, day)}T21:00:00.000+00:00`,
    date: addDays(GP_ONSET, day),
    note: text,
  });
  entries.push(
    note(0, 'Lifted a box of books at work and felt it go.'),
    note(7, 'Felt hot and shivery last night, not sure if it was a fever.'),
    note(9, 'Worse after a long drive. Waking at night with it.'),
  );
  const rate = (day: number, scores: [number, number]): Entry => ({
    id: uuid(n++),
    episodeId: episode.id,
    recordedAt: `${addDays(GP_ONSET, day)}T09:00:00.000+00:00`,
    date: addDays(GP_ONSET, day),
    functionScale: [
      { activity: 'Putting on socks', score: scores[0] },
      { activity: 'Driving to work', score: scores[1] },
    ],
  });
  entries.push(rate(1, [3, 2]), rate(8, [4, 3]));
  return { episode, entries };
}
