/**
 * How long the one-page PDF takes for a 42-day episode with three entries a day: first in Node on one core
 * (summary plus PDF, median of the rounds), then the budget of issue 11, the built web app in Chromium with
 * the CPU slowed four times (browser.ts; fails over 1 s). --node-only skips the browser.
 * Usage: node --import tsx bench/export/index.ts [--quick] [--node-only] [--out FILE.pdf]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { summaryPdf } from '../../src/core/export/pdf.ts';
import { buildSummary } from '../../src/core/export/summary.ts';
import { en } from '../../src/core/knowledge/text/en/index.ts';
import { aDiary, anEpisode, NOW, TODAY } from '../../test/export-diary.ts';
import { runBrowserBench } from './browser.ts';

const { values } = parseArgs({
  options: { quick: { type: 'boolean' }, out: { type: 'string' }, 'node-only': { type: 'boolean' } },
});
const rounds = values.quick ? 5 : 21;
const episode = anEpisode();
const entries = aDiary(episode);

async function once(): Promise<{ ms: number; bytes: Uint8Array }> {
  const start = performance.now();
  const bytes = await summaryPdf(buildSummary({ episode, entries, today: TODAY, words: en }), {
    page: 'a4',
    now: NOW,
    words: en.export,
  });
  return { ms: performance.now() - start, bytes };
}

const first = await once();
const times: number[] = [];
for (let i = 0; i < rounds; i++) times.push((await once()).ms);
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
console.log(`entries: ${entries.length}, PDF bytes: ${first.bytes.length}`);
console.log(`first build (cold): ${first.ms.toFixed(1)} ms`);
console.log(
  `Node, median of ${rounds}: ${median.toFixed(1)} ms (min ${times[0]?.toFixed(1)} ms, max ${times.at(-1)?.toFixed(1)} ms)`,
);
if (values.out) writeFileSync(values.out, first.bytes);
if (!values['node-only']) await runBrowserBench({ quick: values.quick });
