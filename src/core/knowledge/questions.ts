import type { AnswerValue } from '../episode.ts';
import { type FindingCode, type FindingOfTier, findingByCode } from './findings.ts';
import { movementTriggers } from './rules.ts';
import type { Catalogue } from './text/catalogue.ts';

/**
 * The order of the flow: emergency signs first, so one "yes" can stop it before anything else is asked.
 * Every stage but `tailor` comes before the result; `tailor` is the optional step after it.
 */
export const stages = ['emergency', 'urgent', 'about', 'soon', 'tailor'] as const;
export type Stage = (typeof stages)[number];

/** What skip logic may look at: the answers so far. */
export interface FlowContext {
  age?: number;
  days?: number;
  findings: Readonly<Record<string, AnswerValue>>;
}

type AppliesTo = (ctx: FlowContext) => boolean;

/** The words of a question are in the catalogue: a finding's own, or `questions.asked[id]`. */
interface QuestionBase {
  stage: Stage;
  /** Absent: always asked. Otherwise asked only when this returns true. */
  appliesTo?: AppliesTo;
}

/** One finding, one screen: Yes, No or Not sure. Every emergency sign is asked this way. */
export interface FindingQuestion extends QuestionBase {
  id: FindingCode;
  kind: 'finding';
  finding: FindingCode;
}

/** One item of a group; its words are the finding's `choice`. */
export interface GroupItem {
  finding: FindingCode;
  appliesTo?: AppliesTo;
}

/** "Choose any that apply, or none of these": lower-tier findings that share one screen. */
export interface GroupQuestion extends QuestionBase {
  id: GroupQuestionId;
  kind: 'group';
  items: readonly GroupItem[];
  /** Whether each item can also be marked "not sure" (warning signs: yes). */
  allowUnsure: boolean;
}

export type GroupQuestionId =
  | 'urgent_signs'
  | 'bone_risks'
  | 'how_started'
  | 'soon_signs'
  | 'tailor'
  | 'new_signs';
export type DetailQuestionId = 'age' | 'onset' | 'trend' | 'painNow';
type EmergencySign = FindingOfTier<'emergency'>;

/** Shown after "not sure" to an emergency sign: how to check it now, then the same question once more. */
export interface RecheckQuestion extends QuestionBase {
  id: `recheck:${EmergencySign}`;
  kind: 'recheck';
  finding: EmergencySign;
}

export interface DetailQuestion extends QuestionBase {
  id: DetailQuestionId;
  kind: 'age' | 'date' | 'trend' | 'pain';
  stage: 'about';
}

export type Question = FindingQuestion | GroupQuestion | RecheckQuestion | DetailQuestion;

function ask(finding: FindingCode, stage: Stage, appliesTo?: AppliesTo): FindingQuestion {
  const f = findingByCode(finding);
  if (!f) throw new Error(`no finding ${finding}`);
  const q: FindingQuestion = { id: finding, kind: 'finding', finding, stage };
  if (appliesTo) q.appliesTo = appliesTo;
  return q;
}

function item(finding: FindingCode, appliesTo?: AppliesTo): GroupItem {
  return appliesTo ? { finding, appliesTo } : { finding };
}

/** The recheck step for an emergency sign answered "not sure". */
export function recheckQuestion(finding: EmergencySign): RecheckQuestion {
  return { id: `recheck:${finding}`, kind: 'recheck', finding, stage: 'emergency' };
}

/** Whether a code is an emergency sign, the only kind with a recheck. */
export function isEmergencySign(code: FindingCode): code is EmergencySign {
  return findingByCode(code)?.tier === 'emergency';
}

/** The urgent signs that can begin during an episode: asked on the first check and again at every check-in. */
const urgentSignsThatCanBegin = [item('fever'), item('leg_weakness'), item('pain_uncontrolled')];

const saidYes = (code: FindingCode) => (ctx: FlowContext) => ctx.findings[code] === 'yes';
const ageKnown = (test: (age: number) => boolean) => (ctx: FlowContext) =>
  ctx.age === undefined || test(ctx.age);

/** The group items a person is actually shown, given the answers so far. */
export function itemsFor(q: GroupQuestion, ctx: FlowContext): GroupItem[] {
  return q.items.filter((i) => !i.appliesTo || i.appliesTo(ctx));
}

