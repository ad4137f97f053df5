import type { SectionOf } from '../catalogue.ts';

/** What Progress says when the course calls for it (the "see a doctor" prompt speaks in its rules' words). */
export const esPrompts: SectionOf<'prompts'> = {
  getting_worse:
    'Usted dijo que su espalda está empeorando. Llame ahora al número de emergencias si una pierna se debilita cada vez más, si tiene afectadas las dos piernas, o si nota algún cambio al orinar, al evacuar o en la sensibilidad entre las piernas. Vea a un médico hoy si se le debilita una pierna o un pie, o si le da fiebre. Si no, pida una cita con un médico o un fisioterapeuta en los próximos días.',
  off_course:
    'Su dolor está mejorando más despacio que en la mayoría de las personas. Esto es común y por lo general igual se calma, pero un médico o un fisioterapeuta puede ayudarle a mejorar.',
  keep_moving:
    'Después de dos semanas, los músculos de la espalda que no se usan empiezan a debilitarse, y eso puede hacer que el dolor siga. Ayudan el movimiento suave y regular y los ejercicios.',
};
