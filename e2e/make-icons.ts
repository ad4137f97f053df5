/** Renders src/web/public/icons/icon.svg to the PNG sizes the manifest lists. Run once after changing the SVG. */
import { readFileSync } from 'node:fs';
import { launch } from './browser.ts';

const svg = readFileSync('src/web/public/icons/icon.svg', 'utf8');
const browser = await launch();
const page = await browser.newPage();
for (const [name, size, pad] of [
  ['icon-192.png', 192, 0],
  ['icon-512.png', 512, 0],
  ['icon-maskable-512.png', 512, 0.12],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  const inner = Math.round(size * (1 - 2 * pad));
  const bg = pad ? '#1f5f5b' : 'transparent';
  await page.setContent(
    `<body style="margin:0;background:${bg};display:grid;place-items:center;height:${size}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</body>`,
  );
  await page.screenshot({ path: `src/web/public/icons/${name}`, omitBackground: !pad });
}
await browser.close();
