import type { SectionOf } from '../catalogue.ts';

export const esQuestions: SectionOf<'questions'> = {
  stages: {
    emergency: 'Señales de alarma',
    urgent: 'Señales para ver a un médico hoy',
    about: 'Sobre usted y este episodio',
    soon: 'Señales para ver a un médico pronto',
    tailor: 'Adaptar mi plan',
  },
  // A group's hint explains the question; how to choose (tap, or type numbers) is each face's own words.
  asked: {
    urgent_signs: { text: '¿Le pasa alguna de estas cosas?' },
    bone_risks: {
      text: '¿Le pasa alguna de estas dos cosas?',
      hint: 'Las dos pueden volver frágiles los huesos, así que hasta un esfuerzo pequeño o agacharse puede ser importante.',
    },
    onset: {
      text: '¿Cuándo empezó este dolor o espasmo?',
      hint: 'El día en que empezó, aunque al principio fuera leve.',
    },
    how_started: {
      text: '¿Cómo empezó este dolor?',
      hint: 'Si empezó sin una causa clara, no elija ninguna de estas opciones.',
    },
    trend: { text: 'Desde que empezó, ¿el dolor está mejorando, sigue igual o está empeorando?' },
    painNow: {
      text: '¿Cuánto le duele en este momento?',
      hint: '0 es nada de dolor y 10 es el peor dolor que se pueda imaginar.',
    },
    soon_signs: { text: '¿Le pasa alguna de estas cosas?' },
    tailor: {
      text: '¿Algo más sobre cómo empezó o cómo se siente?',
      hint: 'Opcional. Su plan agrega consejos para cada opción que elija.',
    },
    age: { text: '¿Qué edad tiene?', hint: 'En años cumplidos.' },
    new_signs: {
      text: 'Desde su último control, ¿ha empezado alguna de estas cosas?',
      hint: 'Solo lo que sea nuevo desde entonces. Si no lo sabe con certeza, eso también cuenta: elija “No sé”.',
    },
  },
};
