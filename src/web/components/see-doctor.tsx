import { catalogue } from '#words';
import type { SeeDoctor } from '../../core/progress.ts';
import { dayLabel, words } from '../words.ts';
import { Reasons } from './lists.tsx';

const w = words.progress;

/**
 * The one "see a doctor" prompt of Today and Progress (core `seeDoctorPrompt`): the level, when, and why in the
 * triage's own words, judged on the latest data only, so it never outlives its reason. Compact on Today, where
 * the reasons fold under their lead-in so the pain rating still fits the first screen.
 */
export function SeeDoctorCard({
  s,
  link,
  compact = false,
}: {
  s: SeeDoctor | undefined;
  link: boolean;
  compact?: boolean;
}) {
  if (!s) return null;
  const d = catalogue.dispositions[s.disposition];
  const why = w.seeDoctorBasis(s.basis, s.day, dayLabel(s.asOf));
  return (
    <section
      class={s.disposition === 'emergency' ? 'card alert' : 'card warn'}
      aria-labelledby="see-doctor-title"
    >
      {compact ? (
        <>
          <p>
            <strong id="see-doctor-title">{d.title}</strong>: {d.when}
          </p>
          {/* "Why" and the way to the result share a row; opened, the reasons take the row's width. */}
          <div class="fold-row">
            <details>
              <summary>{w.whyShort}</summary>
              <p>{why}</p>
              <Reasons reasons={s.reasons} />
            </details>
            {link && (
              <a class="btn" href="#/result">
                {w.whatToDo}
              </a>
            )}
          </div>
        </>
      ) : (
        <>
          <h2 id="see-doctor-title">{d.title}</h2>
          <p>{d.when}</p>
          <p>{why}</p>
          <Reasons reasons={s.reasons} />
        </>
      )}
      {link && !compact && (
        <a class="btn block" href="#/result">
          {w.whatToDo}
        </a>
      )}
    </section>
  );
}
