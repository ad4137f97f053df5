import { useEffect, useState } from 'preact/hooks';
import { asOf, latestEpisode } from '../../core/clock.ts';
import { liveDiary } from '../../core/diary.ts';
import type { Entry } from '../../core/entry.ts';
import type { Episode } from '../../core/episode.ts';
import { episodeEntries } from '../../core/export/summary.ts';
import { functionSeries } from '../../core/function-scale.ts';
import { compareInstants } from '../../core/instant-order.ts';
import { enClinician } from '../../core/knowledge/text/en/clinician.ts';
import { progress } from '../../core/progress.ts';
import type { ClinicianSettings, PatientDetail } from '../../core/share.ts';
import { ApiProblem, call } from '../api.ts';
import { PainChart } from '../components/chart.tsx';
import { PaperChoice } from '../components/paper-choice.tsx';
import { treatmentWords } from '../words.ts';

const t = enClinician.dashboard;

/** The latest episode in full; an older one by its downloads (the chart's ids are one per page). */
function EpisodeView({
  patientId,
  episode,
  entries,
  today,
  full,
}: {
  patientId: string;
  episode: Episode;
  entries: Entry[];
  /** The patient's own today, from the server (counted in the patient's zone), never this browser's. */
  today: string;
  full: boolean;
}) {
  const day = asOf(episode, today);
  const mine = episodeEntries(entries, episode, day);
  const p = progress(mine, episode.onset, day, episode.case);
  const activities = functionSeries(mine);
  const dates = [...new Set(activities.flatMap((a) => a.points.map((x) => x.date)))].sort();
  const base = `/api/v1/clinician/patients/${patientId}/episodes/${episode.id}`;
  const timeline = [...mine].sort((a, b) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : compareInstants(b.recordedAt, a.recordedAt),
  );
  return (
    <section aria-labelledby={`ep-${episode.id}`}>
      <h2 id={`ep-${episode.id}`}>{t.episode(episode.onset)}</h2>
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
      {full && <Course p={p} activities={activities} dates={dates} timeline={timeline} />}
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

function Course({
  p,
  activities,
  dates,
  timeline,
}: {
  p: ReturnType<typeof progress>;
  activities: ReturnType<typeof functionSeries>;
  dates: string[];
  timeline: Entry[];
}) {
  return (
    <>
      <h3>{t.pain}</h3>
      <PainChart p={p} />
      <h3>{t.functionTitle}</h3>
      {activities.length === 0 ? (
        <p>{t.functionNone}</p>
      ) : (
        <div class="table-wrap">
          <table class="patients">
            <caption class="sr-only">{t.functionTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.activity}</th>
                {dates.map((d) => (
                  <th key={d} scope="col">
                    {d}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {activities.map((a) => (
                <tr key={a.activity}>
                  <th scope="row">{a.activity}</th>
                  {dates.map((d) => (
                    <td key={d}>{a.points.find((x) => x.date === d)?.score ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t.timeline}</h3>
      {timeline.length === 0 ? (
        <p>{t.timelineNone}</p>
      ) : (
        <ol class="timeline">
          {timeline.map((e) => (
            <li key={e.id}>
              <strong>{e.date}</strong>
              {[
                e.pain !== undefined ? t.painOf(e.pain) : '',
                e.checkIn ? t.checkIn(t.trends[e.checkIn]) : '',
                e.spasms !== undefined ? t.spasms(e.spasms) : '',
                (e.treatments ?? []).map((x) => treatmentWords[x]).join(', '),
              ]
                .filter(Boolean)
                .map((x) => `; ${x}`)
                .join('')}
              {e.note && <p class="muted">{e.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** One patient: their flags, then each episode with the downloads, the chart, function scores and the timeline. */
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
    <>
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
    </>
  );
}

function Detail({ detail }: { detail: PatientDetail }) {
  const f = detail.flags;
  const diary = liveDiary(detail.episodes as unknown as Episode[], detail.entries as unknown as Entry[]);
  // The episode the flags describe first, in full; the others newest first.
  const latest = latestEpisode(diary.episodes);
  const episodes = [...diary.episodes].sort((a, b) =>
    a === latest ? -1 : b === latest ? 1 : compareInstants(b.createdAt, a.createdAt),
  );
  const entries = diary.entries;
  return (
    <>
      <h1>{t.patientTitle(detail.email)}</h1>
      <dl class="facts">
        <dt>{t.columns.urgency}</dt>
        <dd>{f.disposition ? t.disposition[f.disposition] : t.noEpisode}</dd>
        <dt>{t.columns.warning}</dt>
        <dd>{f.redFlag ? t.redFlag : f.unsureWarning ? t.unsure : t.none}</dd>
        <dt>{t.columns.notImproving}</dt>
        <dd>{f.notImproving ? t.notImprovingYes : t.notImprovingNo}</dd>
        <dt>{t.columns.days}</dt>
        <dd>{f.days === null ? t.noEpisode : t.patientDay(f.days, f.timeZone)}</dd>
        <dt>{t.columns.lastEntry}</dt>
        <dd>{f.lastEntry ?? t.never}</dd>
      </dl>
      {episodes.map((e, i) => (
        <EpisodeView
          key={e.id}
          patientId={detail.id}
          episode={e}
          entries={entries}
          today={f.today}
          full={i === 0}
        />
      ))}
    </>
  );
}
