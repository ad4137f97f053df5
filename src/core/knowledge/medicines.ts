import type { SourceId } from './sources.ts';

export interface Medicine {
  id: string;
  /** `pharmacy`: ask a pharmacist; `prescription`: only from a doctor. */
  access: 'pharmacy' | 'prescription';
  sources: readonly SourceId[];
}

/**
 * What the sources name. Doses are deliberately absent: the label and the pharmacist give them.
 * Spinal (steroid) injections are left out: NICE NG59 advises against them for low back pain.
 */
export const medicines = [
  { id: 'ibuprofen', access: 'pharmacy', sources: ['article:002', 'article:004', 'nice:ng59'] },
  { id: 'aspirin', access: 'pharmacy', sources: ['article:002', 'mhra:aspirin-children'] },
  { id: 'muscle_relaxant', access: 'prescription', sources: ['article:001', 'article:003'] },
  { id: 'strong_painkiller', access: 'prescription', sources: ['article:003'] },
] as const satisfies readonly Medicine[];

export type KnownMedicine = (typeof medicines)[number];
export type MedicineId = KnownMedicine['id'];
