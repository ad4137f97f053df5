import type { SourceId } from './sources.ts';

export interface Medicine {
  id: string;
  name: string;
  /** `pharmacy`: ask a pharmacist; `prescription`: only from a doctor. */
  access: 'pharmacy' | 'prescription';
  text: string;
  sources: readonly SourceId[];
}

/**
 * What the sources name. Doses are deliberately absent: the label and the pharmacist give them.
 * Spinal (steroid) injections are left out: NICE NG59 advises against them for low back pain.
 */
export const medicines = [
  {
    id: 'ibuprofen',
    name: 'Ibuprofen',
    access: 'pharmacy',
    text: 'An anti-inflammatory painkiller that can ease pain and swelling for a short while.',
    sources: ['article:002', 'article:004', 'nice:ng59'],
  },
  {
    id: 'aspirin',
    name: 'Aspirin',
    access: 'pharmacy',
    text: 'An anti-inflammatory painkiller. Not for anyone under 16 unless a doctor prescribes it.',
    sources: ['article:002', 'mhra:aspirin-children'],
  },
  {
    id: 'muscle_relaxant',
    name: 'Muscle relaxants',
    access: 'prescription',
    text: 'A doctor may prescribe one for a short time to stop the spasms.',
    sources: ['article:001', 'article:003'],
  },
  {
    id: 'strong_painkiller',
    name: 'Stronger painkillers',
    access: 'prescription',
    text: 'A doctor may prescribe a stronger painkiller when pharmacy medicines are not enough.',
    sources: ['article:003'],
  },
] as const satisfies readonly Medicine[];

/** What to tell the pharmacist before buying a painkiller. */
export const pharmacistQuestions: readonly string[] = [
  'Have you ever had a stomach ulcer or bleeding from the stomach?',
  'Do you have kidney disease, heart disease or high blood pressure?',
  'Do you take a blood thinner, or any other regular medicine?',
  'Do you have asthma?',
  'Are you pregnant, trying to be, or breastfeeding?',
];
