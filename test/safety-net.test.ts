import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { renderPlan, renderTriage } from '../src/cli/render.ts';
import type { Case, FindingCode } from '../src/core/case.ts';
import { addDays } from '../src/core/dates.ts';
import type { Episode } from '../src/core/episode.ts';
import { exportFile } from '../src/core/export/files.ts';
import { buildSummary } from '../src/core/export/summary.ts';
import { emergencyNumbers } from '../src/core/knowledge/emergency.ts';
import { findings } from '../src/core/knowledge/findings.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import type { Settings } from '../src/core/settings.ts';
import { plan, triage } from './engines-en.ts';
import { aDiary, anEpisode, NOW, TODAY, uuid } from './export-diary.ts';

/** The eight emergency signs as every safety net names them, and a few words that must be in each. */
const signs = findings.filter((f) => f.tier === 'emergency').map((f) => en.findings[f.code].choice);
const keyWords = [
  'genitals',
  'bladder',
  'bowel',
  'sexual',
  'getting worse',
  'both legs',
  'serious injury',
  'tearing',
];

/** Whitespace-folded, so a sign wrapped across lines (PDF, calendar folding) still reads as itself. */
const fold = (text: string) => text.replace(/\s+/g, ' ');

function namesEverySign(text: string, number: string | undefined, where: string): void {
  const folded = fold(text);
  for (const sign of signs) assert.ok(folded.includes(sign), `${where} names "${sign}"`);
  for (const word of keyWords) assert.ok(folded.includes(word), `${where} says "${word}"`);
  assert.ok(
    folded.toLowerCase().includes(number ? `call ${number}` : 'call the emergency number'),
    `${where} says whom to call`,
  );
}

const codes = findings.map((f) => f.code as FindingCode);
const caseArb = fc
  .record({
    age: fc.integer({ min: 0, max: 120 }),
    days: fc.integer({ min: 0, max: 30 }),
    trend: fc.constantFrom(undefined, 'better', 'same', 'worse'),
    findings: fc.uniqueArray(fc.constantFrom(...codes), { maxLength: 5 }),
    unsure: fc.uniqueArray(fc.constantFrom(...codes), { maxLength: 3 }),
  })
  .map((r): Case => {
    const c: Case = { age: r.age, onset: '2026-11-01', asOf: addDays('2026-11-01', r.days) };
    if (r.trend) c.trend = r.trend as Case['trend'];
    if (r.findings.length) c.findings = r.findings;
    if (r.unsure.length) c.unsure = r.unsure;
    return c;
  });
const numberArb = fc.constantFrom(...emergencyNumbers.map((e) => e.number));

function episodeOf(c: Case): Episode {
  return {
    id: uuid(7),
    onset: c.onset,
    case: c,
    createdAt: `${c.asOf}T08:00:00.000Z`,
    updatedAt: `${c.asOf}T08:00:00.000Z`,
  };
}

function settingsWith(emergencyNumber: string): Settings {
  return { wakeTime: '07:00', sleepTime: '22:00', reminders: false, emergencyNumber };
}

async function exported(format: 'fhir' | 'ics', c: Case, emergencyNumber: string): Promise<string> {
  const made = await exportFile(format, {
    episode: episodeOf(c),
    entries: [],
    settings: settingsWith(emergencyNumber),
    now: NOW,
    today: c.asOf,
    words: en,
  });
  assert.ok(made.ok);
  return String(made.value.body);
}

