import type {
  Bundle,
  BundleEntry,
  CarePlan,
  CarePlanActivity,
  CodeableConcept,
  Coding,
  Condition,
  FhirResource,
  Observation,
  ObservationComponent,
  Patient,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from 'fhir/r4';
import { type CalendarDate, daysBetween } from '../dates.ts';
import { liveDiary } from '../diary.ts';
import type { Entry } from '../entry.ts';
import type { AnswerValue, Episode } from '../episode.ts';
import type { FindingCode } from '../knowledge/findings.ts';
import { questionFlow, questionText } from '../knowledge/questions.ts';
import { findingConcepts } from '../knowledge/terminology.ts';
import type { Catalogue } from '../knowledge/text/catalogue.ts';
import type { ExportWords } from '../knowledge/text/export-words.ts';
import { carePlan as makePlan, type CarePlan as PlanOfCare } from '../plan.ts';
import type { PatientIdentity } from '../share.ts';

/** The sections of a catalogue the FHIR export's words come from. */
export type FhirWords = Pick<Catalogue, 'export' | 'findings' | 'questions' | 'care'>;

/** Code systems of Unknot's own concepts; URNs, because no public terminology has them. */
export const system = {
  entry: 'urn:unknot:entry',
  episode: 'urn:unknot:episode',
  finding: 'urn:unknot:finding',
  measure: 'urn:unknot:measure',
  treatment: 'urn:unknot:treatment',
  trigger: 'urn:unknot:trigger',
  trend: 'urn:unknot:trend',
  question: 'urn:unknot:question',
  supersedes: 'urn:unknot:supersedes',
  /** The patient's account on an Unknot server: one person across every episode and export. */
  account: 'urn:unknot:account',
  /** The person of one episode, where no account is known (the app and the CLI). */
  patient: 'urn:unknot:patient',
} as const;
export const SNOMED = 'http://snomed.info/sct';
/** Extension on the Condition naming a warning sign the person answered "not sure". */
export const UNSURE_FINDING = 'urn:unknot:extension:unsure-finding';
export const LOINC = 'http://loinc.org';
export const LOW_BACK_PAIN: Coding = { system: SNOMED, code: '279039007', display: 'Low back pain' };
export const PAIN_SCORE: Coding = {
  system: LOINC,
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
};
export const QUESTIONNAIRE_URL = 'urn:unknot:questionnaire:screening';
export const QUESTIONNAIRE_VERSION = '1';

const CONDITION_VER_STATUS = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
/** Every finding is the person's own report, never a clinician's confirmation. */
export const UNCONFIRMED: Coding = {
  system: CONDITION_VER_STATUS,
  code: 'unconfirmed',
  display: 'Unconfirmed',
};

const YES: Coding = { system: 'http://terminology.hl7.org/CodeSystem/v2-0136', code: 'Y', display: 'Yes' };
const NO: Coding = { system: 'http://terminology.hl7.org/CodeSystem/v2-0136', code: 'N', display: 'No' };
const UNSURE: Coding = {
  system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
  code: 'asked-unknown',
  display: 'Asked But Unknown',
};
export const answerCoding: Record<AnswerValue, Coding> = { yes: YES, no: NO, unsure: UNSURE };

const SURVEY: CodeableConcept = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }],
};

/**
 * A name-based id: the same base and key always give the same UUID-shaped id, so an export is
 * reproducible without a random source. Four 32-bit FNV-1a hashes with different seeds; not for secrets.
 */
export function derivedId(base: string, key: string): string {
  const text = `${base}/${key}`;
  const parts = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  });
  const hex = parts.join('');
  const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface FhirOptions {
  /** The moment of export, as an ISO instant with offset. */
  now: string;
  /** The plan to export; by default the one made at the episode's first check. */
  plan?: PlanOfCare;
  /**
   * The patient's account id on the server, when the server makes the file for a clinician: the Patient's
   * identifier then names one person across all their episodes. The app and the CLI have no account.
   */
  account?: string;
  /** The name and date of birth the patient chose to give; the Patient carries only these. */
  patient?: PatientIdentity;
  /** The emergency number of the person's region, from their settings; the CarePlan names it with every emergency sign. */
  emergencyNumber?: string;
  words: FhirWords;
}

function ref(type: string, id: string): { reference: string; type: string } {
  return { reference: `urn:uuid:${id}`, type };
}

/**
 * A finding's codes: its SNOMED CT concept first where one was checked (knowledge/terminology.ts), so a
 * record system can read it, then Unknot's own code, which keeps the exact meaning and is what the import reads.
 */
export function findingCodings(finding: FindingCode, words: FhirWords): Coding[] {
  const own: Coding = { system: system.finding, code: finding, display: words.findings[finding].label };
  const concept = findingConcepts[finding];
  return concept ? [{ system: SNOMED, code: concept.code, display: concept.display }, own] : [own];
}

