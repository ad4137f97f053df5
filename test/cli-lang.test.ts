import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { main } from '../src/cli/main.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { es } from '../src/core/knowledge/text/es/index.ts';
import {
  buildFolderOf,
  languageOf,
  languageOfAccept,
  languageOfEnv,
  languageOfPath,
} from '../src/core/knowledge/text/languages.ts';
import type { Plan } from '../src/core/plan.ts';
import { aCase } from './fixtures.ts';

// `unknot` in Spanish: chosen by --lang or by the environment (LC_ALL, LC_MESSAGES, LANG), with the same
// codes, rules, dates and numbers as English; only the words a person reads change.

/** The plain case of test/fixtures.ts with a sign that sends it to a doctor today and one answered not sure. */
const example = aCase({
  painNow: 7,
  trend: 'better',
  findings: ['lifting_trigger', 'localized_pain', 'fever'],
  unsure: ['saddle_numbness'],
});

async function unknot(args: string[], stdin = '', env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) =>
    new Writable({
      write(chunk, _e, done) {
        add(String(chunk));
        done();
      },
    });
  const code = await main(args, {
    stdin: Readable.from(stdin === '' ? [] : [Buffer.from(stdin)]),
    stdout: sink((s) => {
      stdout += s;
    }),
    stderr: sink((s) => {
      stderr += s;
    }),
    now: () => new Date('2026-11-21T15:00:00Z'),
    env,
  });
  return { code, stdout, stderr };
}

/** Every string in a JSON value, with its path: the text fields of the contract's output. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
  return [];
}

/** The output with every text a person reads blanked: codes, ids, dates, numbers and the shape stay. */
function withoutWords(plan: Plan): unknown {
  return JSON.parse(JSON.stringify(plan), (key, value) =>
    ['message', 'title', 'text', 'ask', 'list', 'label'].includes(key) ? '·' : value,
  );
}

describe('unknot in Spanish', () => {
  it('plan --lang es: the same codes, rules, sessions and dates as English, every reason and advice in Spanish', async () => {
    const english = await unknot(['plan', '--json'], JSON.stringify(example));
    const spanish = await unknot(['plan', '--json', '--lang', 'es'], JSON.stringify(example));
    assert.equal(spanish.code, 0, spanish.stderr);
    const a = JSON.parse(english.stdout) as Plan;
    const b = JSON.parse(spanish.stdout) as Plan;
    assert.deepEqual(withoutWords(b), withoutWords(a));
    assert.equal(b.triage.disposition, 'urgent');
    assert.deepEqual(
      b.triage.reasons.map((r) => r.rule),
      a.triage.reasons.map((r) => r.rule),
    );
    // Each reason is the Spanish catalogue's message for its rule, never the English one.
    for (const [i, r] of b.triage.reasons.entries()) {
      assert.notEqual(r.message, a.triage.reasons[i]?.message);
      assert.match(r.message, /[áéíóúñ¿]|\b(de|la|el|su|una?)\b/, r.message);
    }
    for (const [i, item] of b.advice.entries()) {
      assert.equal(item.id, a.advice[i]?.id);
      assert.equal(item.title, es.advice[item.id].title);
    }
    const words = texts(b).map(([, t]) => t);
    const englishWords = new Set(texts(a).map(([, t]) => t));
    const same = words.filter((t) => englishWords.has(t) && /[a-z]{3,} [a-z]{3,}/i.test(t));
    assert.deepEqual(same, [], 'no English sentence left in the Spanish plan');
  });

  it('reads the language from LC_ALL, then LC_MESSAGES, then LANG; --lang wins over all of them', async () => {
    const input = JSON.stringify(example);
    const title = (out: string) => out.split('\n')[0] ?? '';
    const urgentEs = es.dispositions.urgent.title.toUpperCase();
    const urgentEn = en.dispositions.urgent.title.toUpperCase();
    assert.match(
      title((await unknot(['triage'], input, { LANG: 'es_ES.UTF-8' })).stdout),
      new RegExp(urgentEs),
    );
    assert.match(title((await unknot(['triage'], input, { LANG: 'es_MX' })).stdout), new RegExp(urgentEs));
    assert.match(
      title((await unknot(['triage'], input, { LANG: 'es_ES.UTF-8', LC_ALL: 'en_GB.UTF-8' })).stdout),
      new RegExp(urgentEn),
    );
    assert.match(
      title((await unknot(['triage'], input, { LANG: 'en_US.UTF-8', LC_MESSAGES: 'es_CO.UTF-8' })).stdout),
      new RegExp(urgentEs),
    );
    assert.match(
      title((await unknot(['triage', '--lang=en'], input, { LANG: 'es_ES.UTF-8' })).stdout),
      new RegExp(urgentEn),
    );
    assert.match(title((await unknot(['triage'], input, { LANG: 'C.UTF-8' })).stdout), new RegExp(urgentEn));
    assert.match(
      title((await unknot(['triage'], input, { LANG: 'fr_FR.UTF-8' })).stdout),
      new RegExp(urgentEn),
    );
  });

  it('refuses a language it does not speak in one line naming --lang, in the language of the environment', async () => {
    const run = await unknot(['--lang', 'fr', 'plan'], JSON.stringify(example));
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(
      run.stderr,
      /^unknot: --lang: "fr" is not a language Unknot speaks; use en \(English\) or es \(Spanish\)\n$/,
    );
    const es_ = await unknot(['plan', '--lang', 'fr'], JSON.stringify(example), { LANG: 'es_ES.UTF-8' });
    assert.match(es_.stderr, /^unknot: --lang: Unknot no habla "fr"/);
  });

  it('check --lang es walks the whole flow in Spanish, taking Spanish answers, "atrás" included', async () => {
    // Seven signs, then "atrás" takes the seventh back and it is answered again; then the eighth.
    const answers = [
      ...Array(7).fill('n'),
      'atrás',
      'n',
      'n',
      'ninguno',
      'ninguno',
      '40',
      'hace 2 días',
      'ninguno',
      'igual',
      'ninguno',
    ];
    const run = await unknot(['check', '--lang', 'es', '--today', '2026-11-21'], answers.join('\n'));
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Unknot: una revisión rápida de su espalda/);
    assert.match(run.stdout, /\[s\/n\/\?\]/);
    assert.equal(run.stdout.match(/^\(7\/\d+\)/gm)?.length, 2, '"atrás" asks the seventh sign again');
    assert.match(run.stdout, new RegExp(es.dispositions.gp_soon.title.toUpperCase()));
    assert.match(run.stdout, /HOY, sáb, 21 nov/);
    assert.doesNotMatch(run.stdout, /\b(Answer|Warning|Today|the|your)\b/);
    // English answers are understood too: the same walk typed in English gives the same result.
    const typedInEnglish = [
      ...Array(8).fill('n'),
      'none',
      'none',
      '40',
      '2 days ago',
      'none',
      'same',
      'none',
    ];
    const mixed = await unknot(['check', '--lang', 'es', '--today', '2026-11-21'], typedInEnglish.join('\n'));
    assert.match(mixed.stdout, new RegExp(es.dispositions.gp_soon.title.toUpperCase()));
  });
});

