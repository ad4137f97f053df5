import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { main } from '../src/cli/main.ts';
import { localDate } from '../src/core/clock.ts';
import { localClock } from '../src/core/dates.ts';
import { findingCodes } from '../src/core/knowledge/findings.ts';

const example = {
  age: 34,
  onset: '2026-11-20',
  asOf: '2026-11-21',
  painNow: 7,
  trend: 'better',
  findings: ['lifting_trigger', 'localized_pain'],
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A stream that keeps what is written, synchronously, so nothing is still in flight when `main()` returns. */
function collect(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += chunk;
      done();
    },
  });
  return { stream, text: () => text };
}

/**
 * Runs `unknot` in this process through `main()`, the code path of the binary with its streams passed in
 * (test/cli-bin.test.ts starts the real binary once per verb).
 */
async function unknot(args: string[], stdin = ''): Promise<Run> {
  const stdout = collect();
  const stderr = collect();
  const code = await main(args, {
    stdin: Readable.from(stdin === '' ? [] : [Buffer.from(stdin)]),
    stdout: stdout.stream,
    stderr: stderr.stream,
    now: () => new Date('2026-11-21T15:00:00Z'),
    // No locale in the environment: English, the contract's language, whatever LANG the machine has.
    env: {},
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function expectRefused(run: Run, field: RegExp): void {
  assert.equal(run.code, 2);
  assert.equal(run.stdout, '');
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got: ${run.stderr}`);
  assert.match(lines[0] as string, field);
  assert.doesNotMatch(run.stderr, /at .*\.ts:\d+/);
}

describe('the unknot command', () => {
  it('triages the contract example as JSON from standard input', async () => {
    const run = await unknot(['triage', '--json'], JSON.stringify(example));
    assert.equal(run.code, 0);
    assert.deepEqual(JSON.parse(run.stdout), { disposition: 'self_care', days: 1, reasons: [] });
  });

  it('triages from a file and from "-"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unknot-'));
    const file = join(dir, 'case.json');
    writeFileSync(file, JSON.stringify({ ...example, onset: '2026-11-14' }));
    const fromFile = JSON.parse((await unknot(['triage', file, '--json'])).stdout);
    assert.equal(fromFile.disposition, 'gp_soon');
    assert.equal(fromFile.reasons[0].rule, 'persisting_one_week');
    const fromDash = await unknot(['triage', '-', '--json'], JSON.stringify(example));
    assert.equal(JSON.parse(fromDash.stdout).disposition, 'self_care');
  });

  it('plans the contract example with the contract fields', async () => {
    const run = await unknot(['plan', '--json'], JSON.stringify(example));
    assert.equal(run.code, 0);
    const p = JSON.parse(run.stdout);
    assert.deepEqual(p.triage, { disposition: 'self_care', days: 1, reasons: [] });
    assert.deepEqual(p.sessions[0], { kind: 'ice', start: '2026-11-21T07:00', minutes: 20 });
    assert.deepEqual(p.checkIns[0].date, '2026-11-22');
    assert.equal(p.maxBedRestDays, 2);
    assert.ok(
      p.advice.every(
        (a: { id: string; text: string; sources: string[] }) => a.id && a.text && a.sources.length,
      ),
    );
  });

  it('exits 0 for an emergency and prints a plain summary without --json', async () => {
    const run = await unknot(['triage'], JSON.stringify({ ...example, findings: ['saddle_numbness'] }));
    assert.equal(run.code, 0);
    assert.match(run.stdout, /GET EMERGENCY CARE NOW/);
    assert.match(run.stdout, /cauda equina/);
  });

  it('prints the emergency numbers for every result, self-care and "soon" included', async () => {
    for (const findings of [[], ['pregnant'], ['fever'], ['saddle_numbness']])
      for (const verb of ['triage', 'plan']) {
        const run = await unknot([verb], JSON.stringify({ ...example, findings }));
        assert.match(
          run.stdout,
          /Emergency numbers: 112 \(Europe\), 999 \(UK\), 911 \(US, Canada, Mexico and much of Latin America\)\./,
          `${verb} ${findings}`,
        );
      }
  });

  it('prints a readable plan without --json', async () => {
    const run = await unknot(['plan'], JSON.stringify(example));
    assert.match(run.stdout, /TODAY, Sat 21 Nov \(day 1\)/);
    assert.match(run.stdout, /cold pack, 20 minutes at: 07:00, 09:00/);
    // A person reads the plan: its dates are words (Intl), never ISO dates; --json keeps them ISO.
    assert.doesNotMatch(run.stdout, /\d{4}-\d{2}-\d{2}/);
    const json = await unknot(['plan', '--json'], JSON.stringify(example));
    assert.match(json.stdout, /"2026-11-21"/);
  });

  it('counts days as the contract does, onset day = day 0, in the text, the check-ins and --json alike', async () => {
    const onDay2 = { ...example, onset: '2026-11-20', asOf: '2026-11-22' };
    const text = (await unknot(['plan'], JSON.stringify(onDay2))).stdout;
    assert.match(text, /\(it started 2 days ago\)/);
    assert.match(text, /TODAY, Sun 22 Nov \(day 2\)/);
    assert.match(text, /CHECK-INS\n {2}Sun 22 Nov \(day 2\): /);
    assert.match(text, /Mon 23 Nov \(day 3\): /);
    const json = JSON.parse((await unknot(['plan', '--json'], JSON.stringify(onDay2))).stdout);
    assert.equal(json.triage.days, 2);
    assert.deepEqual(json.checkIns[0], { ...json.checkIns[0], day: 2, date: '2026-11-22' });
    assert.deepEqual(json.days[0], { ...json.days[0], day: 2, date: '2026-11-22' });
    const onset = (await unknot(['plan'], JSON.stringify({ ...example, asOf: example.onset }))).stdout;
    assert.match(onset, /\(it started today\)/);
    assert.match(onset, /TODAY, Fri 20 Nov \(day 0\)/);
  });

  it('keeps the contract’s 24-hour HH:MM times in --json whatever the locale', async () => {
    const json = JSON.parse((await unknot(['plan', '--json'], JSON.stringify(example))).stdout);
    for (const s of json.sessions) assert.match(s.start, /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/);
    assert.ok(
      json.sessions.some((s: { start: string }) => s.start.endsWith('T13:00')),
      'afternoons as 13:00',
    );
  });

  it('refuses invalid input with one line naming the field, exit 2 and nothing on stdout', async () => {
    expectRefused(await unknot(['triage'], '{"age":34,'), /^unknot: input: not valid JSON/);
    expectRefused(await unknot(['triage'], ''), /^unknot: input: empty/);
    expectRefused(await unknot(['triage'], JSON.stringify({ ...example, age: 130 })), /^unknot: age must be/);
    expectRefused(
      await unknot(['plan'], JSON.stringify({ ...example, onset: undefined })),
      /^unknot: onset is required/,
    );
    expectRefused(
      await unknot(['plan', '--json'], JSON.stringify({ ...example, onset: '2026-02-30' })),
      /onset is not a real calendar date/,
    );
    expectRefused(
      await unknot(['triage'], JSON.stringify({ ...example, asOf: '2026-11-19' })),
      /^unknot: asOf is before onset/,
    );
    expectRefused(
      await unknot(['triage'], JSON.stringify({ ...example, trend: 'up' })),
      /^unknot: trend must be/,
    );
    expectRefused(
      await unknot(['triage'], JSON.stringify({ ...example, findings: ['x'] })),
      /^unknot: findings\[0\] "x"/,
    );
    expectRefused(
      await unknot(['triage'], JSON.stringify({ ...example, painNow: -1 })),
      /^unknot: painNow must be/,
    );
    expectRefused(await unknot(['triage', '/no/such/case.json']), /^unknot: FILE: cannot read/);
    expectRefused(await unknot(['triage', '--bogus']), /^unknot: options:/);
    expectRefused(await unknot(['frobnicate']), /^unknot: command: unknown command "frobnicate"/);
  });

  it('prints help for the command and for each verb', async () => {
    const help = await unknot(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /unknot triage \[FILE\] \[--json\]/);
    assert.match(help.stdout, /not a substitute for a clinician/i);
    for (const verb of ['triage', 'plan', 'check']) {
      const run = await unknot([verb, '--help']);
      assert.equal(run.code, 0);
      assert.match(run.stdout, new RegExp(`^unknot ${verb}`));
    }
    const triageHelp = (await unknot(['triage', '--help'])).stdout;
    // Every case field of the contract, and every finding code, version 3's included.
    for (const field of [
      'age',
      'onset',
      'asOf',
      'painNow',
      'trend',
      'findings',
      'unsure',
      'wakeTime',
      'sleepTime',
    ])
      assert.match(triageHelp, new RegExp(`\\b${field}\\b`), field);
    for (const code of findingCodes) assert.match(triageHelp, new RegExp(`\\b${code}\\b`), code);
  });

  describe('batch mode (--jsonl), one case a line', () => {
    const emergency = { ...example, findings: ['saddle_numbness'] };
    const lines = (text: string) =>
      text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));

    it('answers each line with its result, in order, from standard input or a file', async () => {
      const input = `${JSON.stringify(example)}\r\n${JSON.stringify(emergency)}\n${JSON.stringify({ ...example, onset: '2026-11-14' })}`;
      const run = await unknot(['triage', '--jsonl'], input);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr, '');
      const out = lines(run.stdout);
      assert.deepEqual(
        out.map((r) => r.disposition),
        ['self_care', 'emergency', 'gp_soon'],
      );
      assert.deepEqual(
        out[0],
        JSON.parse((await unknot(['triage', '--json'], JSON.stringify(example))).stdout),
      );
      const file = join(mkdtempSync(join(tmpdir(), 'unknot-')), 'cases.jsonl');
      writeFileSync(file, `${input}\n`);
      assert.deepEqual(lines((await unknot(['triage', file, '--jsonl'])).stdout), out);
    });

    it('answers a refused line with its number and field, goes on with the rest and exits 2', async () => {
      const input = [
        JSON.stringify(example),
        JSON.stringify({ ...example, age: 130 }),
        '{"age":34,',
        '',
        JSON.stringify(emergency),
      ].join('\n');
      const run = await unknot(['triage', '--jsonl'], input);
      assert.equal(run.code, 2);
      const out = lines(run.stdout);
      assert.equal(out.length, 5, 'one line out for each line in');
      assert.equal(out[0].disposition, 'self_care');
      assert.equal(out[1].line, 2);
      assert.equal(out[1].error.field, 'age');
      assert.match(out[1].error.message, /^age must be/);
      assert.deepEqual([out[2].line, out[2].error.field], [3, 'input']);
      assert.match(out[2].error.message, /not valid JSON/);
      assert.deepEqual([out[3].line, out[3].error.field], [4, 'input']);
      assert.equal(out[4].disposition, 'emergency');
      assert.match(run.stderr, /^unknot: triage --jsonl: 3 of 5 lines refused/);
      assert.equal(run.stderr.trim().split('\n').length, 1);
    });

    it('plans a batch the same way', async () => {
      const run = await unknot(
        ['plan', '--jsonl'],
        `${JSON.stringify(example)}\n${JSON.stringify(emergency)}\n`,
      );
      assert.equal(run.code, 0, run.stderr);
      const [selfCare, urgent] = lines(run.stdout);
      assert.deepEqual(selfCare.sessions[0], { kind: 'ice', start: '2026-11-21T07:00', minutes: 20 });
      assert.equal(urgent.triage.disposition, 'emergency');
    });

    it('stops quietly when the reader closes the pipe, as `| head` does', async () => {
      let writes = 0;
      const closedPipe = new Writable({
        write(_chunk, _encoding, done) {
          writes++;
          done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
        },
      });
      const stderr = collect();
      const input = `${JSON.stringify(example)}\n`.repeat(400);
      const chunks = Array.from({ length: Math.ceil(input.length / 1000) }, (_, k) =>
        Buffer.from(input.slice(k * 1000, (k + 1) * 1000)),
      );
      const code = await main(['triage', '--jsonl'], {
        stdin: Readable.from(chunks),
        stdout: closedPipe,
        stderr: stderr.stream,
        now: () => new Date(),
      });
      assert.equal(code, 0);
      assert.equal(writes, 1, 'nothing more is written once the pipe is closed');
      assert.equal(stderr.text(), '');
    });

    it('refuses an unreadable file and --json with --jsonl, naming what to fix', async () => {
      expectRefused(
        await unknot(['triage', '--jsonl', '/no/such/cases.jsonl']),
        /^unknot: FILE: cannot read/,
      );
      expectRefused(
        await unknot(['triage', '--json', '--jsonl']),
        /^unknot: options: give --json or --jsonl/,
      );
    });
  });

  describe('check, with answers piped in', () => {
    const no = (n: number) => Array(n).fill('n');

    it('stops at the first emergency sign with what to do now', async () => {
      const run = await unknot(['check', '--today', '2026-11-21'], ['n', 'y'].join('\n'));
      assert.equal(run.code, 0);
      assert.match(run.stdout, /GET EMERGENCY CARE NOW/);
      assert.match(run.stdout, /112.*999.*911/);
      assert.doesNotMatch(run.stdout, /How old are you/);
    });

    it("walks from the first question to today's plan, re-asking after a bad answer and going back", async () => {
      const answers = [
        ...no(7), // emergency signs
        'maybe',
        'n', // a bad answer is re-asked
        'none', // signs to see a doctor today, one list
        'none', // thin bones or steroid tablets: neither
        '200',
        '34', // a bad age is re-asked
        'yesterday',
        '2', // how it started: while lifting
        'better',
        'none', // signs to see a doctor soon, one list: the result comes here
        '1', // tailor my plan: after sitting for a long time
        'back',
        '1', // back, and the same again
      ];
      const run = await unknot(['check', '--today', '2026-11-21'], answers.join('\n'));
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /Please answer y \(yes\), n \(no\) or \? \(not sure\)/);
      assert.match(run.stdout, /Age: please type your age/);
      assert.match(run.stdout, /YOU CAN LOOK AFTER THIS YOURSELF \(it started yesterday\)/);
      assert.match(run.stdout, /TODAY, Sat 21 Nov \(day 1\)/);
      assert.match(run.stdout, /Lift with your knees/);
      assert.doesNotMatch(
        run.stdout,
        /advice changes|change the advice/i,
        'nothing after the result changes it',
      );
    });

    it('prints each hint under its question and says how to answer a list in the terminal', async () => {
      const run = await unknot(['check', '--today', '2026-11-21'], [...no(8), 'none'].join('\n'));
      assert.match(run.stdout, /\(10\/15\) Do either of these apply to you\?\nBoth can make bones fragile/);
      assert.match(
        run.stdout,
        /1\. Told you have osteoporosis[^\n]*\n {2}2\. Steroid tablets[^\n]*\n\[type the numbers/,
      );
      assert.match(run.stdout, /\?N for one you are not sure about, such as \?2; or none\]/);
    });

    it('names its sources by their titles, never by their codes', async () => {
      const answers = [...no(8), 'none', 'none', '40', '2 days ago', 'none', 'same', 'none'];
      const run = await unknot(['check', '--today', '2026-11-21'], answers.join('\n'));
      assert.match(run.stdout, /\(source: The Chronicles of Low Back Muscle Spasm\)/);
      assert.doesNotMatch(run.stdout, /article:\d|nice:|\[[a-z]+:[a-z0-9-]+/);
    });

    it('reaches gp_soon when the pain is the same after two days', async () => {
      const answers = [...no(8), 'none', 'none', '40', '2 days ago', 'none', 'same', 'none']; // input ends: no tailoring
      const run = await unknot(['check', '--today', '2026-11-21'], answers.join('\n'));
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /BOOK A DOCTOR OR PHYSIOTHERAPIST SOON/);
      assert.match(run.stdout, /not getting better/);
    });

    it('sends a bent-down 72-year-old with thin bones to a doctor today, before any optional step', async () => {
      const answers = [...no(8), 'none', '1', '72', 'yesterday', '5', 'same', 'none'];
      const run = await unknot(['check', '--today', '2026-11-21'], answers.join('\n'));
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /SEE A DOCTOR TODAY/);
      assert.doesNotMatch(run.stdout, /Tailor my plan/);
    });

    it('asks how bad the pain is from day 7, and a settled pain is not sent to a doctor for lasting a week', async () => {
      const settled = [...no(8), 'none', 'none', '40', '10 days ago', 'none', 'better', '11', '2', 'none'];
      const run = await unknot(['check', '--today', '2026-11-21'], settled.join('\n'));
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /How bad is the pain right now\?\n0 means no pain/);
      assert.match(run.stdout, /Pain: type a whole number from 0/, 'an 11 is re-asked');
      assert.match(run.stdout, /YOU CAN LOOK AFTER THIS YOURSELF/);
      const unrated = [...settled.slice(0, 14), '?', 'none'];
      assert.match(
        (await unknot(['check', '--today', '2026-11-21'], unrated.join('\n'))).stdout,
        /BOOK A DOCTOR/,
      );
    });

    it('counts the questions without ever going backwards when a "not sure" adds a recheck', async () => {
      const answers = ['?', 'n', ...no(7), 'none', 'none', '40', 'today', 'none', 'none'];
      const run = await unknot(['check', '--today', '2026-11-21'], answers.join('\n'));
      assert.equal(run.code, 0, run.stderr);
      // The check's own questions; the optional tailor step after the result counts on its own.
      const counts = [...run.stdout.matchAll(/^\((\d+)(?:\/(\d+))?[^)]*\)/gm)]
        .slice(0, answers.length)
        .map((m) => ({
          position: Number(m[1]),
          total: m[2],
        }));
      assert.deepEqual(
        counts.map((c) => c.position),
        answers.map((_, i) => i + 1),
      );
      const totals = counts.flatMap((c, i) => (c.total ? [{ i, total: c.total }] : []));
      assert.ok(new Set(totals.map((t) => t.total)).size <= 1, 'one total, never a second');
      assert.ok((totals.at(-1)?.i ?? -1) < 2, 'after the recheck came in, no number of questions at all');
      assert.match(run.stdout, /\(3, a few more to go\)/);
    });

    it("does not list today's sessions that have already passed", async () => {
      const now = new Date('2026-11-21T15:00:00Z');
      const today = localDate(now);
      const answers = [...no(8), 'none', 'none', '40', 'today', 'none', 'none'];
      const run = await unknot(['check', '--today', today], answers.join('\n'));
      assert.equal(run.code, 0, run.stderr);
      const times = /TODAY, [^\n]*\n {2}[^\n]* at: ([^\n]*)/.exec(run.stdout)?.[1]?.split(', ') ?? [];
      for (const t of times) assert.ok(t >= localClock(now), `${t} is before ${localClock(now)}`);
      assert.match(run.stdout, /leaves out \d+ sessions? whose time has already passed/);
    });

    it('exits 2 with one line when the answers run out', async () => {
      const run = await unknot(['check'], 'n\nn\n');
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^unknot: check: the answers ended before question "bowel_incontinence_new"/);
    });
  });
});
