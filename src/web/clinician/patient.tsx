import { clinicianWords, findingsWords } from '#words';
import './patient.css';
import { useEffect, useState } from 'preact/hooks';
import {
  type AdviceToday,
  adviceToday,
  type FunctionTable,
  functionTable,
  type TimelineDay,
  timelineByDay,
} from '../../core/clinician-view.ts';
import { asOf, dayOf, latestEpisode } from '../../core/clock.ts';
import { daysBetween } from '../../core/dates.ts';
import { liveDiary } from '../../core/diary.ts';
import type { Entry } from '../../core/entry.ts';
import type { Episode } from '../../core/episode.ts';
import { type ReportedSign, reportedSigns } from '../../core/episode-view.ts';
import { episodeEntries } from '../../core/export/summary.ts';
import { functionSeries } from '../../core/function-scale.ts';
import { compareInstants } from '../../core/instant-order.ts';
import { readMedicine } from '../../core/medicines-taken.ts';
import { type Progress, progress } from '../../core/progress.ts';
import type { ClinicianSettings, PatientDetail } from '../../core/share.ts';
import { ApiProblem, call } from '../api.ts';
import { PainChart } from '../components/chart.tsx';
import { PaperChoice } from '../components/paper-choice.tsx';
import { dayLabel, locale, medicineWords } from '../words.ts';

const t = clinicianWords.dashboard;
const w = clinicianWords.patient;