export const questionFlow: readonly Question[] = [
  ask('saddle_numbness', 'emergency'),
  ask('bladder_dysfunction_new', 'emergency'),
  ask('bowel_incontinence_new', 'emergency'),
  ask('sexual_dysfunction_new', 'emergency'),
  ask('leg_weakness_progressive', 'emergency'),
  ask('leg_symptoms_both_sides', 'emergency'),
  ask('major_trauma', 'emergency'),
  ask('sudden_tearing_pain', 'emergency'),

  {
    id: 'urgent_signs',
    kind: 'group',
    stage: 'urgent',
    allowUnsure: true,
    items: [
      ...urgentSignsThatCanBegin,
      item('history_of_cancer'),
      item('immunosuppressed'),
      item('iv_drug_use'),
      item('recent_spinal_surgery'),
    ],
  },
  // Since contract version 3 thin bones and steroid tablets matter to everyone: with a movement trigger the
  // spine may have broken (urgent), without one the bones still need a doctor soon. So they are always asked.
  {
    id: 'bone_risks',
    kind: 'group',
    stage: 'urgent',
    allowUnsure: true,
    items: [item('osteoporosis'), item('long_term_steroids')],
  },

  { id: 'age', kind: 'age', stage: 'about' },
  {
    id: 'onset',
    kind: 'date',
    stage: 'about',
  },
  // How it started, one list: with fragile bones (or a fall at 70 or over) it decides between urgent and soon,
  // and it shapes every plan, so it comes before the result for everyone rather than in two places.
  {
    id: 'how_started',
    kind: 'group',
    stage: 'about',
    allowUnsure: false,
    items: [...movementTriggers.map((t) => item(t))],
  },
  {
    id: 'trend',
    kind: 'trend',
    stage: 'about',
    // On the first day there is no "since" to compare with.
    appliesTo: (ctx) => ctx.days === undefined || ctx.days >= 1,
  },
  {
    id: 'painNow',
    kind: 'pain',
    stage: 'about',
    // From day 7 the pain now decides whether it persists (contract v3 `persisting_one_week`); before, it changes nothing.
    appliesTo: (ctx) => ctx.days !== undefined && ctx.days >= 7,
  },

  {
    id: 'soon_signs',
    kind: 'group',
    stage: 'soon',
    allowUnsure: true,
    items: [
      item('thoracic_pain'),
      item('pain_radiates_below_knee'),
      item('leg_numbness_or_tingling'),
      item('night_pain_unrelieved'),
      item('unexplained_weight_loss'),
      item(
        'morning_stiffness_long',
        ageKnown((age) => age < 45),
      ),
      item(
        'pregnant',
        ageKnown((age) => age >= 12 && age <= 55),
      ),
      item('medication_side_effect_suspected'),
      item('first_episode'),
    ],
  },

  // After the result, optional: only findings no rule reads, so nothing answered here can change the result.
  {
    id: 'tailor',
    kind: 'group',
    stage: 'tailor',
    allowUnsure: false,
    items: [
      item('prolonged_posture_trigger'),
      item('dehydration_suspected'),
      item('recurrent_episode', (ctx) => ctx.findings.first_episode !== 'yes'),
      item('localized_pain'),
      item('pain_radiates_to_buttock_or_thigh', (ctx) => !saidYes('pain_radiates_below_knee')(ctx)),
      item('tender_to_touch'),
      item('better_with_rest'),
      item('stiffness'),
      item('limited_motion'),
      item('muscle_twitching'),
      item('minor_swelling'),
    ],
  },
];

/**
 * Asked at every check-in after the emergency signs, as one list "new since your last check": the urgent and
 * soon signs that can begin during an episode (not a past cancer, an operation or drug use, or long-standing
 * stiffness, which a check already asked once and cannot become new).
 */
export const checkInSigns: GroupQuestion = {
  id: 'new_signs',
  kind: 'group',
  stage: 'urgent',
  allowUnsure: true,
  items: [
    ...urgentSignsThatCanBegin,
    item('immunosuppressed'),
    item('pain_radiates_below_knee'),
    item('leg_numbness_or_tingling'),
    item('night_pain_unrelieved'),
    item('unexplained_weight_loss'),
    item('thoracic_pain'),
    item('medication_side_effect_suspected'),
    item(
      'pregnant',
      ageKnown((age) => age >= 12 && age <= 55),
    ),
  ],
};

export interface ScreenedFinding {
  stage: Stage;
  finding: FindingCode;
  /** The group it was asked in, when it shared a screen with others. */
  group?: GroupQuestion['id'];
}

/** Every finding the flow can ask about, in the order asked: single questions and each item of a group. */
export const screenedFindings: readonly ScreenedFinding[] = questionFlow.flatMap((q): ScreenedFinding[] => {
  if (q.kind === 'finding') return [{ stage: q.stage, finding: q.finding }];
  if (q.kind === 'group') return q.items.map((i) => ({ stage: q.stage, finding: i.finding, group: q.id }));
  return [];
});

/** A question in words: its text and hint, and for a recheck how to check. */
export interface QuestionText {
  text: string;
  hint?: string;
  howToCheck?: string;
}

/** The words of a question, from a catalogue's findings and questions sections. */
export function questionText(q: Question, words: Pick<Catalogue, 'findings' | 'questions'>): QuestionText {
  if (q.kind === 'finding' || q.kind === 'recheck') {
    const f = words.findings[q.finding];
    const out: QuestionText = { text: f.question };
    if (f.hint) out.hint = f.hint;
    if (q.kind === 'recheck') out.howToCheck = words.findings[q.finding].howToCheck;
    return out;
  }
  return { ...words.questions.asked[q.id] };
}

/** The wording a person saw for one screened finding: the question, or its item in a group's list. */
export function screenedText(s: ScreenedFinding, words: Pick<Catalogue, 'findings'>): string {
  const f = words.findings[s.finding];
  return s.group ? f.choice : f.question;
}
