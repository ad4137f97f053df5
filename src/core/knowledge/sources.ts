/**
 * Every source a knowledge item may cite, as a person should see it: its title and who published it.
 * Articles live in ../shared/articles/NNN_*.txt (a copy ships with the app in src/web/articles, read in the app as
 * a quoted source).
 * Guidelines carry their full name; `link` is shown as an address to open, the app itself never requests it.
 */
/** The language every source is written in: the app marks its title, full name and publisher with it. */
export const SOURCE_LANGUAGE = 'en';

export interface Source {
  readonly title: string;
  /** Who published it; the five articles' publishers were not recorded, so they have none. */
  readonly publisher?: string;
  /** A guideline's or paper's full name, when the title is a short form. */
  readonly fullName?: string;
  readonly year?: number;
  readonly link?: string;
  /** What the app uses it for, in a few words. */
  readonly about: string;
}

export const sources = {
  'article:000': {
    title: 'What Causes Muscle Spasms And What Is The Best Way To Treat Muscle Spasms?',
    about: 'strain, rest, ice or heat, staying active',
  },
  'article:001': {
    title: 'The Chronicles of Low Back Muscle Spasm',
    about: 'when to see a doctor, causes, massage, ice',
  },
  'article:002': {
    title: 'Back Spasms Causes and Treatment',
    about: 'ice then moist heat, combined treatment, prevention',
  },
  'article:003': {
    title: 'Muscle Spasms in Lower Back',
    about: 'symptoms, causes, what a doctor may prescribe',
  },
  'article:004': {
    title: 'Muscle spasms in lower back',
    about: 'causes, symptoms, prevention, treatment',
  },
  'nice:ng59': {
    title: 'NICE guideline NG59',
    fullName: 'Low back pain and sciatica in over 16s: assessment and management',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    year: 2016,
    link: 'https://www.nice.org.uk/guidance/ng59',
    about: 'assessment, warning signs, self-care, medicines',
  },
  'nice:cks-back-pain': {
    title: 'NICE CKS: Back pain - low (without radiculopathy)',
    fullName: 'NICE Clinical Knowledge Summaries: Back pain - low (without radiculopathy)',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    about: 'red flags: spinal infection, fracture with osteoporosis or steroids, thoracic pain',
  },
  'bass:cauda-equina': {
    title: 'Standards of care for investigation and management of cauda equina syndrome',
    publisher: 'British Association of Spine Surgeons (BASS)',
    about: 'signs of cauda equina syndrome and how urgently to act',
  },
  'acp:2017': {
    title: 'ACP guideline on noninvasive treatments for low back pain',
    fullName:
      'Noninvasive Treatments for Acute, Subacute, and Chronic Low Back Pain: A Clinical Practice Guideline From the American College of Physicians (Qaseem et al.)',
    publisher: 'American College of Physicians, in Annals of Internal Medicine',
    year: 2017,
    about: 'heat, massage, medicines for acute low back pain',
  },
  'costa:2012': {
    title: 'The prognosis of acute and persistent low-back pain: a meta-analysis (Costa et al.)',
    publisher: 'Canadian Medical Association Journal (CMAJ)',
    year: 2012,
    about: 'how pain usually eases over the first weeks (33 cohorts)',
  },
  'henschke:2008': {
    title:
      'Prognosis in patients with recent onset low back pain in Australian primary care (Henschke et al.)',
    publisher: 'BMJ',
    year: 2008,
    about: 'how many recover and how fast',
  },
  'nhs:pregnancy-back-pain': {
    title: 'Back pain in pregnancy',
    publisher: 'NHS (UK National Health Service)',
    about: 'lying on the side, when to call the midwife or maternity unit',
  },
  'mhra:aspirin-children': {
    title: 'Aspirin is not for children under 16',
    publisher: 'UK Medicines and Healthcare products Regulatory Agency (MHRA)',
    about: 'aspirin and children',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
export const articleIds = [
  'article:000',
  'article:001',
  'article:002',
  'article:003',
  'article:004',
] as const;
export type ArticleId = (typeof articleIds)[number];

export function isArticle(id: string): id is ArticleId {
  return (articleIds as readonly string[]).includes(id);
}
