import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

// The browser tests run every axe rule in the light theme and only the colour rules in the dark one
// (e2e/app.ts axeLightAndDark). That is the same check only while the dark theme changes colours and nothing
// else: no box, no visibility, no text. This holds it.

const WEB = resolve('src/web');

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

/** The bodies of every `@media` rule whose query names prefers-color-scheme, with the file they are in. */
function schemeBlocks(css: string): string[] {
  const blocks: string[] = [];
  for (const m of css.matchAll(/@media[^{]*prefers-color-scheme[^{]*\{/g)) {
    let depth = 1;
    let at = (m.index ?? 0) + m[0].length;
    const start = at;
    while (depth > 0 && at < css.length) {
      if (css[at] === '{') depth += 1;
      else if (css[at] === '}') depth -= 1;
      at += 1;
    }
    blocks.push(css.slice(start, at - 1));
  }
  return blocks;
}

/** "property: value" of each declaration in a block, comments and selectors left out. */
function declarations(block: string): [string, string][] {
  return block
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/[^{};]*\{/g, ';')
    .split(/[;}]/)
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const colon = d.indexOf(':');
      return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()];
    });
}

const COLOUR = /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|oklch|oklab)\([^)]*\))$/i;

describe('the dark theme changes colours only', () => {
  const sheets = filesUnder(WEB, /\.css$/).map((f) => [f, readFileSync(f, 'utf8')] as const);

  it('finds the dark theme where it is (so the check below reads something)', () => {
    const found = sheets.flatMap(([, css]) => schemeBlocks(css));
    assert.ok(found.length >= 1);
    assert.ok(declarations(found.join('\n')).length >= 10);
  });

  it('every declaration under prefers-color-scheme sets a colour variable to a colour', () => {
    for (const [file, css] of sheets)
      for (const block of schemeBlocks(css))
        for (const [property, value] of declarations(block)) {
          assert.match(property, /^--/, `${file}: ${property} under prefers-color-scheme`);
          assert.match(value, COLOUR, `${file}: ${property}: ${value}`);
        }
  });

  it('catches a rule that hides or moves something in the dark', () => {
    const css = '@media (prefers-color-scheme: dark) { :root { --bg: #000; } .tip { display: none; } }';
    const decls = declarations(schemeBlocks(css).join(''));
    assert.deepEqual(decls, [
      ['--bg', '#000'],
      ['display', 'none'],
    ]);
  });

  it('no script asks for the colour scheme, and the pages use it only for the theme colour', () => {
    for (const file of filesUnder(WEB, /\.(ts|tsx)$/))
      assert.doesNotMatch(readFileSync(file, 'utf8'), /prefers-color-scheme/, file);
    for (const file of filesUnder(WEB, /\.html$/))
      for (const line of readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => /prefers-color-scheme/.test(l)))
        assert.match(line, /<meta name="theme-color" content="#[0-9a-f]{6}" media=/i, file);
  });
});
