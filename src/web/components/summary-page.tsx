import { doctorWords, exportWords } from '#words';
import { expectedOn, type Summary, stageInBrief, summaryInWords } from '../../core/export/summary.ts';

const w = exportWords;
const d = doctorWords.screen;

const CW = 360;
const CH = 150;
const PAD = { left: 22, right: 6, top: 6, bottom: 20 };

/** The pain chart of the summary, black on white: solid for the person, dashed for their expected course (day 0 = onset, as everywhere). */
function SummaryChart({ s }: { s: Summary }) {
  const x = (day: number) => PAD.left + (day / s.chartDays) * (CW - PAD.left - PAD.right);
  const y = (pain: number) => PAD.top + (1 - pain / 10) * (CH - PAD.top - PAD.bottom);
  const points = (list: { day: number; pain: number }[]) =>
    list.map((p) => `${x(p.day).toFixed(1)},${y(p.pain).toFixed(1)}`).join(' ');
  const ticks = [
    ...new Set([0, 7, 14, 21, 28, 35, 42, 49, 56].filter((t) => t <= s.chartDays).concat(s.chartDays)),
  ].filter((t) => t === s.chartDays || s.chartDays - t >= 4);
  return (
    <svg class="sp-chart" viewBox={`0 0 ${CW} ${CH}`} role="img" aria-label={d.chartLabel}>
      {[0, 2, 4, 6, 8, 10].map((v) => (
        <g key={v}>
          <line
            class={v === 0 ? 'sp-axis' : 'sp-grid'}
            x1={PAD.left}
            x2={CW - PAD.right}
            y1={y(v)}
            y2={y(v)}
          />
          <text x={PAD.left - 4} y={y(v) + 3} text-anchor="end">
            {v}
          </text>
        </g>
      ))}
      {ticks.map((t) => (
        <text key={t} x={x(t)} y={CH - 8} text-anchor="middle">
          {t === 0 ? `${w.summary.chartDay} 0` : t}
        </text>
      ))}
      <polyline class="sp-expected" points={points(s.expected)} />
      {s.pain.length > 1 && <polyline class="sp-you" points={points(s.pain)} />}
      {s.pain.map((p) => (
        <rect key={p.day} class="sp-dot" x={x(p.day) - 1.8} y={y(p.pain) - 1.8} width={3.6} height={3.6} />
      ))}
      {s.pain.length === 0 && (
        <text x={CW / 2} y={CH / 2} text-anchor="middle">
          {w.summary.chartNone}
        </text>
      )}
    </svg>
  );
}