describe('unknot export in Spanish', () => {
  it('writes the calendar in Spanish: the same events, times and reminders, the words of the Spanish catalogue', async () => {
    const { aDiary, anEpisode } = await import('./export-diary.ts');
    const episode = anEpisode();
    const entries = aDiary(episode);
    const backup = JSON.stringify({
      app: 'unknot',
      version: 1,
      exportedAt: '2026-12-06T10:00:00.000Z',
      settings: { wakeTime: '07:30', sleepTime: '22:00', reminders: true, emergencyNumber: '911' },
      episodes: [episode],
      entries,
    });
    const english = await unknot(['export', '--format', 'ics'], backup);
    const spanish = await unknot(['export', '--format', 'ics', '--lang', 'es'], backup);
    assert.equal(spanish.code, 0, spanish.stderr);
    const lines = (ics: string, name: string) =>
      ics
        .replace(/\r?\n[ \t]/g, '')
        .split(/\r?\n/)
        .filter((l) => l.startsWith(name));
    for (const name of ['DTSTART', 'DURATION', 'UID', 'TRIGGER', 'RRULE'])
      assert.deepEqual(lines(spanish.stdout, name), lines(english.stdout, name), name);
    const summaries = lines(spanish.stdout, 'SUMMARY');
    assert.ok(summaries.length > 0);
    assert.ok(summaries.some((l) => l.includes('Calor húmedo durante 20 minutos')));
    assert.deepEqual(
      summaries.filter((l) => lines(english.stdout, 'SUMMARY').includes(l)),
      [],
      'no event keeps its English title',
    );
  });
});

describe('choosing a language from a tag', () => {
  it('reads BCP 47 tags and POSIX locales, and knows what it does not speak', () => {
    assert.equal(languageOf('es'), 'es');
    assert.equal(languageOf('es-MX'), 'es');
    assert.equal(languageOf('es-419'), 'es');
    assert.equal(languageOf('es_ES.UTF-8'), 'es');
    assert.equal(languageOf('ES_es@euro'), 'es');
    assert.equal(languageOf('en_GB.UTF-8'), 'en');
    for (const none of ['C', 'C.UTF-8', 'POSIX', '', 'fr-FR', 'esperanto', undefined, null])
      assert.equal(languageOf(none), undefined, String(none));
  });

  it('reads the environment as gettext does: the first variable set decides', () => {
    assert.equal(languageOfEnv({}), 'en');
    assert.equal(languageOfEnv({ LANG: 'es_PE.UTF-8' }), 'es');
    assert.equal(languageOfEnv({ LC_ALL: 'fr_FR.UTF-8', LANG: 'es_PE.UTF-8' }), 'en');
    assert.equal(languageOfEnv({ LC_ALL: '', LC_MESSAGES: 'es_PE', LANG: 'en_US' }), 'es');
  });

  it('reads Accept-Language by weight, then order, skipping what it does not speak', () => {
    assert.equal(languageOfAccept(undefined), 'en');
    assert.equal(languageOfAccept('es-MX,es;q=0.9,en;q=0.8'), 'es');
    assert.equal(languageOfAccept('fr-FR,fr;q=0.9,es;q=0.5,en;q=0.4'), 'es');
    assert.equal(languageOfAccept('en;q=0.5, es;q=0.6'), 'es');
    assert.equal(languageOfAccept('es;q=0, en'), 'en');
    assert.equal(languageOfAccept('*'), 'en');
    assert.equal(languageOfAccept(`${'fr,'.repeat(40)}es`), 'en', 'only the first 32 entries are read');
  });

  it("places each language's web build: English at the root, another under its code, and a path back to its language", () => {
    assert.equal(buildFolderOf('en'), '');
    assert.equal(buildFolderOf('es'), 'es/');
    for (const path of ['/es', '/es/', '/es/anything/here']) assert.equal(languageOfPath(path), 'es', path);
    for (const path of ['/', '/index.html', '/espanol', '/fr/', '/en/x', '/clinician.html'])
      assert.equal(languageOfPath(path), 'en', path);
  });
});
