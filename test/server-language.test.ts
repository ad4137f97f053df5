import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseCase } from '../src/core/case.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { es } from '../src/core/knowledge/text/es/index.ts';
import { plan } from '../src/core/plan.ts';
import { triage } from '../src/core/triage.ts';
import type { Db } from '../src/server/db/types.ts';
import { varyWithLanguage } from '../src/server/language.ts';
import { clinician, patient, serverWithDb, share } from './clinician-helpers.ts';
import { anEntry, Device, type Reply } from './server-helpers.ts';

/**
 * The API in the language the client asks for (Accept-Language): the same JSON in every language but its
 * texts, which are the asked catalogue's; codes, fields and keys never change. No SQL of its own, so one
 * database (PGlite) is enough.
 */

/** The contract example, and a case whose reasons carry messages. */
const CONTRACT = {
  age: 34,
  onset: '2026-11-20',
  asOf: '2026-11-21',
  painNow: 7,
  trend: 'better',
  findings: ['lifting_trigger'],
};
const FLAGGED = { age: 34, onset: '2026-11-20', asOf: '2026-11-21', findings: ['saddle_numbness', 'fever'] };

const SPANISH = { 'accept-language': 'es-MX,es;q=0.9' };

/** A reply as plain JSON (what the engines give, as the wire carries it). */
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

/** The value with every text replaced by a mark: what must be the same in every language. */
function shape(value: unknown): unknown {
  if (typeof value === 'string') return 'TEXT';
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return value;
}

function saysLanguage(r: Reply, language: 'en' | 'es'): void {
  assert.equal(r.headers.get('content-language'), language);
  assert.match(r.headers.get('vary') ?? '', /(^|,\s*)accept-language(\s*,|$)/i);
}

function caseOf(body: unknown) {
  const parsed = parseCase(body, en.fields);
  if (!parsed.ok) throw new Error('not a case');
  return parsed.value;
}

