import type { SourceId } from './sources.ts';

export interface Medicine {
  id: string;
  /**
   * `pharmacy`: ask a pharmacist; `prescription`: only from a doctor; `not_for_back_pain`: sold in pharmacies,
   * but no guideline uses it for back pain (named only to say so).
   */
  access: 'pharmacy' | 'prescription' | 'not_for_back_pain';
  sources: readonly SourceId[];
}

/**
 * What the sources name. Doses are deliberately absent: the label and the pharmacist give them.
 * Spinal (steroid) injections are left out: NICE NG59 advises against them for low back pain.
 */
export const medicines = [
  { id: 'ibuprofen', access: 'pharmacy', sources: ['article:002', 'article:004', 'nice:ng59'] },
  { id: 'aspirin', access: 'not_for_back_pain', sources: ['article:002', 'mhra:aspirin-children'] },
  { id: 'muscle_relaxant', access: 'prescription', sources: ['article:001', 'article:003'] },
  { id: 'strong_painkiller', access: 'prescription', sources: ['article:003'] },
] as const satisfies readonly Medicine[];

export type KnownMedicine = (typeof medicines)[number];
export type MedicineId = KnownMedicine['id'];

/**
 * The medicines a diary entry offers to tick: those the plan names for back pain, from a pharmacy or a doctor.
 * Aspirin is left out (not a painkiller for back pain); anything else is typed in the person's own words.
 */
export const diaryMedicines: readonly MedicineId[] = medicines.flatMap((m) =>
  m.access === 'not_for_back_pain' ? [] : [m.id],
);
