/**
 * Lighthouse (mobile preset, simulated throttling) against the built app, served with the strict CSP,
 * in Debian's chromium. Fails when performance < 95, accessibility < 100 or best practices < 100.
 * Usage: node --import tsx bench/web/lighthouse.ts [path, e.g. /#/learn]
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../../e2e/browser.ts';
import { serve } from '../../e2e/serve.ts';

export const thresholds = { performance: 95, accessibility: 100, 'best-practices': 100 } as const;

const server = await serve();
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });
let failed = false;
try {
  const url = server.url + (process.argv[2] ?? '/');
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: Object.keys(thresholds),
  });
  if (!result) throw new Error('lighthouse returned no result');
  for (const [id, min] of Object.entries(thresholds)) {
    const cat = result.lhr.categories[id];
    const score = Math.round((cat?.score ?? 0) * 100);
    const ok = score >= min;
    failed ||= !ok;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${id}: ${score} (need ${min})`);
    if (!ok && cat) {
      for (const ref of cat.auditRefs) {
        const audit = result.lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          console.log(`       ${ref.id}: ${audit.displayValue ?? audit.score} ${audit.title}`);
        }
      }
    }
  }
  const m = result.lhr.audits;
  console.log(
    `FCP ${m['first-contentful-paint']?.displayValue}, LCP ${m['largest-contentful-paint']?.displayValue}, TBT ${m['total-blocking-time']?.displayValue}, CLS ${m['cumulative-layout-shift']?.displayValue}`,
  );
} finally {
  chrome.kill();
  await server.close();
}
if (failed) process.exitCode = 1;
