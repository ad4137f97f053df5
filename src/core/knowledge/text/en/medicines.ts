import type { SectionOf } from '../catalogue.ts';

export const enMedicines: SectionOf<'medicines'> = {
  items: {
    ibuprofen: {
      name: 'Ibuprofen',
      text: 'An anti-inflammatory painkiller that can ease pain and swelling for a short while.',
    },
    aspirin: {
      name: 'Aspirin',
      text: 'An anti-inflammatory painkiller. Not for anyone under 16 unless a doctor prescribes it.',
    },
    muscle_relaxant: {
      name: 'Muscle relaxants',
      text: 'A doctor may prescribe one for a short time to stop the spasms.',
    },
    strong_painkiller: {
      name: 'Stronger painkillers',
      text: 'A doctor may prescribe a stronger painkiller when pharmacy medicines are not enough.',
    },
  },
  pharmacistQuestions: [
    'Have you ever had a stomach ulcer or bleeding from the stomach?',
    'Do you have kidney disease, heart disease or high blood pressure?',
    'Do you take a blood thinner, or any other regular medicine?',
    'Do you have asthma?',
    'Are you pregnant, trying to be, or breastfeeding?',
  ],
};
