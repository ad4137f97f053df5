import { useEffect, useState } from 'preact/hooks';
import { catalogue, clinicianWords, doctorWords } from '#words';
import {
  type ExportFormat,
  episodeToExport,
  exportFile,
  exportFormats,
  formatFile,
} from '../../core/export/files.ts';
import type { PageSize } from '../../core/export/pdf.ts';
import { buildSummary } from '../../core/export/summary.ts';
import { currentActivities } from '../../core/function-scale.ts';
import { identityOf } from '../../core/settings.ts';
import { announce } from '../announce.ts';
import { now, today } from '../clock.ts';
import { PaperChoice } from '../components/paper-choice.tsx';
import { Screen } from '../components/screen.tsx';
import { SummaryPage } from '../components/summary-page.tsx';
import { entriesOf } from '../store/live.ts';
import { allEntries, currentEpisode, episodes, settings } from '../store/state.ts';
import './doctor.css';

const w = doctorWords.screen;
const sharing = clinicianWords.sharing;

/** US Letter where the locale's region uses it, A4 everywhere else. */
function defaultPage(): PageSize {
  const region = /[-_](US|CA|MX|PH|CL|CO|VE)\b/i.exec(navigator.language)?.[1];
  return region ? 'letter' : 'a4';
}

function saveToDownloads(file: File): void {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Whether this browser can hand a file of this kind to another app (Web Share API level 2). */
function canShare(format: ExportFormat): boolean {
  if (typeof navigator.share !== 'function' || typeof navigator.canShare !== 'function') return false;
  const probe = new File([''], `probe.${formatFile[format].suffix}`, { type: formatFile[format].type });
  try {
    return navigator.canShare({ files: [probe] });
  } catch {
    return false;
  }
}

/** Sharing the diary itself with a clinician, beside the files: a card that leads to "Share with your clinician". */
function ShareLink() {
  return (
    <section class="card" aria-labelledby="share-title">
      <h2 id="share-title">{sharing.title}</h2>
      <p>{sharing.intro}</p>
      <a class="btn block" href="#/share">
        {sharing.link}
      </a>
    </section>
  );
}

/** The one-page summary to preview and print, and the four files to download or share. */
export default function Doctor() {
  const ep = currentEpisode.value ?? episodeToExport(episodes.value);
  const [page, setPage] = useState<PageSize>(defaultPage);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | undefined>();
  const [busy, setBusy] = useState<ExportFormat | undefined>();
  const [sharable, setSharable] = useState<ExportFormat[]>([]);

  useEffect(() => {
    setSharable(exportFormats.filter(canShare));
    // Fetch the PDF code while the person reads the preview, so the first tap does not wait for it.
    void import('../../core/export/pdf.ts').catch(() => undefined);
  }, []);

  if (!ep) {
    return (
      <Screen title={w.title}>
        <p>{w.nothingYet}</p>
        <ShareLink />
        <a class="btn primary block big" href="#/check">
          {w.checkLink}
        </a>
      </Screen>
    );
  }
  const date = today();
  const summary = buildSummary({
    episode: ep,
    entries: allEntries.value,
    today: date,
    words: catalogue,
    emergencyNumber: settings.value.emergencyNumber,
    patient: identityOf(settings.value),
  });

  const say = (text: string, error = false) => {
    setMessage({ text, error });
    announce(text);
  };

  const make = async (format: ExportFormat): Promise<File | undefined> => {
    const name = w.formats[format].name;
    try {
      const started = performance.now();
      const made = await exportFile(format, {
        episode: ep,
        entries: allEntries.value,
        settings: settings.value,
        now: now().toISOString(),
        today: date,
        page,
        // The name and date of birth the person gave for sharing (kept on this device), on their own files too.
        patient: identityOf(settings.value),
        words: catalogue,
      });
      if (!made.ok) {
        say(w.failed(name, made.error), true);
        return undefined;
      }
      // Read by bench/export: the time to make the file on this device.
      performance.measure(`unknot:export:${format}`, { start: started });
      const { body, name: fileName, type } = made.value;
      return new File([body as BlobPart], fileName, { type });
    } catch (err) {
      say(w.failed(name, (err as Error).message), true);
      return undefined;
    }
  };

  const run = async (format: ExportFormat, share: boolean) => {
    setBusy(format);
    try {
      const file = await make(format);
      if (!file) return;
      if (!share) {
        saveToDownloads(file);
        say(w.downloaded(file.name));
        return;
      }
      try {
        await navigator.share({ files: [file], title: file.name });
        say(w.shared(w.formats[format].name));
      } catch (err) {
        // The person closed the share sheet: nothing to do. Any other refusal falls back to a download.
        if ((err as DOMException).name === 'AbortError') return;
        saveToDownloads(file);
        say(w.shareFellBack(file.name));
      }
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Screen title={w.title}>
      <p>{w.intro}</p>
      <ShareLink />
      <section class="card" aria-labelledby="files-title">
        <h2 id="files-title">{w.filesTitle}</h2>
        <p class="muted">{w.filesHelp}</p>
        <PaperChoice
          legend={w.paper}
          labels={{ a4: w.paperA4, letter: w.paperLetter }}
          value={page}
          onChange={setPage}
        />
        <ul class="files">
          {exportFormats.map((format) => (
            <li key={format}>
              <p>{w.formats[format].about}</p>
              <div class="row">
                <button
                  type="button"
                  class={format === 'pdf' ? 'primary' : undefined}
                  disabled={busy !== undefined}
                  onClick={() => run(format, false)}
                >
                  {w.download(w.formats[format].name)}
                </button>
                {sharable.includes(format) && (
                  <button type="button" disabled={busy !== undefined} onClick={() => run(format, true)}>
                    {w.share(w.formats[format].name)}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
        {message && (
          <p class={message.error ? 'error' : 'muted'} data-testid="export-message">
            {message.text}
          </p>
        )}
        <button type="button" class="block" onClick={() => window.print()}>
          {w.print}
        </button>
        <p class="muted">{w.printHelp}</p>
      </section>
      <h2>{w.previewTitle}</h2>
      <p class="muted">{w.previewHelp}</p>
      <SummaryPage s={summary} />
      <a class="btn block" href="#/activities">
        {currentActivities(entriesOf(ep.id)).length
          ? doctorWords.activities.change
          : doctorWords.activities.nameNow}
      </a>
    </Screen>
  );
}
