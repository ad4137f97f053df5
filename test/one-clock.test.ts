import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

/**
 * The one clock (src/core/clock.ts) is the only reader of the wall clock and the only place an instant
 * becomes a day; instants are ordered by `compareInstants`, never as text. These searches keep it so.
 */
const SRC = resolve('src');
const CLOCK = 'core/clock.ts';
/** The calendar arithmetic itself: day numbers back to dates, on UTC day numbers by design. */
const CALENDAR = 'core/dates.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = ['core', 'server', 'web'].flatMap((part) =>
  sourceFiles(join(SRC, part)).map((path) => ({
    name: relative(SRC, path).replaceAll('\\', '/'),
    lines: readFileSync(path, 'utf8').split('\n'),
  })),
);

/** "file:line: text" for each line matching `rule`, outside the files allowed it. */
function offences(rule: RegExp, allowed: readonly string[]): string[] {
  return files
    .filter((f) => !allowed.includes(f.name))
    .flatMap((f) =>
      f.lines.flatMap((line, i) => (rule.test(line) ? [`${f.name}:${i + 1}: ${line.trim()}`] : [])),
    );
}

/** The instant fields of the core's records (declared with `instantSchema` or as `instant`): ISO text. */
const instantFields = [
  ...new Set(
    files
      .filter((f) => f.name.startsWith('core/'))
      .flatMap((f) =>
        f.lines.flatMap((line) => [...line.matchAll(/\b(\w+At): (?:instantSchema|instant)\b/g)]),
      )
      .map((m) => m[1] as string),
  ),
].sort();
const field = `\\.(?:${instantFields.join('|')})\\b`;
/** An instant field compared with < > <= >=, or by localeCompare, on either side. */
const INSTANT_AS_TEXT = new RegExp(
  `${field}\\??\\s*(?:<|>|<=|>=)\\s*[^=>]|[^=<>]\\s*(?:<|>|<=|>=)\\s*[\\w.?]*${field}|${field}\\.localeCompare\\(|localeCompare\\([^)]*${field}`,
);

const WALL_CLOCK = /new Date\(\s*\)|Date\.now\(\)/;
const UTC_DAY = /toISOString\(\)\.slice\(0,\s*10\)/;

describe('one clock', () => {
  it('reads the wall clock only in core/clock.ts', () => {
    assert.deepEqual(offences(WALL_CLOCK, [CLOCK]), []);
  });

  it("turns an instant into UTC's date only in the clock and the calendar arithmetic", () => {
    assert.deepEqual(offences(UTC_DAY, [CLOCK, CALENDAR]), []);
  });

  it('never compares the instants of records as text: compareInstants orders them', () => {
    assert.ok(
      instantFields.includes('createdAt') && instantFields.includes('recordedAt'),
      instantFields.join(),
    );
    assert.deepEqual(offences(INSTANT_AS_TEXT, []), []);
  });

  it('the instant rule catches what it is for, and lets dates and compareInstants through', () => {
    for (const bad of [
      'a.onset > b.onset || a.createdAt > b.createdAt',
      '(a, b) => b.recordedAt.localeCompare(a.recordedAt)',
      'sort((a, b) => a.date.localeCompare(b.date) || a.updatedAt.localeCompare(b.updatedAt))',
      'if (e.recordedAt >= last.recordedAt) last = e;',
      'return ep.closedAt < cutoff;',
    ])
      assert.ok(INSTANT_AS_TEXT.test(bad), bad);
    for (const fine of [
      'compareInstants(b.createdAt, a.createdAt) >= 0',
      'a.date > b.date ? 1 : -1',
      'if (ep.closedAt) return;',
      'const at = { createdAt: now, updatedAt: now };',
      'now().getTime() >= t.endsAt',
    ])
      assert.ok(!INSTANT_AS_TEXT.test(fine), fine);
  });
});
