import type { SectionOf } from '../catalogue.ts';

export const esMedicines: SectionOf<'medicines'> = {
  items: {
    ibuprofen: {
      name: 'Ibuprofeno',
      text: 'Un analgésico antiinflamatorio que puede aliviar el dolor por un tiempo corto. Antes de tomarlo, hable con el farmacéutico si tiene 65 años o más, o si toma pastillas de corticoides o anticoagulantes. Hable con él también si ha tenido una úlcera en el estómago, problemas de riñón o de corazón, o asma.',
    },
    aspirin: {
      name: 'Aspirina',
      text: 'No es un analgésico para el dolor de espalda: ninguna guía la recomienda para esto. Nunca se la dé a menores de 16 años, salvo que un médico la recete.',
    },
    muscle_relaxant: {
      name: 'Relajantes musculares',
      text: 'Solo los puede recetar un médico. La guía NICE (NG59) no los recomienda de rutina para el dolor de espalda; como mucho, un médico puede ofrecer un tratamiento corto. Suelen dar sueño: no maneje mientras le den sueño.',
    },
    strong_painkiller: {
      name: 'Analgésicos más fuertes',
      text: 'Un médico puede recetar un analgésico más fuerte cuando los medicamentos sin receta no bastan.',
    },
  },
  pharmacistQuestions: [
    '¿Ha tenido alguna vez una úlcera en el estómago o sangrado del estómago?',
    '¿Tiene alguna enfermedad de los riñones, del corazón o presión alta?',
    '¿Tiene 65 años o más?',
    '¿Toma pastillas de corticoides, un anticoagulante u otro medicamento de forma habitual?',
    '¿Tiene asma?',
    '¿Está embarazada, buscando un embarazo o dando pecho?',
  ],
};
