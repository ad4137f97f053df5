import { emergencySigns, urgentSigns } from '../../findings.ts';
import type { SectionOf } from '../catalogue.ts';

/** Each finding in words: a clinician's label, the question, and how it reads in a list. */
export const esFindings: SectionOf<'findings'> = {
  saddle_numbness: {
    label: 'Entumecimiento nuevo entre las piernas (zona de silla de montar)',
    question:
      '¿Tiene entumecimiento u hormigueo nuevo alrededor de los genitales, el ano, las nalgas o la parte interna de los muslos?',
    hint: 'Es la zona que tocaría una silla de montar al andar a caballo.',
    howToCheck:
      'Piense en la última vez que se limpió después de ir al baño: ¿sintió la piel alrededor del ano y de los genitales como siempre, o la sintió dormida o rara? Ahora toque suavemente con un dedo o un pañuelo de papel la piel de las nalgas y de la parte interna de los muslos: ¿la siente igual en los dos lados, e igual que en el resto del cuerpo?',
    choice:
      'entumecimiento u hormigueo nuevo entre las piernas: en los genitales, el ano, las nalgas o la parte interna de los muslos (la zona que tocaría una silla de montar)',
  },
  bladder_dysfunction_new: {
    label: 'Problema nuevo con la vejiga',
    question:
      'Desde que empezó esto, ¿le ha costado empezar o detener la orina, ha dejado de sentir que la vejiga se llena, o se ha orinado encima sin querer?',
    howToCheck:
      'Piense en la última vez que orinó. ¿Sintió que tenía la vejiga llena? ¿Pudo empezar y detener la orina como siempre? ¿Salió toda? Si lleva mucho más tiempo de lo normal sin orinar, o lo sintió diferente, eso cuenta como un problema.',
    choice:
      'problema nuevo para empezar o detener la orina, no sentir que la vejiga se llena, u orinarse encima sin querer',
  },
  bowel_incontinence_new: {
    label: 'Pérdida nueva del control del intestino',
    question: 'Desde que empezó esto, ¿ha perdido el control del intestino (de las evacuaciones)?',
    howToCheck:
      'Piense en la última vez que evacuó (hizo del baño): ¿sintió que venían las ganas y pudo aguantarse como siempre? Cuenta cualquier escape que no sintió o que no pudo detener.',
    choice: 'pérdida nueva del control del intestino (de las evacuaciones)',
  },
  sexual_dysfunction_new: {
    label: 'Pérdida nueva de sensibilidad en los genitales o de la función sexual',
    question:
      'Desde que empezó esto, ¿ha perdido la sensibilidad en los genitales, o la función sexual (por ejemplo, las erecciones, o lo que siente durante las relaciones sexuales)?',
    hint: 'Hablamos de una pérdida nueva de sensibilidad o de función, no de dolor durante las relaciones sexuales.',
    howToCheck:
      'Toque suavemente la piel de los genitales: ¿la siente como siempre, igual en los dos lados? Si la siente dormida o con menos sensibilidad, y eso es nuevo, cuenta.',
    choice: 'pérdida nueva de la sensibilidad en los genitales o de la función sexual',
  },
  leg_weakness_progressive: {
    label: 'Debilidad en una pierna que va empeorando',
    question:
      '¿Tiene debilidad en una pierna o un pie que va empeorando? Por ejemplo, se tropieza más, o la punta de un pie se arrastra o cae de golpe contra el suelo.',
    howToCheck:
      'Sujétese de algo firme e intente pararse solo sobre los talones, y luego solo sobre las puntas de los pies. Si un pie no puede, o está más débil que hace una hora o un día, eso cuenta como que está empeorando.',
    choice: 'debilidad en una pierna o un pie que va empeorando',
  },
  leg_symptoms_both_sides: {
    label: 'Síntomas nuevos de tipo ciática en las dos piernas',
    question:
      'Desde que empezó esto, ¿ha tenido en las dos piernas dolor nuevo que baja como una descarga, o entumecimiento, hormigueo o debilidad nuevos?',
    hint: 'Puede sentirse distinto en cada pierna, por ejemplo, dolor en una y entumecimiento en la otra. No cuenta un problema de hace tiempo que usted ya conoce, como los pies dormidos por la diabetes.',
    howToCheck:
      'Fíjese en cada pierna por turno, desde la nalga hasta el pie: ¿hay dolor que baja como una descarga, entumecimiento, hormigueo o debilidad nuevos en la izquierda, y también en la derecha?',
    choice: 'dolor que baja como una descarga, entumecimiento o debilidad nuevos en las dos piernas',
  },
  major_trauma: {
    label: 'Empezó con una lesión grave',
    question:
      '¿El dolor empezó con una lesión grave, como una caída desde una altura o un accidente de tránsito?',
    howToCheck:
      'Piense en cómo empezó el dolor: cuenta una caída desde un lugar alto (no solo caerse desde donde estaba de pie), un choque de tránsito o un golpe fuerte. No cuenta solo levantar algo o girar el cuerpo.',
    choice:
      'dolor de espalda después de una lesión grave, como una caída desde una altura o un choque de tránsito',
  },
  sudden_tearing_pain: {
    label: 'Dolor repentino y muy fuerte, como un desgarro',
    question:
      '¿Le empezó de repente un dolor muy fuerte, distinto a cualquier dolor que haya tenido antes, que se siente como si algo se rasgara o desgarrara?',
    hint: 'A menudo atraviesa hacia el abdomen o el pecho. Un espasmo apretado, como un calambre, que se extiende hacia el abdomen no es esto.',
    howToCheck:
      'Pregúntese si este dolor es un espasmo apretado, sordo o como un calambre, o si es un dolor repentino, como un desgarro, peor que cualquier otro, que quizá atraviesa hacia el abdomen o el pecho.',
    choice:
      'un dolor repentino y muy fuerte, como un desgarro, distinto a cualquier otro, que a menudo atraviesa hacia el abdomen o el pecho',
  },
  fever: {
    label: 'Fiebre',
    question: '¿Tiene una temperatura de 38 °C o más, o escalofríos con temblores y sudores?',
    howToCheck: 'Tómese la temperatura con un termómetro, si tiene uno.',
    choice: 'Temperatura de 38 °C o más, o escalofríos con temblores y sudores',
  },
  history_of_cancer: {
    label: 'Antecedente de cáncer',
    question:
      '¿Ha tenido cáncer alguna vez, sin contar un cáncer de piel simple, como el carcinoma basocelular?',
    howToCheck:
      'Piense si alguna vez un médico le dio tratamiento por un cáncer, aunque haya sido hace mucho. No cuenta un cáncer de piel simple que solo se cortó o se quitó con frío.',
    choice: 'Ha tenido cáncer alguna vez, sin contar un cáncer de piel simple',
  },
  iv_drug_use: {
    label: 'Se inyecta drogas',
    question: '¿Se inyecta drogas ahora, o lo ha hecho en el último año?',
    hint: 'Se lo preguntamos porque cambia el riesgo de una infección. Su respuesta se queda en este dispositivo.',
    howToCheck: 'Piense si se ha inyectado drogas en el último año.',
    choice: 'Se inyecta drogas ahora, o lo hizo en el último año',
  },
  immunosuppressed: {
    label: 'Sistema inmunitario debilitado',
    question:
      '¿Tiene las defensas bajas (el sistema inmunitario débil) por una enfermedad o por un medicamento?',
    hint: 'Por ejemplo, quimioterapia, VIH, medicamentos que se toman después de un trasplante, o pastillas de corticoides tomadas durante meses: las pastillas de corticoides bajan las defensas.',
    howToCheck:
      'Pregúntele a su farmacéutico o a su médico si algún medicamento que toma le baja las defensas; las pastillas de corticoides tomadas durante meses sí las bajan.',
    choice:
      'Defensas bajas (sistema inmunitario débil), por ejemplo, por quimioterapia, VIH, medicamentos para un trasplante, o pastillas de corticoides durante meses',
  },
  leg_weakness: {
    label: 'Debilidad nueva en una pierna',
    question:
      '¿Tiene debilidad nueva en una pierna o un pie? Por ejemplo, se tropieza, o la punta del pie se arrastra o cae de golpe contra el suelo al caminar.',
    howToCheck:
      'Sujétese de algo firme e intente pararse solo sobre los talones, y luego solo sobre las puntas de los pies. Compare un pie con el otro.',
    choice:
      'Debilidad nueva en una pierna o un pie, por ejemplo, se tropieza, o la punta del pie se arrastra o cae de golpe contra el suelo',
  },
  pain_uncontrolled: {
    label: 'Dolor que no se alivia con nada',
    question:
      '¿El dolor sigue igual de fuerte haga lo que haga? Es decir, descansar, cambiar de posición y los analgésicos de farmacia no cambian nada.',
    howToCheck:
      'Fíjese si acostarse, cambiar de posición o un analgésico de farmacia le alivia el dolor, aunque sea un poco.',
    choice:
      'Dolor que sigue igual de fuerte haga lo que haga: descansar, cambiar de posición y los analgésicos de farmacia no cambian nada',
  },
  minor_trauma: {
    label: 'Empezó con una caída, un tropiezo o un golpe',
    question: '¿El dolor empezó después de una caída, un tropiezo o un golpe, aunque haya sido pequeño?',
    choice: 'Después de una caída, un tropiezo o un golpe, aunque sea pequeño',
  },
  osteoporosis: {
    label: 'Osteoporosis',
    question: '¿Le han dicho que tiene osteoporosis (huesos frágiles)?',
    howToCheck:
      'Piense si un médico le ha dicho que tiene los huesos frágiles, o si toma un medicamento para fortalecerlos. Si tiene dudas, pregúntele a su farmacéutico o a su médico.',
    choice: 'Le han dicho que tiene osteoporosis (huesos frágiles)',
  },
  long_term_steroids: {
    label: 'Pastillas de corticoides por mucho tiempo',
    question:
      '¿Ha tomado pastillas de corticoides (esteroides), como la prednisolona, durante tres meses o más?',
    hint: 'Las pastillas de corticoides tomadas durante meses vuelven frágiles los huesos y bajan las defensas.',
    howToCheck:
      'Mire los nombres en las cajas de sus medicamentos o en su receta de uso continuo, o pregúntele a su farmacéutico: las pastillas de prednisolona, dexametasona e hidrocortisona son corticoides.',
    choice: 'Pastillas de corticoides (como la prednisolona) durante tres meses o más',
  },
  recent_spinal_surgery: {
    label: 'Operación de la columna en los últimos tres meses',
    question: '¿Ha tenido una operación de la columna en los últimos tres meses?',
    howToCheck: 'Revise la fecha de la operación en la carta del hospital o en los papeles del alta.',
    choice: 'Una operación de la columna en los últimos tres meses',
  },
  pain_radiates_below_knee: {
    label: 'Dolor que baja por una pierna, más abajo de la rodilla',
    question: '¿Siente un dolor que baja como una descarga por una pierna, más abajo de la rodilla?',
    choice: 'Dolor que baja como una descarga por una pierna, más abajo de la rodilla',
  },
  leg_numbness_or_tingling: {
    label: 'Entumecimiento u hormigueo en una pierna',
    question: '¿Tiene entumecimiento u hormigueo en una pierna?',
    choice: 'Entumecimiento u hormigueo en una pierna',
  },
  unexplained_weight_loss: {
    label: 'Pérdida de peso sin causa clara',
    question: '¿Ha estado bajando de peso sin proponérselo?',
    choice: 'Baja de peso sin proponérselo',
  },
  night_pain_unrelieved: {
    label: 'Dolor constante por la noche',
    question: '¿El dolor sigue toda la noche, sin ninguna posición que lo alivie?',
    choice: 'Dolor toda la noche, sin ninguna posición que lo alivie',
  },
  morning_stiffness_long: {
    label: 'Rigidez larga por la mañana',
    question:
      'Desde hace tres meses o más, ¿tiene la espalda rígida más de 30 minutos cada mañana, y se le afloja al moverse?',
    choice:
      'Desde hace tres meses o más, espalda rígida más de 30 minutos cada mañana, que se afloja al moverse',
  },
  pregnant: {
    label: 'Embarazo',
    question: '¿Podría estar embarazada?',
    choice: 'Está embarazada o podría estarlo',
  },
  first_episode: {
    label: 'Primer episodio de dolor de espalda',
    question: '¿Es la primera vez en su vida que tiene dolor de espalda?',
    choice: 'Es la primera vez en su vida que tiene dolor de espalda',
  },
  medication_side_effect_suspected: {
    label: 'Los espasmos empezaron tras un cambio de medicamento',
    question: '¿Los espasmos comenzaron después de empezar o cambiar un medicamento?',
    choice: 'Los espasmos comenzaron después de empezar o cambiar un medicamento',
  },
  thoracic_pain: {
    label: 'Dolor sobre todo en la parte alta o media de la espalda',
    question:
      '¿El dolor está sobre todo en la parte alta o media de la espalda, entre los omóplatos o debajo de ellos?',
    choice:
      'El dolor está sobre todo en la parte alta o media de la espalda, entre los omóplatos o debajo de ellos',
  },
  lifting_trigger: {
    label: 'Empezó al levantar algo',
    question: '¿Empezó mientras levantaba algo?',
    choice: 'Al levantar algo',
  },
  twisting_trigger: {
    label: 'Empezó al girar el cuerpo',
    question: '¿Empezó al girar el cuerpo, o al levantar algo mientras giraba?',
    choice: 'Al girar el cuerpo, o al levantar algo mientras giraba',
  },
  sudden_movement_trigger: {
    label: 'Empezó con un movimiento brusco',
    question: '¿Empezó con un movimiento repentino o brusco?',
    choice: 'Con un movimiento repentino o brusco',
  },
  overuse_trigger: {
    label: 'Empezó al agacharse, o tras una actividad repetida o fuera de lo común',
    question:
      '¿Empezó al agacharse, o después de agacharse, hacer trabajo pesado, hacer deporte o repetir un movimiento más de lo normal?',
    choice: 'Al agacharse, o después de agacharse, hacer trabajo pesado o hacer deporte más de lo normal',
  },
  prolonged_posture_trigger: {
    label: 'Empezó tras mucho tiempo sentado o de pie',
    question:
      '¿Empezó después de estar sentado, de pie o durmiendo en la misma posición durante mucho tiempo?',
    choice: 'Después de estar sentado, de pie o durmiendo en la misma posición durante mucho tiempo',
  },
  dehydration_suspected: {
    label: 'Posible deshidratación',
    question: '¿Ha estado tomando menos líquidos de lo normal, o sudando mucho?',
    choice: 'Después de tomar menos líquidos de lo normal o de sudar mucho',
  },
  localized_pain: {
    label: 'El dolor se queda en la espalda baja',
    question: '¿El dolor se queda en la espalda baja?',
    choice: 'El dolor se queda en la espalda baja',
  },
  tender_to_touch: {
    label: 'Duele al tocar',
    question: '¿Le duele la zona adolorida cuando la presiona?',
    choice: 'La zona adolorida duele al presionarla',
  },
  better_with_rest: {
    label: 'Mejora con el descanso',
    question: '¿Se siente mejor cuando descansa?',
    choice: 'Me siento mejor cuando descanso',
  },
  muscle_twitching: {
    label: 'Sacudidas musculares',
    question: '¿Los músculos de la espalda se le contraen solos o dan sacudidas?',
    choice: 'Los músculos de la espalda se contraen solos o dan sacudidas',
  },
  stiffness: {
    label: 'Espalda rígida y tensa',
    question: '¿Siente la espalda rígida o tensa?',
    choice: 'La espalda se siente rígida o tensa',
  },
  limited_motion: {
    label: 'Le cuesta moverse',
    question: '¿Le cuesta agacharse, girarse o levantarse?',
    choice: 'Cuesta agacharse, girarse o levantarse',
  },
  minor_swelling: {
    label: 'Hinchazón leve',
    question: '¿Hay una hinchazón leve sobre la zona adolorida?',
    choice: 'Hinchazón leve sobre la zona adolorida',
  },
  pain_radiates_to_buttock_or_thigh: {
    label: 'El dolor se extiende a la nalga o al muslo',
    question: '¿El dolor se extiende hacia la nalga o el muslo, pero no más abajo de la rodilla?',
    choice: 'El dolor se extiende hacia una nalga o un muslo, no más abajo de la rodilla',
  },
  recurrent_episode: {
    label: 'Ya ha tenido espasmos de espalda antes',
    question: '¿Ha tenido episodios como este antes?',
    choice: 'He tenido episodios como este antes',
  },
};

/** The emergency signs in plain words, in catalogue order: every safety net names all of them. */
export const emergencySignWords: readonly string[] = emergencySigns.map((c) => esFindings[c].choice);

/** Signs that need a doctor the same day, in plain words: the urgent findings and the fracture risk. */
export const sameDaySignWords: readonly string[] = [
  ...urgentSigns.map((c) => esFindings[c].choice),
  'una caída, un tropiezo o un golpe a los 70 años o más, o bien una caída, un golpe, levantar algo, girar el cuerpo, agacharse o un movimiento brusco si tiene los huesos frágiles (osteoporosis) o después de meses de tomar pastillas de corticoides',
  'fiebre junto con haberse inyectado drogas, tener las defensas bajas o una operación de la columna en los últimos tres meses: llame al número de emergencias',
];
