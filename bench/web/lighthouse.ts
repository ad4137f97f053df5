/**
 * Lighthouse (mobile preset, simulated throttling) against the built app, served with the strict CSP,
 * in Debian's chromium. Fails when no run reaches performance 95, accessibility 100 and best practices 100.
 * Usage: node --import tsx bench/web/lighthouse.ts [path, e.g. /#/learn] [--runs N]
 * Without --runs: up to three runs, stopping at the first that passes (CI). With --runs N: all N runs, each
 * reported, then how many scored performance 100 with total blocking time under 50 ms (the first-screen goal).
 * With --calibrate: Lighthouse's own calibration of the mobile profile (docs/throttling.md, "Calibrating the CPU
 * slowdown"): its 4x CPU slowdown is set for a high-end desktop host; on another host the slowdown that emulates
 * the same mid-tier phone follows from the host's benchmark index (the formula of Lighthouse's CPU throttling
 * calculator). A first run reads the index, the runs that count use that slowdown, and both are printed.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../../e2e/browser.ts';
import { serve } from '../../e2e/serve.ts';

export const thresholds = { performance: 95, accessibility: 100, 'best-practices': 100 } as const;

/** Runs on a shared CPU are noisy: up to three runs, passing as soon as one meets every threshold. */
const RUNS = 3;
/** Tries to record one run before giving up (see measure()). */
const RECORD_TRIES = 3;

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const fixedRuns = runsAt >= 0 ? Number(args[runsAt + 1]) : undefined;
if (fixedRuns !== undefined && !(Number.isInteger(fixedRuns) && fixedRuns > 0)) {
  throw new Error('--runs takes a whole number of runs');
}
const path = args.find((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1)) ?? '/';
const calibrate = args.includes('--calibrate');

/**
 * The CPU slowdown that makes this host a mid-tier phone, from its Lighthouse benchmark index: the piecewise line
 * of Lighthouse's CPU throttling calculator (800 gives 2x, 1300 gives 3x, 1533 gives 4x, the preset's own host).
 */
function slowdownFor(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}

const server = await serve();
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });
let passed = false;
let anyPassed = false;
let best = 0;
const runs = fixedRuns ?? RUNS;
try {
  const url = server.url + path;
  let flags = {};
  if (calibrate) {
    const probe = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const index = probe?.lhr.environment.benchmarkIndex ?? Number.NaN;
    if (!Number.isFinite(index)) throw new Error('lighthouse reported no benchmark index');
    const cpuSlowdownMultiplier = Math.round(slowdownFor(index) * 100) / 100;
    const preset = probe?.lhr.configSettings.throttling;
    flags = { throttling: { ...preset, cpuSlowdownMultiplier } };
    console.log(
      `calibrated: benchmark index ${Math.round(index)}, CPU slowdown ${cpuSlowdownMultiplier}x (preset 4x)`,
    );
  }
  /**
   * One Lighthouse run. A run Lighthouse itself could not record (a runtime error such as NO_NAVSTART: its trace
   * of the page load came back without the navigation, seen about once in ten runs in Debian's chromium) has no
   * scores: it is said and made again, up to RECORD_TRIES times, and never counted as a run of the page.
   */
  const measure = async () => {
    for (let attempt = 1; ; attempt++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(thresholds),
        ...flags,
      });
      if (!result) throw new Error('lighthouse returned no result');
      const error = result.lhr.runtimeError;
      if (!error) return result;
      console.log(`  lighthouse could not record a run (${error.code}: ${error.message}); measuring again`);
      if (attempt === RECORD_TRIES)
        throw new Error(`lighthouse could not record ${RECORD_TRIES} runs in a row`);
    }
  };
  for (let run = 1; run <= runs && (fixedRuns !== undefined || !passed); run++) {
    const result = await measure();
    passed = true;
    const line: string[] = [];
    const misses: string[] = [];
    for (const [id, min] of Object.entries(thresholds)) {
      const cat = result.lhr.categories[id];
      const score = Math.round((cat?.score ?? 0) * 100);
      line.push(`${id} ${score}`);
      if (score >= min) continue;
      passed = false;
      for (const ref of cat?.auditRefs ?? []) {
        const audit = result.lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          misses.push(`  ${id} < ${min}: ${ref.id} ${audit.displayValue ?? audit.score}`);
        }
      }
    }
    const m = result.lhr.audits;
    anyPassed ||= passed;
    const tbt = m['total-blocking-time']?.numericValue ?? Number.POSITIVE_INFINITY;
    if (Math.round((result.lhr.categories.performance?.score ?? 0) * 100) === 100 && tbt < 50) best += 1;
    console.log(
      `run ${run}: ${line.join(', ')} | index ${Math.round(result.lhr.environment.benchmarkIndex)} | FCP ${m['first-contentful-paint']?.displayValue}, LCP ${m['largest-contentful-paint']?.displayValue}, TBT ${m['total-blocking-time']?.displayValue}, CLS ${m['cumulative-layout-shift']?.displayValue}`,
    );
    for (const miss of misses) console.log(miss);
  }
} finally {
  chrome.kill();
  await server.close();
}
passed = anyPassed;
if (fixedRuns !== undefined) {
  console.log(`${best} of ${runs} runs: performance 100 with total blocking time under 50 ms`);
}
console.log(
  passed
    ? 'lighthouse: within thresholds'
    : 'lighthouse: BELOW thresholds (performance 95, accessibility 100, best practices 100)',
);
if (!passed) process.exitCode = 1;
