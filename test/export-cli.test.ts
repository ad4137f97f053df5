import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { currentEntries } from '../src/core/entry.ts';
import { diaryFromFhir } from '../src/core/export/fhir-import.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { aDiary, anEpisode, notes } from './export-diary.ts';

const bin = fileURLToPath(new URL('../bin/unknot.cjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'unknot-export-'));

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs the real `unknot` binary with the given standard input. */
function unknot(args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr }));
    child.stdin.end(stdin);
  });
}

const episode = anEpisode();
const entries = aDiary(episode);
const backup = {
  app: 'unknot',
  version: 1,
  exportedAt: '2026-11-11T20:00:00.000Z',
  settings: { wakeTime: '07:30', sleepTime: '22:00', reminders: true, emergencyNumber: '112' },
  episodes: [episode],
  entries,
};
const file = join(dir, 'backup.json');
writeFileSync(file, JSON.stringify(backup));

describe('unknot export', () => {
  it("writes a one-page PDF with the person's notes from a backup file", async () => {
    const r = await unknot(['export', '--format', 'pdf', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.subarray(0, 5).toString(), '%PDF-');
    const pdf = join(dir, 'out.pdf');
    writeFileSync(pdf, r.stdout);
    assert.match(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }), /Pages:\s+1\n/);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.ok(text.includes(notes[41] as string));
  });

  it('makes a Letter page on request', async () => {
    const r = await unknot(['export', '--format', 'pdf', '--page', 'letter', file]);
    const pdf = join(dir, 'letter.pdf');
    writeFileSync(pdf, r.stdout);
    assert.match(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }), /Page size:\s+612 x 792/);
  });

  it('writes a FHIR Bundle from standard input that imports back to the same diary', async () => {
    const r = await unknot(['export', '--format', 'fhir'], JSON.stringify(backup));
    assert.equal(r.code, 0, r.stderr);
    const back = diaryFromFhir(JSON.parse(r.stdout.toString()), en.fields, '2026-12-01');
    assert.ok(back.ok);
    assert.deepEqual(back.value.episode, episode);
    assert.deepEqual(currentEntries(back.value.entries), currentEntries(entries));
  });

  it("writes a calendar whose sessions start at the backup's waking time", async () => {
    const r = await unknot(['export', '--format', 'ics', '-'], JSON.stringify(backup));
    assert.equal(r.code, 0, r.stderr);
    const cal = new ICAL.Component(ICAL.parse(r.stdout.toString()));
    const starts = cal.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('dtstart')));
    assert.ok(starts.length > 7);
    assert.ok(starts.some((s) => s.endsWith('T07:30:00')));
  });

  it('writes the diary as CSV, one row per current entry', async () => {
    const r = await unknot(['export', '--format', 'csv', file]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.toString().trimEnd().split('\r\n');
    assert.equal(lines.length, 1 + currentEntries(entries).length);
    assert.match(lines[0] ?? '', /^date,recorded_at,pain_0_10,/);
  });

  for (const [why, input, message] of [
    [
      'not JSON',
      '{"app":',
      /BACKUP: not a valid Unknot backup: The file is not a Unknot backup: it is not valid JSON/,
    ],
    [
      'a bad entry',
      JSON.stringify({ ...backup, entries: [{ ...entries[0], pain: 12 }] }),
      /entries\[0\]\.pain/,
    ],
    ['no episode', JSON.stringify({ ...backup, episodes: [], entries: [] }), /no episode to export/],
    ['empty input', '', /empty input/],
  ] as const) {
    it(`refuses ${why} with exit 2, one line naming what is wrong, and nothing on stdout`, async () => {
      const r = await unknot(['export', '--format', 'csv'], input);
      assert.equal(r.code, 2);
      assert.equal(r.stdout.length, 0);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1);
    });
  }

  it('refuses an unknown format and a missing file the same way', async () => {
    const bad = await unknot(['export', '--format', 'docx', file]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format: give one of pdf, fhir, ics or csv \(got docx\)/);
    const missing = await unknot(['export', '--format', 'csv', join(dir, 'nope.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*nope\.json.*no such file/);
  });
});
