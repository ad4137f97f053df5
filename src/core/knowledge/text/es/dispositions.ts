import type { DispositionWords, SectionOf } from '../catalogue.ts';
import { emergencySignWords } from './findings.ts';

/** The safety net every non-emergency result ends with: the emergency signs by name, and what to do. */
const callIf = `Si aparece alguna de estas señales, llame ahora al número de emergencias: ${emergencySignWords.join('; ')}.`;

const tellCommon = [
  'Cuándo empezó el dolor y qué estaba haciendo',
  'Cuáles señales de alarma tiene, cuándo empezó cada una, y sobre cuáles tuvo dudas',
  'Los medicamentos que toma y lo que ha probado para el dolor',
];

export const esDispositions: SectionOf<'dispositions'> = {
  emergency: {
    title: 'Busque atención de emergencia ahora',
    when: 'Ahora. No espere a ver si se le pasa.',
    whom: 'Llame al número de emergencias o vaya al servicio de urgencias más cercano. No maneje usted.',
    tell: ['Que tiene dolor de espalda con una señal de alarma, y diga cuál es', ...tellCommon],
    meanwhile:
      'Deje el autocuidado para después de que le atienda un profesional de salud. Si el dolor empezó con una lesión, no se mueva.',
  },
  urgent: {
    title: 'Consulte hoy a un médico',
    when: 'Hoy, en las próximas horas.',
    whom: 'Llame al consultorio de su médico y pida una cita urgente para hoy, o use un servicio de atención urgente o una línea de atención fuera de horario.',
    tell: tellCommon,
    meanwhile:
      'Mientras espera la consulta, alivie el dolor con lo que se indica abajo; deje los ejercicios hasta que un médico diga que son seguros.',
    safetyNet: callIf,
  },
  gp_soon: {
    title: 'Pida pronto cita con un médico o fisioterapeuta',
    when: 'En los próximos días (antes de una semana).',
    whom: 'Pida una cita con su médico o con un fisioterapeuta.',
    tell: tellCommon,
    meanwhile: 'Mientras espera, siga con el plan de cuidados de abajo.',
    safetyNet: callIf,
  },
  self_care: {
    title: 'Puede cuidarse por su cuenta',
    when: 'Nada de lo que nos dijo necesita un médico ahora.',
    whom: 'Siga el plan de cuidados. Un farmacéutico puede ayudarle con los medicamentos.',
    tell: tellCommon,
    meanwhile:
      'Revise cómo va a las 48 horas y a la semana, y consulte a un médico si para entonces no está mejorando.',
    safetyNet: callIf,
  },
} satisfies Record<string, DispositionWords>;
