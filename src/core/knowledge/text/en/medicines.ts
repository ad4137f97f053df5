import type { SectionOf } from '../catalogue.ts';

export const enMedicines: SectionOf<'medicines'> = {
  items: {
    ibuprofen: {
      name: 'Ibuprofen',
      text: 'An anti-inflammatory painkiller that can ease the pain for a short while. Tell the pharmacist first if you are 65 or over, take steroid tablets or blood thinners, or have had a stomach ulcer, kidney or heart problems or asthma.',
    },
    aspirin: {
      name: 'Aspirin',
      text: 'Not a painkiller for back pain: no guideline recommends it for this. Never give it to anyone under 16 unless a doctor prescribes it.',
    },
    muscle_relaxant: {
      name: 'Muscle relaxants',
      text: 'Only from a doctor. The NICE guideline (NG59) does not recommend them routinely for back pain; a doctor may offer a short course at most. They often cause drowsiness: do not drive while they make you drowsy.',
    },
    strong_painkiller: {
      name: 'Stronger painkillers',
      text: 'A doctor may prescribe a stronger painkiller when pharmacy medicines are not enough.',
    },
  },
  pharmacistQuestions: [
    'Have you ever had a stomach ulcer or bleeding from the stomach?',
    'Do you have kidney disease, heart disease or high blood pressure?',
    'Are you 65 or over?',
    'Do you take steroid tablets, a blood thinner, or any other regular medicine?',
    'Do you have asthma?',
    'Are you pregnant, trying to be, or breastfeeding?',
  ],
};