function findingConcept(finding: FindingCode, words: FhirWords): CodeableConcept {
  return { coding: findingCodings(finding, words), text: words.findings[finding].label };
}

/** A yes / no / not sure item for one finding, carrying its codes. */
function findingItem(
  finding: FindingCode,
  text: string,
  words: FhirWords,
): Pick<QuestionnaireItem, 'text' | 'type' | 'code' | 'answerOption'> {
  return {
    text,
    type: 'choice',
    code: findingCodings(finding, words),
    answerOption: [{ valueCoding: YES }, { valueCoding: NO }, { valueCoding: UNSURE }],
  };
}

/** The Questionnaire the core's flow describes: stages as groups, each finding item carrying its code. */
export function screeningQuestionnaire(all: FhirWords): Questionnaire {
  const words = all.export;
  const groups: QuestionnaireItem[] = [];
  for (const q of questionFlow) {
    let group = groups.find((g) => g.linkId === q.stage);
    if (!group) {
      group = { linkId: q.stage, type: 'group', text: all.questions.stages[q.stage], item: [] };
      groups.push(group);
    }
    if (q.kind === 'recheck') continue;
    const text = questionText(q, all).text;
    const item: QuestionnaireItem = { linkId: q.id, text, required: false, type: 'choice' };
    if (q.kind === 'finding') {
      Object.assign(item, findingItem(q.finding, text, all));
    } else if (q.kind === 'group') {
      item.type = 'group';
      item.item = q.items.map((i) => ({
        linkId: i.finding,
        required: false,
        ...findingItem(i.finding, all.findings[i.finding].choice, all),
      }));
    } else if (q.kind === 'age') {
      item.type = 'integer';
    } else if (q.kind === 'date') {
      item.type = 'date';
    } else {
      item.answerOption = (['better', 'same', 'worse'] as const).map((t) => ({
        valueCoding: { system: system.trend, code: t, display: words.trend[t] },
      }));
    }
    group.item?.push(item);
  }
  groups
    .find((g) => g.linkId === 'about')
    ?.item?.push(
      { linkId: 'wakeTime', text: words.fhir.wakeTime, type: 'time', required: false },
      { linkId: 'sleepTime', text: words.fhir.sleepTime, type: 'time', required: false },
    );
  return {
    resourceType: 'Questionnaire',
    id: derivedId(QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION),
    url: QUESTIONNAIRE_URL,
    version: QUESTIONNAIRE_VERSION,
    name: 'UnknotScreening',
    title: words.fhir.questionnaire,
    status: 'active',
    description: words.fhir.questionnaireDescription,
    subjectType: ['Patient'],
    code: [LOW_BACK_PAIN],
    item: groups,
  };
}

function responseItems(episode: Episode, q: Questionnaire): QuestionnaireResponseItem[] {
  const c = episode.case;
  const answered = (item: QuestionnaireItem): QuestionnaireResponseItem | undefined => {
    const id = item.linkId;
    const text = item.text ?? id;
    if (item.type === 'group') {
      const inner = (item.item ?? []).flatMap((i) => answered(i) ?? []);
      return inner.length ? { linkId: id, text, item: inner } : undefined;
    }
    const with1 = (v: NonNullable<QuestionnaireResponseItem['answer']>[number]) => ({
      linkId: id,
      text,
      answer: [v],
    });
    const raw = episode.answers?.[id];
    if (raw) return with1({ valueCoding: answerCoding[raw] });
    if (id === 'age') return with1({ valueInteger: c.age });
    if (id === 'onset') return with1({ valueDate: c.onset });
    if (id === 'trend' && c.trend)
      return with1({ valueCoding: { system: system.trend, code: c.trend, display: c.trend } });
    if (id === 'wakeTime' && c.wakeTime) return with1({ valueTime: `${c.wakeTime}:00` });
    if (id === 'sleepTime' && c.sleepTime) return with1({ valueTime: `${c.sleepTime}:00` });
    return undefined;
  };
  return (q.item ?? []).flatMap((i) => answered(i) ?? []);
}

function effective(e: Entry): string {
  // The diary day is the fact; the recording time is used when it falls on that day in its own zone.
  return e.recordedAt.slice(0, 10) === e.date ? e.recordedAt : e.date;
}

function entryBase(e: Entry, patient: string, condition: string): Omit<Observation, 'code'> {
  const o: Omit<Observation, 'code'> = {
    resourceType: 'Observation',
    status: 'final',
    category: [SURVEY],
    identifier: [{ system: system.entry, value: e.id }],
    subject: ref('Patient', patient),
    focus: [ref('Condition', condition)],
    effectiveDateTime: effective(e),
    issued: e.recordedAt,
  };
  if (e.supersedes) o.extension = [{ url: system.supersedes, valueString: e.supersedes }];
  return o;
}

