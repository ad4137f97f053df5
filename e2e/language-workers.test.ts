import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { everyCatalogue } from '../src/core/knowledge/text/every.ts';
import { appForSuite, expectHeading, newContext, pageErrors, untilOfflineReady } from './app.ts';
import { skipReason } from './browser.ts';

const skip = skipReason();

// Each language's build has its own service worker (vite.config.ts): the Spanish one at /es/sw.js, scope /es/.

describe('a service worker per language', { skip }, () => {
  const app = appForSuite();

  it('the Spanish app opens offline from its own worker, which is the one that controls /es/', async () => {
    const context = await newContext(app.browser, { locale: 'es-MX', serviceWorker: true });
    const page = await context.newPage();
    const errors = pageErrors(page);
    await page.goto(`${app.url}/`);
    await expectHeading(page, everyCatalogue.es.app.welcome.title);
    assert.equal(new URL(page.url()).pathname, '/es/');
    await untilOfflineReady(page);
    const worker = await page.evaluate(async () => ({
      scope: (await navigator.serviceWorker.ready).scope,
      script: navigator.serviceWorker.controller?.scriptURL,
    }));
    assert.deepEqual(worker, { scope: `${app.url}/es/`, script: `${app.url}/es/sw.js` });
    // The app notes that Spanish is kept for offline use (src/web/language.ts).
    await page.waitForFunction(() => localStorage.getItem('unknot-language-ready-es') === '1');

    await context.setOffline(true);
    await page.reload();
    await expectHeading(page, everyCatalogue.es.app.welcome.title);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    // A lazily loaded screen comes from the Spanish worker's cache too.
    await page.goto(`${app.url}/es/#/learn`);
    await expectHeading(page, everyCatalogue.es.app.learn.title);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the English worker leaves /es/ to the Spanish build: it never answers it with the English page', async () => {
    const context = await newContext(app.browser, { locale: 'en-US', serviceWorker: true });
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await expectHeading(page, everyCatalogue.en.app.welcome.title);
    await untilOfflineReady(page);
    assert.equal(
      await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL),
      `${app.url}/sw.js`,
    );
    // Its scope (/) takes in /es/, but its navigation route does not. Offline, then, /es/ is not answered with
    // the English page.
    await context.setOffline(true);
    const offline = await page.goto(`${app.url}/es/`).then(
      (r) => r?.text(),
      (e: Error) => e.message,
    );
    assert.doesNotMatch(offline ?? '', /<html lang="en">/);
    // Online, the Spanish page comes from the server (the person chose Spanish, so the app stays there).
    await context.setOffline(false);
    await page.goto(`${app.url}/`);
    await expectHeading(page, everyCatalogue.en.app.welcome.title);
    await page.evaluate(() => localStorage.setItem('unknot-language', 'es'));
    const response = await page.goto(`${app.url}/es/`);
    assert.ok(response, 'a response for /es/');
    assert.equal(response.fromServiceWorker(), false);
    await expectHeading(page, everyCatalogue.es.app.welcome.title);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.equal(new URL(page.url()).pathname, '/es/');
    await context.close();
  });
});