const birthFormat = new Intl.DateTimeFormat(locale, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
/** A date of birth with its year, read as a plain date so no time zone shifts it. */
const birthLabel = (date: string) => birthFormat.format(new Date(`${date}T00:00:00Z`));

const label = (code: string) => findingsWords[code as keyof typeof findingsWords]?.label ?? code;

/** "Fever: not sure, reported at the check-in of day 3 (Wed 25 Nov)". */
function signLine(s: ReportedSign, firstCheck: string): string {
  const when = s.checkIn
    ? w.atCheckIn(s.checkIn.day, dayLabel(s.checkIn.date))
    : w.atFirstCheck(dayLabel(firstCheck));
  return w.sign(label(s.finding), w.answer[s.answer], when);
}

/** Every warning sign of the episode answered yes or not sure, by name, with when it was reported. */
function Signs({ episode, id, nested }: { episode: Episode; id: string; nested?: boolean }) {
  const signs = reportedSigns(episode);
  const Heading = nested ? 'h3' : 'h2';
  return (
    <section class="pt-signs" aria-labelledby={id}>
      <Heading id={id}>{w.signsTitle}</Heading>
      {signs.length === 0 ? (
        <p>{w.signsNone}</p>
      ) : (
        <ul>
          {signs.map((s) => (
            <li key={s.finding} class={s.answer === 'yes' ? 'pt-yes' : 'pt-unsure'}>
              {signLine(s, episode.case.asOf)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const tone = { emergency: 'pt-danger', urgent: 'pt-danger', gp_soon: 'pt-warn', self_care: '' } as const;

/** The headline: what the patient's app advises today, what it was judged on, and every reason as a finding. */
function Advice({
  advice,
  episode,
  p,
  timeZone,
}: {
  advice: AdviceToday;
  episode: Episode;
  p: Progress;
  timeZone: string;
}) {
  const facts = {
    signs: [],
    day: advice.day,
    age: advice.age,
    ...(advice.painNow !== undefined ? { painNow: advice.painNow } : {}),
    ...(advice.trend ? { trend: advice.trend } : {}),
  };
  const course = [
    p.trend === 'worse' ? w.courseWorse : '',
    p.course ? w.courseStanding[p.course] : w.courseUnknown,
  ].filter(Boolean);
  return (
    <section class={`pt-advice ${tone[advice.disposition]}`} aria-labelledby="advice-title">
      <h2 id="advice-title">{w.headline(w.advice[advice.disposition])}</h2>
      <p>
        {w.asOf(dayLabel(advice.asOf), advice.day)} {w.basis[advice.basis](dayLabel(advice.basisDate))}{' '}
        {w.sameAsApp}
      </p>
      {episode.closedAt && <p>{w.closed(dayLabel(dayOf(episode.closedAt, timeZone)))}</p>}
      <h3>{w.why}</h3>
      {advice.reasons.length === 0 ? (
        <p>{w.noReasons}</p>
      ) : (
        <ul class="pt-reasons">
          {advice.reasons.map((r) => (
            <li key={r.rule}>{w.reasons[r.rule]({ ...facts, signs: (r.params?.signs ?? []).map(label) })}</li>
          ))}
        </ul>
      )}
      <dl class="facts">
        <dt>{w.latestPain}</dt>
        <dd>{p.latest ? w.painOn(p.latest.pain, dayLabel(p.latest.date), p.expectedToday ?? 0) : t.never}</dd>
        <dt>{w.course}</dt>
        <dd>{w.list(course)}</dd>
      </dl>
    </section>
  );
}

/** The clinician's own paper for the summary (kept on their account): the next download is printed on it. */
function Paper() {
  const [paper, setPaper] = useState<ClinicianSettings['paper']>();
  useEffect(() => {
    call('clinicianSettings', {}).then(
      (s) => setPaper(s.paper),
      () => undefined,
    );
  }, []);
  const choose = (next: ClinicianSettings['paper']) => {
    setPaper(next);
    void call('saveClinicianSettings', { body: { paper: next } }).then(
      (s) => setPaper(s.paper),
      () => undefined,
    );
  };
  if (!paper) return null;
  return (
    <PaperChoice
      legend={t.paper}
      labels={{ a4: t.paperA4, letter: t.paperLetter }}
      value={paper}
      onChange={choose}
    />
  );
}

function Downloads({ base, full }: { base: string; full: boolean }) {
  return (
    <div class="pt-downloads">
      <h3>{t.downloads}</h3>
      <div class="row">
        <a class="btn" href={`${base}/summary.pdf`} download>
          {t.summaryPdf}
        </a>
        <a class="btn" href={`${base}/fhir`} download>
          {t.fhir}
        </a>
      </div>
      {full && <Paper />}
    </div>
  );
}

function FunctionScores({ table, onset }: { table: FunctionTable; onset: string }) {
  // On a phone each activity is a card, and each score keeps its column's name (data-label).
  const columns = table.dates.map((date) => ({
    date,
    label: w.dateColumn(dayLabel(date), daysBetween(onset, date)),
  }));
  return (
    <section class="pt-function" aria-labelledby="function-title">
      <h3 id="function-title">{w.functionTitle}</h3>
      <p class="muted">{w.functionHelp}</p>
      {table.rows.length === 0 ? (
        <p>{w.functionNone}</p>
      ) : (
        <div class="pt-table-wrap">
          <table class="pt-scores">
            <caption class="sr-only">{w.functionTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{w.activity}</th>
                {columns.map((c) => (
                  <th key={c.date} scope="col">
                    {c.label}
                  </th>
                ))}
                <th scope="col">{w.change}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.activity}>
                  <th scope="row">{row.activity}</th>
                  {row.scores.map((score, i) => (
                    <td key={columns[i]?.date} data-label={columns[i]?.label}>
                      {score ?? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span class="sr-only">{w.notRated}</span>
                        </>
                      )}
                    </td>
                  ))}
                  <td data-label={w.change}>
                    {row.change === undefined ? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span class="sr-only">{w.oneRating}</span>
                      </>
                    ) : (
                      w.changeOf(row.change)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** One day of the diary as labelled rows: only the kinds of record the day holds. */
function Day({ d }: { d: TimelineDay }) {
  const rows: [keyof typeof w.rows, string | string[]][] = [];
  if (d.firstCheck) rows.push(['firstCheck', w.firstCheckSigns(d.signs.filter((s) => !s.checkIn).length)]);
  if (d.checkIns.length) rows.push(['checkIn', w.list(d.checkIns.map((x) => w.checkInTrend[x]))]);
  if (d.signs.length)
    rows.push(['signs', d.signs.map((s) => w.signOfDay(label(s.finding), w.answer[s.answer]))]);
  if (d.pains.length) rows.push(['pain', w.painRatings(d.pains)]);
  if (d.function.length)
    rows.push(['function', w.list(d.function.map((f) => w.rating(f.activity, f.score)))]);
  if (d.sessions.length)
    rows.push([
      'sessions',
      d.sessions.map((s) =>
        w.session(w.treatments[s.treatment], s.minutes, s.felt === undefined ? undefined : w.felt[s.felt]),
      ),
    ]);
  if (d.medicineNames.length)
    rows.push(['medicine', w.list(d.medicineNames.map((m) => readMedicine(m, medicineWords).name))]);
  else if (d.medicines) rows.push(['medicine', w.medicineTaken(d.medicines)]);
  if (d.treatments.length) rows.push(['care', w.list(d.treatments.map((x) => w.treatments[x]))]);
  if (d.spasms.length) rows.push(['spasms', w.spasmCounts(d.spasms)]);
  if (d.triggers.length) rows.push(['triggers', w.list(d.triggers.map((x) => w.triggers[x]))]);
  if (d.notes.length) rows.push(['notes', d.notes]);
  return (
    <li class="pt-day">
      <h4>{w.dayTitle(dayLabel(d.date), d.day)}</h4>
      <dl>
        {rows.map(([key, value]) => (
          <div key={key} class={`pt-row pt-row-${key}`}>
            <dt>{w.rows[key]}</dt>
            <dd>
              {typeof value === 'string' ? (
                value
              ) : (
                <ul>
                  {value.map((v, i) => (
                    // Two notes may read the same; their place in the day tells them apart.
                    <li key={i}>{v}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

/** The latest episode in full; an older one by its signs and downloads (the chart's ids are one per page). */
function EpisodeView({
  patientId,
  episode,
  entries,
  today,
  timeZone,
  full,
}: {
  patientId: string;
  episode: Episode;
  entries: Entry[];
  /** The patient's own today, from the server (counted in the patient's zone), never this browser's. */
  today: string;
  timeZone: string;
  full: boolean;
}) {
  const day = asOf(episode, today);
  const mine = episodeEntries(entries, episode, day);
  const base = `/api/v1/clinician/patients/${patientId}/episodes/${episode.id}`;
  const id = `ep-${episode.id}`;
  if (!full) {
    return (
      <section class="pt-episode" aria-labelledby={id}>
        <h2 id={id}>{w.olderEpisode(dayLabel(episode.onset))}</h2>
        <Signs episode={episode} id={`signs-${episode.id}`} nested />
        <Downloads base={base} full={false} />
      </section>
    );
  }
  const p = progress(mine, episode.onset, day, episode.case);
  const days = timelineByDay(episode, mine);
  return (
    <>
      <Advice advice={adviceToday(episode, mine, today)} episode={episode} p={p} timeZone={timeZone} />
      <Signs episode={episode} id="signs-title" />
      <section class="pt-episode" aria-labelledby={id}>
        <h2 id={id}>{w.latestEpisode(dayLabel(episode.onset))}</h2>
        <div class="pt-grid">
          <section class="pt-pain" aria-labelledby="pain-title">
            <h3 id="pain-title">{w.painTitle}</h3>
            <PainChart p={p} words={w.chart} />
            <p class="muted">{w.chartSource}</p>
          </section>
          <div>
            <FunctionScores table={functionTable(functionSeries(mine))} onset={episode.onset} />
            <Downloads base={base} full />
          </div>
        </div>
        <h3>{w.timelineTitle}</h3>
        <ol class="pt-days">
          {days.map((d) => (
            <Day key={d.date} d={d} />
          ))}
        </ol>
      </section>
    </>
  );
}

/** One patient: today's advice and why, the warning signs, then each episode (the latest in full). */
export function PatientPage({ id }: { id: string }) {
  const [detail, setDetail] = useState<PatientDetail>();
  const [error, setError] = useState('');
  useEffect(() => {
    setDetail(undefined);
    setError('');
    call('patient', { params: { patientId: id } }, { fallback: t.failed }).then(setDetail, (err) =>
      setError(err instanceof ApiProblem && err.status === 404 ? t.lostAccess : t.failed),
    );
  }, [id]);

  return (
    <div class="pt">
      <p>
        <a href="#list">{t.back}</a>
      </p>
      {error && (
        <>
          <h1>{t.title}</h1>
          <p class="error" role="alert">
            {error}
          </p>
        </>
      )}
      {!detail && !error && <p class="muted">{t.loading}</p>}
      {detail && <Detail detail={detail} />}
    </div>
  );
}

/** The row as the list gives it, with the name and date of birth the patient chose to share, where the server sends them. */
type Identified = PatientDetail & { displayName?: string | null; birthDate?: string | null };

function Detail({ detail }: { detail: Identified }) {
  const f = detail.flags;
  const diary = liveDiary(detail.episodes as unknown as Episode[], detail.entries as unknown as Entry[]);
  // The episode the flags describe first, in full; the others newest first.
  const latest = latestEpisode(diary.episodes);
  const episodes = [...diary.episodes].sort((a, b) =>
    a === latest ? -1 : b === latest ? 1 : compareInstants(b.createdAt, a.createdAt),
  );
  const name = detail.displayName ?? detail.email;
  const about = [
    detail.displayName ? detail.email : '',
    detail.birthDate ? w.born(birthLabel(detail.birthDate)) : '',
    f.days === null ? t.noEpisode : w.dayNow(f.days, f.timeZone),
  ].filter(Boolean);
  return (
    <>
      <div class="pt-who">
        <h1>{w.title(name)}</h1>
        <p class="muted">
          {about.map((line, i) => (
            <span key={line}>
              {i > 0 && <span aria-hidden="true"> · </span>}
              {line}
            </span>
          ))}
        </p>
      </div>
      {episodes.map((e, i) => (
        <EpisodeView
          key={e.id}
          patientId={detail.id}
          episode={e}
          entries={diary.entries}
          today={f.today}
          timeZone={f.timeZone}
          full={i === 0}
        />
      ))}
    </>
  );
}
