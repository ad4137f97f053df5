import { launch } from '/work/h9d/e2e/browser.ts';
import { serve } from '/work/h9d/e2e/serve.ts';
import { completeCheck, logPain, openApp } from '/work/h9d/e2e/app.ts';
const server = await serve();
const browser = await launch();
for (const scheme of ['light', 'dark'] as const) {
  const { context, page } = await openApp(browser, server.url, undefined, { colorScheme: scheme });
  await completeCheck(page);
  await page.getByRole('link', { name: 'Start my plan' }).click();
  await logPain(page, 6);
  for (const s of ['today', 'progress', 'settings']) {
    await page.goto(`${server.url}#/${s}`);
    await page.locator('h1').first().waitFor();
    await page.screenshot({ path: `/tmp/h9d/${s}-${scheme}.png`, fullPage: true });
  }
  await context.close();
}
await browser.close();
await server.close();