const coded = (sys: string, code: string, display?: string): CodeableConcept => ({
  coding: [display ? { system: sys, code, display } : { system: sys, code }],
});

function entryObservations(e: Entry, patient: string, condition: string, w: ExportWords): Observation[] {
  const out: Observation[] = [];
  if (e.pain !== undefined) {
    out.push({
      ...entryBase(e, patient, condition),
      id: derivedId(e.id, 'pain'),
      code: { coding: [PAIN_SCORE], text: w.fhir.painObservation },
      valueInteger: e.pain,
    });
  }
  if (e.functionScale) {
    out.push({
      ...entryBase(e, patient, condition),
      id: derivedId(e.id, 'function'),
      code: { ...coded(system.measure, 'psfs'), text: w.fhir.functionObservation },
      component: e.functionScale.map((r) => ({ code: { text: r.activity }, valueInteger: r.score })),
    });
  }
  const component: ObservationComponent[] = [];
  if (e.spasms !== undefined)
    component.push({
      code: { ...coded(system.measure, 'spasms'), text: w.fhir.spasms },
      valueInteger: e.spasms,
    });
  for (const t of e.triggers ?? [])
    component.push({
      code: coded(system.measure, 'trigger'),
      valueCodeableConcept: coded(system.trigger, t, w.trigger[t]),
    });
  for (const t of e.treatments ?? [])
    component.push({
      code: coded(system.measure, 'treatment'),
      valueCodeableConcept: coded(system.treatment, t, w.treatment[t]),
    });
  // A medicine by name, as the entry keeps it: a listed medicine's id or the person's own words.
  for (const m of e.medicines ?? [])
    component.push({ code: { ...coded(system.measure, 'medicine'), text: w.fhir.medicine }, valueString: m });
  if (e.minutes !== undefined)
    component.push({
      code: { ...coded(system.measure, 'minutes'), text: w.fhir.minutes },
      valueQuantity: { value: e.minutes, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' },
    });
  if (e.checkIn)
    component.push({
      code: coded(system.measure, 'check-in'),
      valueCodeableConcept: coded(system.trend, e.checkIn, w.trend[e.checkIn]),
    });
  // FHIR strings cannot be empty; an empty note says nothing, so it is left out.
  const hasNote = e.note !== undefined && e.note !== '';
  if (component.length || hasNote || out.length === 0) {
    const o: Observation = {
      ...entryBase(e, patient, condition),
      id: derivedId(e.id, 'diary'),
      code: { ...coded(system.measure, 'diary-entry'), text: w.fhir.diaryObservation },
    };
    if (component.length) o.component = component;
    if (hasNote) o.note = [{ text: e.note as string }];
    out.push(o);
  }
  return out;
}

function sessionActivities(p: PlanOfCare, w: ExportWords): CarePlanActivity[] {
  // Runs of days with the same kind of session share one activity; times of day stay floating local time.
  const runs: { kind: 'ice' | 'heat'; minutes: number; dates: CalendarDate[]; times: string[] }[] = [];
  const byDate = new Map<CalendarDate, typeof p.sessions>();
  for (const s of p.sessions) {
    const d = s.start.slice(0, 10);
    byDate.set(d, [...(byDate.get(d) ?? []), s]);
  }
  for (const [date, list] of byDate) {
    const first = list[0];
    if (!first) continue;
    const times = list.map((s) => `${s.start.slice(11, 16)}:00`);
    const last = runs[runs.length - 1];
    if (last && last.kind === first.kind && last.times.join() === times.join()) last.dates.push(date);
    else runs.push({ kind: first.kind, minutes: first.minutes, dates: [date], times });
  }
  return runs.map((r) => ({
    detail: {
      code: coded(system.treatment, r.kind, w.treatment[r.kind]),
      status: 'scheduled',
      description: w.fhir.session(r.kind, r.minutes),
      scheduledTiming: {
        repeat: {
          boundsPeriod: { start: r.dates[0] as string, end: r.dates[r.dates.length - 1] as string },
          frequency: 1,
          period: 1,
          periodUnit: 'd',
          duration: r.minutes,
          durationUnit: 'min',
          timeOfDay: r.times,
        },
      },
    },
  }));
}

function carePlan(
  episode: Episode,
  p: PlanOfCare,
  patient: string,
  condition: string,
  all: FhirWords,
  emergencyNumber: string | undefined,
): CarePlan {
  const w = all.export;
  // The plan began at the first check; the plan given may be today's, whose days start on the export's day.
  const first = episode.case.asOf;
  const planEnd = p.days[p.days.length - 1]?.date;
  const last = planEnd && daysBetween(first, planEnd) > 0 ? planEnd : first;
  return {
    resourceType: 'CarePlan',
    id: derivedId(episode.id, 'careplan'),
    status: episode.closedAt ? 'completed' : 'active',
    intent: 'plan',
    title: w.fhir.carePlan,
    description: w.fhir.carePlanDescription(p.triage.disposition, emergencyNumber),
    subject: ref('Patient', patient),
    addresses: [ref('Condition', condition)],
    period: { start: first, end: last },
    activity: [
      ...sessionActivities(p, w),
      ...p.checkIns.map((c) => ({
        detail: {
          code: coded(system.measure, 'check-in'),
          status: 'scheduled' as const,
          description: all.care.checkInAsk(c.day),
          scheduledPeriod: { start: c.date, end: c.date },
        },
      })),
    ],
  };
}

/**
 * The Patient: an identifier that stays the same for every export of the same person (their account on the
 * server) or, where there is no account, of the same episode; the name and birth date only when the person
 * chose to give them. Nothing else about the person is exported.
 */
function patientOf(episode: Episode, o: FhirOptions): Patient {
  const identifier = o.account
    ? { system: system.account, value: o.account }
    : { system: system.patient, value: derivedId(episode.id, 'patient') };
  const patient: Patient = {
    resourceType: 'Patient',
    id: o.account ? derivedId(o.account, 'patient') : identifier.value,
    identifier: [identifier],
    active: true,
  };
  // The name the person chose to show: it may be a first name or a nickname, so it is `usual` and unsplit.
  if (o.patient?.displayName) patient.name = [{ use: 'usual', text: o.patient.displayName }];
  if (o.patient?.birthDate) patient.birthDate = o.patient.birthDate;
  return patient;
}

/**
 * One episode and its live diary as a FHIR R4 collection Bundle: the Patient, the Condition, pain, function
 * and diary Observations, the screening Questionnaire and the person's QuestionnaireResponse, and the plan as
 * a CarePlan. Pure: ids derive from the app's own ids.
 */
export function fhirBundle(episode: Episode, entries: readonly Entry[], o: FhirOptions): Bundle {
  const w = o.words.export;
  const patient = patientOf(episode, o);
  const patientId = patient.id as string;
  const conditionId = episode.id;
  const condition: Condition = {
    resourceType: 'Condition',
    id: conditionId,
    meta: { lastUpdated: episode.updatedAt },
    identifier: [{ system: system.episode, value: episode.id }],
    clinicalStatus: coded(
      'http://terminology.hl7.org/CodeSystem/condition-clinical',
      episode.closedAt ? 'resolved' : 'active',
    ),
    // What the person reported about their own back; no clinician has confirmed it.
    verificationStatus: { coding: [UNCONFIRMED] },
    // A problem followed over weeks of self-care, outside any encounter (the Bundle has none).
    category: [coded('http://terminology.hl7.org/CodeSystem/condition-category', 'problem-list-item')],
    code: { coding: [LOW_BACK_PAIN], text: w.fhir.condition },
    subject: ref('Patient', patientId),
    onsetDateTime: episode.onset,
    recordedDate: episode.createdAt,
    asserter: ref('Patient', patientId),
  };
  if (episode.closedAt) condition.abatementDateTime = episode.closedAt;
  const findings = episode.case.findings ?? [];
  if (findings.length) condition.evidence = [{ code: findings.map((f) => findingConcept(f, o.words)) }];
  // Signs the person could not rule out: not evidence of the condition, and never to be read as "no".
  const unsure = episode.case.unsure ?? [];
  if (unsure.length)
    condition.extension = unsure.map((f) => ({
      url: UNSURE_FINDING,
      valueCodeableConcept: findingConcept(f, o.words),
    }));
  const questionnaire = screeningQuestionnaire(o.words);
  const response: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: derivedId(episode.id, 'answers'),
    questionnaire: `${QUESTIONNAIRE_URL}|${QUESTIONNAIRE_VERSION}`,
    status: 'completed',
    subject: ref('Patient', patientId),
    authored: episode.case.asOf,
    source: ref('Patient', patientId),
    item: responseItems(episode, questionnaire),
  };
  const live = liveDiary(
    [episode],
    entries.filter((e) => e.episodeId === episode.id),
  ).entries;
  const observations = live.flatMap((e) => entryObservations(e, patientId, conditionId, w));
  const resources: FhirResource[] = [
    patient,
    condition,
    questionnaire,
    response,
    carePlan(episode, o.plan ?? makePlan(episode.case), patientId, conditionId, o.words, o.emergencyNumber),
    ...observations,
  ];
  return {
    resourceType: 'Bundle',
    id: derivedId(episode.id, `bundle/${o.now}`),
    type: 'collection',
    timestamp: o.now,
    entry: resources.map((r): BundleEntry => ({ fullUrl: `urn:uuid:${r.id}`, resource: r })),
  };
}