describe('the API in the language the client asks for', () => {
  let url = '';
  let db: Db;
  let close: () => Promise<void> = async () => {};
  before(async () => {
    const s = await serverWithDb();
    url = s.url;
    db = s.db;
    close = s.close;
  });
  after(async () => close());

  test('triage and plan in Spanish: the same JSON as in English but its texts, which are the Spanish catalogue’s', async () => {
    const d = new Device(url);
    for (const body of [CONTRACT, FLAGGED]) {
      const c = caseOf(body);
      const t = await d.call('POST', '/api/v1/triage', body, SPANISH);
      const tEn = await d.call('POST', '/api/v1/triage', body);
      assert.equal(t.status, 200);
      saysLanguage(t, 'es');
      assert.deepEqual(t.body, json(triage(c, es)));
      assert.deepEqual(shape(t.body), shape(tEn.body));
      for (const [i, reason] of t.body.reasons.entries()) {
        const rule = reason.rule as keyof typeof es.rules;
        const words = es.rules[rule];
        assert.equal(reason.message, typeof words === 'function' ? words({ signs: [] }) : words);
        assert.notEqual(reason.message, tEn.body.reasons[i].message);
      }
      const p = await d.call('POST', '/api/v1/plan', body, SPANISH);
      const pEn = await d.call('POST', '/api/v1/plan', body);
      assert.equal(p.status, 200);
      saysLanguage(p, 'es');
      assert.deepEqual(p.body, json(plan(c, es)));
      assert.deepEqual(shape(p.body), shape(pEn.body));
      assert.notDeepEqual(p.body, pEn.body);
    }
    const flagged = await d.call('POST', '/api/v1/triage', FLAGGED, SPANISH);
    assert.ok(flagged.body.reasons.length > 0, 'the flagged case has reasons to say');
  });

  test('without the header, with a language Unknot does not speak, or with q=0 for Spanish: English', async () => {
    const d = new Device(url);
    const c = caseOf(FLAGGED);
    const asked: Record<string, string>[] = [
      {},
      { 'accept-language': 'fr' },
      { 'accept-language': 'fr-CA, es;q=0' },
    ];
    for (const headers of asked) {
      const t = await d.call('POST', '/api/v1/triage', FLAGGED, headers);
      assert.equal(t.status, 200);
      saysLanguage(t, 'en');
      assert.deepEqual(t.body, json(triage(c, en)));
      const p = await d.call('POST', '/api/v1/plan', FLAGGED, headers);
      saysLanguage(p, 'en');
      assert.deepEqual(p.body, json(plan(c, en)));
    }
    // The best by weight wins, whatever the order.
    saysLanguage(
      await d.call('POST', '/api/v1/triage', FLAGGED, { 'accept-language': 'en;q=0.5, es' }),
      'es',
    );
  });

  test('the choice made in the app (its cookie) wins over Accept-Language: a download link cannot send a header', async () => {
    const d = new Device(url);
    const c = caseOf(FLAGGED);
    const chosen = await d.call('POST', '/api/v1/triage', FLAGGED, {
      'accept-language': 'en-US',
      cookie: 'other=1; unknot-language=es',
    });
    saysLanguage(chosen, 'es');
    assert.deepEqual(chosen.body, json(triage(c, es)));
    assert.match(chosen.headers.get('vary') ?? '', /(^|,\s*)cookie(\s*,|$)/i);
    const back = await d.call('POST', '/api/v1/triage', FLAGGED, {
      'accept-language': 'es-MX',
      cookie: 'unknot-language=en',
    });
    saysLanguage(back, 'en');
    // A value Unknot does not speak is no choice: the header decides.
    const unknown = await d.call('POST', '/api/v1/triage', FLAGGED, {
      'accept-language': 'es',
      cookie: 'unknot-language=fr',
    });
    saysLanguage(unknown, 'es');
  });

  test('a bad body in Spanish names the same field as in English, in the Spanish words', async () => {
    const d = new Device(url);
    const body = { ...CONTRACT, age: 200 };
    for (const path of ['/api/v1/triage', '/api/v1/plan']) {
      const bad = await d.call('POST', path, body, SPANISH);
      const badEn = await d.call('POST', path, body);
      assert.equal(bad.status, 400);
      assert.equal(badEn.status, 400);
      saysLanguage(bad, 'es');
      saysLanguage(badEn, 'en');
      assert.equal(bad.body.error.field, 'age');
      assert.equal(badEn.body.error.field, 'age');
      const spanish = parseCase(body, es.fields);
      assert.equal(spanish.ok, false);
      if (!spanish.ok) assert.equal(bad.body.error.message, spanish.errors[0]?.message);
      assert.notEqual(bad.body.error.message, badEn.body.error.message);
    }
    // Not a JSON object at all, and a body the schema of a route of the table refuses.
    const notCase = await d.call('POST', '/api/v1/triage', [1], SPANISH);
    assert.equal(notCase.status, 400);
    assert.equal(notCase.body.error.message, es.server.problems.body.notCase);
    const notJson = await d.call('POST', '/api/v1/triage', '{', SPANISH);
    assert.equal(notJson.status, 400);
    assert.equal(notJson.body.error.message, es.server.problems.body.notJson);
    saysLanguage(notJson, 'es');
    const signUp = await d.call(
      'POST',
      '/api/v1/accounts',
      { email: 'not an email', password: 'x' },
      SPANISH,
    );
    const signUpEn = await d.call('POST', '/api/v1/accounts', { email: 'not an email', password: 'x' });
    assert.equal(signUp.status, 400);
    assert.equal(signUp.body.error.field, signUpEn.body.error.field);
    assert.notEqual(signUp.body.error.message, signUpEn.body.error.message);
  });

  test('the refusals of signed-in routes (401, 403) in Spanish', async () => {
    const d = new Device(url);
    const out = await d.call('GET', '/api/v1/me', undefined, SPANISH);
    assert.equal(out.status, 401);
    saysLanguage(out, 'es');
    assert.equal(out.body.error.message, es.server.problems.signedOut);
    const outEn = await d.call('GET', '/api/v1/me');
    assert.equal(outEn.body.error.message, en.server.problems.signedOut);
    saysLanguage(outEn, 'en');

    await d.signUp();
    const csrf = d.csrf;
    d.csrf = '';
    const forged = await d.call('POST', '/api/v1/logout', undefined, SPANISH);
    assert.equal(forged.status, 403);
    saysLanguage(forged, 'es');
    assert.equal(forged.body.error.field, 'x-unknot-csrf');
    assert.equal(forged.body.error.message, es.server.problems.csrf('x-unknot-csrf'));
    d.csrf = csrf;
    const me = await d.call('GET', '/api/v1/me', undefined, SPANISH);
    assert.equal(me.status, 200);
    saysLanguage(me, 'es');
  });

  test('a sync’s rejected record and a role’s refusal in Spanish; the same field as in English', async () => {
    const d = new Device(url);
    await d.signUp();
    const body = { entries: [anEntry({ pain: 99 })] };
    const r = await d.call('POST', '/api/v1/sync', body, SPANISH);
    const rEn = await d.sync(body);
    assert.equal(r.status, 200);
    saysLanguage(r, 'es');
    assert.equal(r.body.rejected[0].field, 'entries[0].pain');
    assert.equal(r.body.rejected[0].field, rEn.body.rejected[0].field);
    assert.match(r.body.rejected[0].message, /^entries\[0\]\.pain/);
    assert.notEqual(r.body.rejected[0].message, rEn.body.rejected[0].message);
    const notClinician = await d.call('GET', '/api/v1/clinician/patients', undefined, SPANISH);
    assert.equal(notClinician.status, 403);
    assert.equal(notClinician.body.error.message, es.clinician.server.cliniciansOnly);
  });

  test('the clinician’s FHIR Bundle and PDF in the language asked for', async () => {
    const doctor = await clinician(url, db);
    const p = await patient(url);
    const patientId = await share(p.device, doctor);
    const base = `/api/v1/clinician/patients/${patientId}/episodes/${p.episode.id}`;
    const label = (words: typeof en) => words.findings.lifting_trigger.label;
    assert.notEqual(label(es), label(en));
    const fhir = await doctor.call('GET', `${base}/fhir`, undefined, SPANISH);
    assert.equal(fhir.status, 200);
    saysLanguage(fhir, 'es');
    const text = JSON.stringify(fhir.body);
    assert.ok(text.includes(JSON.stringify(label(es))), 'the finding in Spanish');
    assert.ok(!text.includes(JSON.stringify(label(en))), 'not in English');
    const fhirEn = await doctor.call('GET', `${base}/fhir`);
    assert.ok(JSON.stringify(fhirEn.body).includes(JSON.stringify(label(en))));
    const kinds = (b: { entry: { resource: { resourceType: string } }[] }) =>
      b.entry.map((e) => e.resource.resourceType);
    assert.deepEqual(kinds(fhir.body), kinds(fhirEn.body));
    const pdf = await doctor.call('GET', `${base}/summary.pdf`, undefined, SPANISH);
    assert.equal(pdf.status, 200);
    saysLanguage(pdf, 'es');
  });

  test('an address under /api that is no route, and a malformed one, in Spanish', async () => {
    const d = new Device(url);
    const missing = await d.call('GET', '/api/v1/nothing-here', undefined, SPANISH);
    assert.equal(missing.status, 404);
    saysLanguage(missing, 'es');
    assert.equal(missing.body.error.message, es.server.problems.notFound('GET', '/api/v1/nothing-here'));
    const malformed = await d.call('GET', '/api/v1/%ZZ', undefined, SPANISH);
    assert.equal(malformed.status, 400);
    saysLanguage(malformed, 'es');
    assert.equal(malformed.body.error.message, es.server.problems.badAddress);
  });

  test('the API document declares Accept-Language and, on every answer, Content-Language', async () => {
    const doc = await new Device(url).call('GET', '/api/v1/openapi.json', undefined, SPANISH);
    assert.equal(doc.status, 200);
    // Written once, in English, and says so.
    saysLanguage(doc, 'en');
    const operations = Object.values(doc.body.paths).flatMap((path) => Object.values(path as object));
    assert.ok(operations.length > 20);
    for (const op of operations) {
      assert.ok(
        op.parameters?.some(
          (p: { in: string; name: string }) => p.in === 'header' && p.name === 'accept-language',
        ),
      );
      for (const answer of Object.values(op.responses) as { headers?: Record<string, { schema: object }> }[])
        assert.deepEqual(answer.headers?.['Content-Language']?.schema, {
          type: 'string',
          enum: ['en', 'es'],
        });
    }
  });

  test('Accept-Language and Cookie are added to a Vary already there, once each', () => {
    assert.equal(varyWithLanguage(undefined), 'Accept-Language, Cookie');
    assert.equal(varyWithLanguage('Accept-Encoding'), 'Accept-Encoding, Accept-Language, Cookie');
    assert.equal(
      varyWithLanguage(['Origin', 'Accept-Encoding']),
      'Origin, Accept-Encoding, Accept-Language, Cookie',
    );
    assert.equal(varyWithLanguage('accept-language, cookie'), 'accept-language, cookie');
    assert.equal(varyWithLanguage('*'), '*');
  });
});