const dir = mkdtempSync(join(tmpdir(), 'unknot-net-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the safety net, whole, everywhere (contract v3)', () => {
  it('names all eight emergency signs in every plan short of an emergency (property)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const p = plan(c);
        if (p.triage.disposition === 'emergency') return;
        const net = p.advice.find((a) => a.id === 'safety_net');
        assert.ok(net, 'a safety_net item');
        namesEverySign(net.text, undefined, 'the plan');
        assert.deepEqual(net.list, signs, 'the list beside it, one sign a line');
      }),
      { numRuns: 300 },
    );
  });

  it("names all eight signs and the person's number in the summary, the FHIR CarePlan and every calendar event (property)", async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, numberArb, async (c, number) => {
        const summary = buildSummary({
          episode: episodeOf(c),
          entries: [],
          today: c.asOf,
          words: en,
          emergencyNumber: number,
        });
        assert.equal(summary.emergencyNumber, number);
        namesEverySign(en.export.summary.emergency(summary.emergencyNumber), number, 'the summary');

        const bundle = JSON.parse(await exported('fhir', c, number));
        const carePlan = bundle.entry
          .map((e: { resource: { resourceType: string } }) => e.resource)
          .find((r: { resourceType: string }) => r.resourceType === 'CarePlan');
        namesEverySign(carePlan.description, number, 'the FHIR CarePlan');

        const events = new ICAL.Component(ICAL.parse(await exported('ics', c, number))).getAllSubcomponents(
          'vevent',
        );
        assert.ok(events.length > 0, 'the calendar has events');
        for (const e of events)
          namesEverySign(String(e.getFirstPropertyValue('description')), number, 'a calendar event');
      }),
      { numRuns: 20 },
    );
  });

  it("says an urgent CarePlan is pain relief only, and never 'gentle movement'", async () => {
    const bundle = JSON.parse(await exported('fhir', aFever(), '999'));
    const carePlan = bundle.entry
      .map((e: { resource: { resourceType: string } }) => e.resource)
      .find((r: { resourceType: string }) => r.resourceType === 'CarePlan');
    assert.match(carePlan.description, /Pain relief only/);
    assert.match(carePlan.description, /no exercises or stretches yet/);
    assert.doesNotMatch(carePlan.description, /gentle movement/i);
  });

  it('says "the emergency number" where the region is not known (a clinician’s export)', () => {
    const text = en.export.summary.emergency(undefined);
    namesEverySign(text, undefined, 'the summary without a number');
  });

  it("prints all eight signs and the person's number in the PDF footer, still on one page", async () => {
    const episode = anEpisode();
    const made = await exportFile('pdf', {
      episode,
      entries: aDiary(episode),
      settings: settingsWith('999'),
      now: NOW,
      today: TODAY,
      words: en,
    });
    assert.ok(made.ok);
    const file = join(dir, 'summary.pdf');
    writeFileSync(file, made.value.body);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    namesEverySign(text, '999', 'the PDF');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    assert.equal(pages, 1);
  });
});

describe('the CLI names the emergency numbers for every result', () => {
  const all = emergencyNumbers.map((e) => e.number);
  const cases: Record<string, Case> = {
    self_care: { age: 34, onset: '2026-11-20', asOf: '2026-11-21' },
    gp_soon: { age: 34, onset: '2026-11-20', asOf: '2026-11-21', findings: ['pregnant'] },
    urgent: aFever(),
    emergency: { age: 34, onset: '2026-11-20', asOf: '2026-11-21', findings: ['saddle_numbness'] },
  };
  for (const [disposition, c] of Object.entries(cases)) {
    it(`prints every number for the ${disposition} result, in the triage and in the plan`, () => {
      const t = triage(c);
      assert.equal(t.disposition, disposition);
      for (const text of [renderTriage(t), renderPlan(plan(c))])
        for (const number of all)
          assert.match(text, new RegExp(`\\b${number}\\b`), `${number} in ${disposition}`);
      if (disposition !== 'emergency')
        namesEverySign(renderTriage(t), undefined, `the ${disposition} result`);
    });
  }

  it('puts the numbers in the first lines of an urgent or emergency result', () => {
    for (const c of [cases.urgent, cases.emergency] as Case[]) {
      const head = renderTriage(triage(c)).split('\n').slice(0, 4).join('\n');
      for (const number of all) assert.match(head, new RegExp(`\\b${number}\\b`));
    }
  });
});

function aFever(): Case {
  return { age: 34, onset: '2026-11-20', asOf: '2026-11-21', findings: ['fever'] };
}
