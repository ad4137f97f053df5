import type { AnswerValue } from '../episode.ts';
import { type FindingCode, findingByCode } from './findings.ts';

/** The order of the flow: emergency signs first, so one "yes" can stop it before anything else is asked. */
export const stages = ['emergency', 'urgent', 'about', 'soon', 'start', 'feel'] as const;
export type Stage = (typeof stages)[number];

export const stageTitles: Record<Stage, string> = {
  emergency: 'Warning signs',
  urgent: 'Signs to see a doctor today',
  about: 'About you and this episode',
  soon: 'Signs to see a doctor soon',
  start: 'How it started',
  feel: 'What it feels like',
};

/** What skip logic may look at: the answers so far. */
export interface FlowContext {
  age?: number;
  days?: number;
  findings: Readonly<Record<string, AnswerValue>>;
}

interface QuestionBase {
  stage: Stage;
  text: string;
  hint?: string;
  /** Absent: always asked. Otherwise asked only when this returns true. */
  appliesTo?: (ctx: FlowContext) => boolean;
}

export interface FindingQuestion extends QuestionBase {
  id: FindingCode;
  kind: 'finding';
  finding: FindingCode;
}

export interface DetailQuestion extends QuestionBase {
  id: 'age' | 'onset' | 'painNow' | 'trend';
  kind: 'age' | 'date' | 'pain' | 'trend';
  stage: 'about';
}

export type Question = FindingQuestion | DetailQuestion;

function ask(finding: FindingCode, stage: Stage, appliesTo?: (ctx: FlowContext) => boolean): FindingQuestion {
  const f = findingByCode(finding);
  if (!f) throw new Error(`no finding ${finding}`);
  const q: FindingQuestion = { id: finding, kind: 'finding', finding, stage, text: f.question };
  if (f.hint) q.hint = f.hint;
  if (appliesTo) q.appliesTo = appliesTo;
  return q;
}

const saidYes = (code: FindingCode) => (ctx: FlowContext) => ctx.findings[code] === 'yes';
const ageKnown = (test: (age: number) => boolean) => (ctx: FlowContext) =>
  ctx.age === undefined || test(ctx.age);

export const questionFlow: readonly Question[] = [
  ask('saddle_numbness', 'emergency'),
  ask('bladder_dysfunction_new', 'emergency'),
  ask('bowel_incontinence_new', 'emergency'),
  ask('sexual_dysfunction_new', 'emergency'),
  ask('leg_weakness_progressive', 'emergency'),
  ask('leg_symptoms_both_sides', 'emergency'),
  ask('major_trauma', 'emergency'),
  ask('sudden_tearing_pain', 'emergency'),

  ask('fever', 'urgent'),
  ask('leg_weakness', 'urgent'),
  ask('pain_uncontrolled', 'urgent'),
  ask('history_of_cancer', 'urgent'),
  ask('immunosuppressed', 'urgent'),
  ask('iv_drug_use', 'urgent'),
  ask('minor_trauma', 'urgent'),
  // Thin bones and steroids matter here only as a fracture risk after a fall or knock.
  ask('osteoporosis', 'urgent', saidYes('minor_trauma')),
  ask('long_term_steroids', 'urgent', saidYes('minor_trauma')),

  { id: 'age', kind: 'age', stage: 'about', text: 'How old are you?', hint: 'In whole years.' },
  {
    id: 'onset',
    kind: 'date',
    stage: 'about',
    text: 'When did this pain or spasm start?',
    hint: 'The day it began, even if it was only mild then.',
  },
  {
    id: 'painNow',
    kind: 'pain',
    stage: 'about',
    text: 'How bad is the pain right now?',
    hint: '0 is no pain, 10 is the worst pain you can imagine.',
  },
  {
    id: 'trend',
    kind: 'trend',
    stage: 'about',
    text: 'Since it started, is the pain getting better, staying the same, or getting worse?',
    // On the first day there is no "since" to compare with.
    appliesTo: (ctx) => ctx.days === undefined || ctx.days >= 1,
  },

  ask('pain_radiates_below_knee', 'soon'),
  ask('leg_numbness_or_tingling', 'soon'),
  ask('night_pain_unrelieved', 'soon'),
  ask('unexplained_weight_loss', 'soon'),
  ask(
    'morning_stiffness_long',
    'soon',
    ageKnown((age) => age < 45),
  ),
  ask(
    'pregnant',
    'soon',
    ageKnown((age) => age >= 12 && age <= 55),
  ),
  ask('medication_side_effect_suspected', 'soon'),
  ask('first_episode', 'soon'),

  ask('lifting_trigger', 'start'),
  ask('twisting_trigger', 'start'),
  ask('sudden_movement_trigger', 'start'),
  ask('overuse_trigger', 'start'),
  ask('prolonged_posture_trigger', 'start'),
  ask('dehydration_suspected', 'start'),
  ask('recurrent_episode', 'start', (ctx) => ctx.findings.first_episode !== 'yes'),

  ask('localized_pain', 'feel'),
  ask('pain_radiates_to_buttock_or_thigh', 'feel', (ctx) => ctx.findings.pain_radiates_below_knee !== 'yes'),
  ask('tender_to_touch', 'feel'),
  ask('better_with_rest', 'feel'),
  ask('stiffness', 'feel'),
  ask('limited_motion', 'feel'),
  ask('muscle_twitching', 'feel'),
  ask('minor_swelling', 'feel'),
];