function Activities({ s }: { s: Summary }) {
  if (s.activities.length === 0) return <p class="sp-muted">{w.summary.noFunction}</p>;
  const dates = [...new Set(s.activities.flatMap((a) => a.points.map((p) => p.date)))].sort();
  // The first rating is the baseline: keep it and the most recent ones, as the PDF does.
  const room = 6;
  const shown = dates.length <= room ? dates : [dates[0] as string, ...dates.slice(dates.length - room + 1)];
  return (
    <table class="sp-table">
      <caption class="sr-only">{d.scoresCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{d.activityColumn}</th>
          {shown.map((date) => (
            <th key={date} scope="col">
              {date.slice(5)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {s.activities.map((a) => (
          <tr key={a.activity}>
            <th scope="row">{a.activity}</th>
            {shown.map((date) => (
              <td key={date}>{a.points.find((p) => p.date === date)?.score ?? '-'}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The one-page summary as HTML, with the same content as the PDF: the preview on screen and, through the
 * print stylesheet, the printed page.
 */
export function SummaryPage({ s }: { s: Summary }) {
  const facts = [w.summary.episode(s.onset, s.day, s.asOf), w.summary.age(s.age)];
  if (s.closedOn) facts.push(w.summary.closed(s.closedOn));
  const latest = s.progress.latest;
  const said = summaryInWords(s, w);
  const done = s.treatments.filter((t) => t.treatment !== 'medicine');
  return (
    <article class="summary-page" aria-labelledby="sp-title">
      <h2 id="sp-title">{w.summary.title}</h2>
      <p class="sp-patient">
        <span>{said.patient[0]}</span> <span>{said.patient[1]}</span>
      </p>
      <section
        class={s.advice.disposition === 'self_care' ? 'sp-headline' : 'sp-headline sp-see'}
        aria-labelledby="sp-advice"
      >
        <h3 id="sp-advice">{said.headline}</h3>
        <p>{said.why}</p>
        {said.pain && <p>{said.pain}</p>}
        <p class={s.signs.length ? 'sp-strong' : undefined}>{said.signs}</p>
      </section>
      <p class="sp-muted">{w.summary.madeOn(s.madeOn)}</p>
      <p>
        <strong>{facts.join(' ')}</strong>
      </p>
      <p>
        {w.summary.started}: {s.startedBy.length ? s.startedBy.join('; ') : w.summary.startedUnknown}
      </p>
      <div class="sp-cols">
        <div>
          <h3>{w.summary.chart}</h3>
          <SummaryChart s={s} />
          <p class="sp-key">
            <span class="sp-key-you">{w.summary.chartYou}</span>
            <span class="sp-key-expected">{w.summary.chartExpected}</span>
          </p>
          {latest && <p>{w.summary.chartLatest(latest.pain, latest.day, expectedOn(s, latest.day))}</p>}
          <h3>{w.summary.course}</h3>
          <ul>
            {said.changes.map((c, i) => (
              <li key={c.when}>
                <span class={c.strong ? 'sp-strong' : undefined}>
                  {c.when} {c.advice}
                </span>
                {(c.reasons.length > 0 || c.kept) && (
                  <ul class="sp-reasons">
                    {c.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                    {c.kept && <li class="sp-kept">{c.kept}</li>}
                  </ul>
                )}
                {i === 0 && said.changesLeftOut && <p class="sp-muted">{said.changesLeftOut}</p>}
              </li>
            ))}
          </ul>
          <h3>{w.summary.treatments}</h3>
          {done.length === 0 ? (
            <p class="sp-muted">{w.summary.noTreatments}</p>
          ) : (
            <ul>
              {done.map((t) => (
                <li key={t.treatment}>
                  {w.summary.treatmentLine(w.treatment[t.treatment], t.times, t.days, t.minutes)}
                </li>
              ))}
            </ul>
          )}
          <h3>{w.summary.medicines}</h3>
          {said.medicines.length === 0 ? (
            <p class="sp-muted">{w.summary.noMedicines}</p>
          ) : (
            <ul>
              {said.medicines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <h3>{w.summary.function}</h3>
          <Activities s={s} />
          <p class="sp-muted">{w.summary.functionHint}</p>
        </div>
        <div>
          <h3>{w.summary.questions}</h3>
          <p class="sp-muted">{w.summary.questionsNote}</p>
          {s.stages.map((stage) => {
            const { asked, notAsked, allNotAsked } = stageInBrief(stage);
            return (
              <div key={stage.stage}>
                {asked.length > 0 ? (
                  <table class="sp-table sp-questions">
                    <caption>{stage.title}</caption>
                    <thead class="sr-only">
                      <tr>
                        <th scope="col">{d.questionColumn}</th>
                        <th scope="col">{d.answerColumn}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {asked.map((q) => (
                        <tr
                          key={q.id}
                          class={q.answer === 'yes' || q.answer === 'unsure' ? 'sp-strong' : undefined}
                        >
                          <th scope="row">
                            {q.label}
                            {q.checkIn && ` ${w.summary.questionCheckIn(q.checkIn.day)}`}
                          </th>
                          <td>{w.answer[q.answer]}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : (
                  <p class="sp-stage">{stage.title}</p>
                )}
                {notAsked.length > 0 && (
                  <p class="sp-muted sp-not-asked">{w.summary.notAsked(notAsked, allNotAsked)}</p>
                )}
              </div>
            );
          })}
        </div>
      </div>
      <h3>{w.summary.notes}</h3>
      {s.notes.length === 0 ? (
        <p class="sp-muted">{w.summary.noNotes}</p>
      ) : (
        <ul class="sp-notes">
          {s.notes.map((n, i) => (
            <li key={`${n.date}-${i}`}>
              <strong>{n.date}</strong> {n.text}
            </li>
          ))}
        </ul>
      )}
      <footer>
        <p class="sp-strong">{w.summary.emergency(s.emergencyNumber)}</p>
        <p>{w.summary.about}</p>
      </footer>
    </article>
  );
}
