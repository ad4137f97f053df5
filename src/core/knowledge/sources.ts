/** Every source a knowledge item may cite. Articles live in ../shared/articles/NNN_*.txt. */
export const sources = {
  'article:000':
    'What causes muscle spasms and how to treat them (strain, rest, ice or heat, staying active)',
  'article:001': 'Low back muscle spasm (when to see a doctor, causes, massage, ice)',
  'article:002': 'Back spasms: causes and treatment (ice then moist heat, combined treatment, prevention)',
  'article:003': 'Muscle spasms in the lower back (symptoms, causes, what a doctor may prescribe)',
  'article:004': 'Muscle spasms in the lower back (causes, symptoms, prevention, treatment)',
  'nice:ng59': 'NICE guideline NG59: Low back pain and sciatica in over 16s (2016, updated 2020)',
  'bass:cauda-equina':
    'British Association of Spine Surgeons: standards of care for suspected cauda equina syndrome',
  'acp:2017':
    'Qaseem et al., Annals of Internal Medicine 2017: ACP guideline on noninvasive treatments for low back pain',
  'costa:2012': 'Costa et al., CMAJ 2012: the prognosis of acute and persistent low-back pain (33 cohorts)',
  'henschke:2008': 'Henschke et al., BMJ 2008: prognosis in patients with recent onset low back pain',
  'nhs:pregnancy-back-pain':
    'NHS: back pain in pregnancy (lying on the side, when to call the midwife or maternity unit)',
  'mhra:aspirin-children':
    'UK Medicines and Healthcare products Regulatory Agency: aspirin not for children under 16',
} as const;

export type SourceId = keyof typeof sources;
export const articleIds = [
  'article:000',
  'article:001',
  'article:002',
  'article:003',
  'article:004',
] as const;
