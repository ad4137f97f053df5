import type { FindingCode } from '../../findings.ts';
import type { SectionOf } from '../catalogue.ts';
import { listOf } from '../intl.ts';
import { esFindings } from './findings.ts';

/**
 * The signs as quoted labels, «a», «b» y «c», quoted so each label keeps its own capital letter; more than three
 * read as a list, item by item («a»; «b»; «c»; «d»), as the English does, not as one long sentence.
 */
const named = (codes: readonly FindingCode[]) => {
  const quoted = codes.map((c) => `«${esFindings[c].label}»`);
  return quoted.length > 3 ? quoted.join('; ') : listOf(quoted, 'es');
};

/** How to check each sign now, one after the other. */
const checksOf = (codes: readonly FindingCode[]) =>
  codes.map((c) => esFindings[c].howToCheck ?? '').join(' ');

/** Whole sentences for one sign and for several, so nothing is glued from fragments. */
function unsureMessage(
  codes: readonly FindingCode[],
  one: (sign: string, checks: string) => string,
  many: (signs: string, checks: string) => string,
): string {
  return codes.length === 1 ? one(named(codes), checksOf(codes)) : many(named(codes), checksOf(codes));
}

/** Why each rule matters, in plain words, addressed to the person; the "not sure" rules name the signs. */
export const esRules: SectionOf<'rules'> = {
  saddle_numbness:
    'Un entumecimiento nuevo alrededor de los genitales, el ano o la parte interna de los muslos puede significar que los nervios de la base de la columna están apretados (síndrome de cauda equina). Esto necesita atención de emergencia ahora.',
  bladder_dysfunction_new:
    'Un cambio nuevo en cómo funciona su vejiga puede significar que los nervios de la base de la columna están apretados. Esto necesita atención de emergencia ahora.',
  bowel_incontinence_new:
    'Una pérdida nueva del control del intestino puede significar que los nervios de la base de la columna están apretados. Esto necesita atención de emergencia ahora.',
  sexual_dysfunction_new:
    'Una pérdida nueva de la sensibilidad en los genitales o de la función sexual puede significar que los nervios de la base de la columna están apretados. Esto necesita atención de emergencia ahora.',
  leg_weakness_progressive:
    'Una debilidad en una pierna que va empeorando significa que un nervio está cada vez más presionado. Esto necesita atención de emergencia ahora.',
  leg_symptoms_both_sides:
    'Dolor, entumecimiento o debilidad nuevos en las dos piernas pueden significar que varios nervios están presionados a la vez. Esto necesita atención de emergencia ahora.',
  major_trauma:
    'Si el dolor de espalda empezó con una lesión grave, antes que nada hay que descartar un hueso roto. Busque atención de emergencia ahora y no se mueva.',
  sudden_tearing_pain:
    'Un dolor repentino y muy fuerte, como un desgarro, distinto a cualquier otro, puede venir de un vaso sanguíneo y no de los músculos de la espalda. Llame ahora al número de emergencias.',
  fever:
    'El dolor de espalda con fiebre o con escalofríos y temblores puede ser señal de una infección. Consulte hoy a un médico.',
  history_of_cancer:
    'Si ha tenido cáncer, un médico debe revisar hoy un dolor de espalda nuevo, para descartar que el cáncer se haya extendido a la columna.',
  iv_drug_use:
    'Inyectarse drogas aumenta el riesgo de una infección en la columna. Consulte hoy a un médico.',
  immunosuppressed:
    'Con las defensas bajas (sistema inmunitario débil), el dolor de espalda puede ocultar una infección. Consulte hoy a un médico.',
  leg_weakness:
    'Una debilidad nueva en una pierna o un pie significa que un nervio puede estar presionado. Un médico debe examinarle hoy.',
  pain_uncontrolled:
    'Un dolor que no se alivia con nada no es típico de un simple espasmo muscular. Consulte hoy a un médico.',
  possible_spinal_infection:
    'Tener fiebre y, además, haberse inyectado drogas, tener las defensas bajas o una operación reciente de la columna puede significar una infección en la columna. Vaya ahora a un servicio de urgencias, o llame al número de emergencias.',
  recent_spinal_surgery:
    'Un dolor de espalda nuevo o diferente en los tres meses después de una operación de la columna se debe revisar hoy, con su equipo de cirugía o con un médico.',
  possible_fracture:
    'Con los huesos frágiles o con pastillas de corticoides por mucho tiempo, una caída, un golpe, levantar algo, girar el cuerpo, agacharse o un movimiento brusco pueden fisurar un hueso de la columna. Lo mismo puede pasar con una caída o un golpe a los 70 años o más. Un médico debe revisarle hoy.',
  fragile_bones:
    'Los huesos frágiles o los meses de pastillas de corticoides hacen más probable una pequeña fractura en la columna, incluso sin una lesión clara. Pida una cita con un médico en los próximos días.',
  thoracic_pain:
    'Cuando el dolor está sobre todo en la parte alta o media de la espalda, es menos a menudo un simple espasmo muscular que cuando está en la parte baja. Pida una cita con un médico en los próximos días.',
  unsure_emergency_sign: ({ signs }) =>
    unsureMessage(
      signs,
      (sign, checks) =>
        `Usted tuvo dudas sobre esta señal: ${sign}. Esta señal puede significar que los nervios de la base de la columna están apretados, o que hay otra causa grave. Por eso, debe consultar hoy a un médico, aunque por lo demás se sienta bien. Cómo revisarla ahora: ${checks} Si tiene esta señal, o si aparece más tarde, llame ahora al número de emergencias o vaya a un servicio de urgencias.`,
      (signs, checks) =>
        `Usted tuvo dudas sobre estas señales: ${signs}. Cada una de ellas puede significar que los nervios de la base de la columna están apretados, o que hay otra causa grave. Por eso, debe consultar hoy a un médico, aunque por lo demás se sienta bien. Cómo revisarlas ahora: ${checks} Si tiene alguna de ellas, o si aparece más tarde, llame ahora al número de emergencias o vaya a un servicio de urgencias.`,
    ),
  unsure_urgent_sign: ({ signs }) =>
    unsureMessage(
      signs,
      (sign, checks) =>
        `Usted tuvo dudas sobre esta señal: ${sign}. Esta señal cambia lo que podría estar causando el dolor de espalda. Por eso, pida una cita con un médico en los próximos días y dígale que tuvo dudas. Cómo revisarla ahora: ${checks} Si tiene esta señal, consulte hoy a un médico. Si aparece una señal de alarma, como entumecimiento entre las piernas o un problema nuevo con la vejiga, llame ahora al número de emergencias.`,
      (signs, checks) =>
        `Usted tuvo dudas sobre estas señales: ${signs}. Cada una de ellas cambia lo que podría estar causando el dolor de espalda. Por eso, pida una cita con un médico en los próximos días y dígale que tuvo dudas. Cómo revisarlas ahora: ${checks} Si tiene alguna de ellas, consulte hoy a un médico. Si aparece una señal de alarma, como entumecimiento entre las piernas o un problema nuevo con la vejiga, llame ahora al número de emergencias.`,
    ),
  pain_radiates_below_knee:
    'Un dolor que baja como una descarga más abajo de la rodilla indica un nervio irritado (ciática), y no solo un problema del músculo. Pida una cita con un médico o un fisioterapeuta en los próximos días.',
  leg_numbness_or_tingling:
    'El entumecimiento o el hormigueo en una pierna hace pensar que hay un nervio afectado. Pida una cita con un médico o un fisioterapeuta en los próximos días.',
  unexplained_weight_loss:
    'Si baja de peso sin proponérselo y además tiene dolor de espalda, hay que estudiar la causa. Pida una cita con un médico en los próximos días.',
  night_pain_unrelieved:
    'Un dolor constante por la noche, que no se alivia en ninguna posición, es raro en un espasmo muscular. Pida una cita con un médico en los próximos días.',
  morning_stiffness_long:
    'Una rigidez larga por la mañana que mejora con el movimiento, en una persona menor de 45 años, puede deberse a una enfermedad inflamatoria de la espalda. Pida una cita con un médico en los próximos días.',
  pregnant:
    'En el embarazo, el dolor de espalda es frecuente, pero algunos medicamentos no son seguros. Hable con su partera, su médico o su farmacéutico antes de tomar cualquier cosa, y pida una cita de revisión en los próximos días.',
  first_episode:
    'Si es la primera vez en su vida que tiene dolor de espalda, y tiene menos de 20 años o 55 años o más, vale la pena consultar a un médico, porque a esas edades otras causas son más comunes.',
  medication_side_effect_suspected:
    'Los espasmos pueden ser un efecto secundario de algunos medicamentos. Hable en los próximos días con el médico o el farmacéutico que se lo recetó. No deje por su cuenta un medicamento recetado.',
  child_back_pain:
    'Si un niño o una niña menor de 16 años tiene dolor de espalda, un médico debe verlo en los próximos días.',
  persisting_one_week:
    'El dolor lleva una semana o más y no se ha calmado. La mayoría de las personas mejora mucho en pocas semanas, pero un médico o un fisioterapeuta debe revisarlo ahora.',
  no_improvement_48h:
    'Ya pasaron dos días o más desde que empezó, y el dolor no mejora. Es el momento de pedir una cita con un médico o un fisioterapeuta, en lugar de esperar.',
};
