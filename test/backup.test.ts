import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBackup } from '../src/core/backup.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';

const good = {
  app: 'unknot',
  version: 1,
  exportedAt: '2026-11-21T10:00:00.000Z',
  settings: { wakeTime: '07:00', sleepTime: '22:00', reminders: false, emergencyNumber: '112' },
  episodes: [
    {
      id: '11111111-1111-4111-8111-111111111111',
      onset: '2026-11-20',
      case: { age: 34, onset: '2026-11-20', asOf: '2026-11-20' },
      createdAt: '2026-11-20T08:00:00.000Z',
      updatedAt: '2026-11-20T08:00:00.000Z',
    },
  ],
  entries: [
    {
      id: '22222222-2222-4222-8222-222222222222',
      episodeId: '11111111-1111-4111-8111-111111111111',
      recordedAt: '2026-11-20T09:00:00.000Z',
      date: '2026-11-20',
      pain: 6,
    },
  ],
};

/** The day the device reads the file. */
const TODAY = '2026-12-01';

describe('importing a backup file', () => {
  it('accepts what the app exports', () => {
    const r = parseBackup(JSON.stringify(good), en.fields, TODAY);
    assert.equal(r.ok, true);
  });
  it('keeps the fields and version a newer app wrote into its records', () => {
    const newer = structuredClone(good);
    const episode = {
      ...newer.episodes[0],
      v: 2,
      mood: { score: 3 },
      case: { ...newer.episodes[0]?.case, sleepHours: 7 },
    };
    const entry = { ...newer.entries[0], v: 2, steps: [4200, 3900] };
    const r = parseBackup(
      JSON.stringify({ ...newer, episodes: [episode], entries: [entry] }),
      en.fields,
      TODAY,
    );
    assert.equal(r.ok, true);
    if (r.ok) {
      assert.deepEqual(r.value.episodes, [episode]);
      assert.deepEqual(r.value.entries, [entry]);
    }
  });
  it('carries the name and date of birth the person chose to show a clinician, and names a bad one', () => {
    const withIdentity = {
      ...good,
      settings: { ...good.settings, displayName: 'Ann Lee', birthDate: '1980-03-04' },
    };
    const r = parseBackup(JSON.stringify(withIdentity), en.fields, TODAY);
    assert.equal(r.ok, true);
    if (r.ok) assert.deepEqual(r.value.settings, withIdentity.settings);
    const bad = { ...good, settings: { ...good.settings, birthDate: '1980-02-30' } };
    const refused = parseBackup(JSON.stringify(bad), en.fields, TODAY);
    assert.equal(refused.ok, false);
    if (!refused.ok) assert.match(refused.errors[0] ?? '', /^settings\.birthDate /);
  });
  it('refuses a file that is not JSON, saying so', () => {
    const r = parseBackup('{not json', en.fields, TODAY);
    assert.deepEqual(r, { ok: false, errors: ['The file is not a Unknot backup: it is not valid JSON.'] });
  });
  it('names the field of a bad record and changes nothing', () => {
    const bad = structuredClone(good);
    (bad.entries[0] as { pain: number }).pain = 11;
    const r = parseBackup(JSON.stringify(bad), en.fields, TODAY);
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.errors[0] ?? '', /^entries\[0\]\.pain must be at most 10 \(got /);
  });
  it('refuses another app’s file', () => {
    const r = parseBackup(JSON.stringify({ ...good, app: 'other' }), en.fields, TODAY);
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.errors[0] ?? '', /^app must be "unknot", as the app saves it/);
  });
});
