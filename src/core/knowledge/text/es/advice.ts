import type { SectionOf } from '../catalogue.ts';
import { emergencySignWords, sameDaySignWords } from './findings.ts';

export const esTopics: SectionOf<'topics'> = {
  causes: 'Qué causa un espasmo de espalda',
  symptoms: 'Cómo se siente un espasmo de espalda',
  treatment: 'Cómo aliviarlo: los primeros días',
  medicines: 'Medicamentos',
  complementary: 'Otras cosas que la gente prueba',
  see_doctor: 'Cuándo ver a un médico',
  prevention: 'Cómo evitar el próximo',
  staying_active: 'Por qué importa mantenerse activo',
};

export const esAdvice: SectionOf<'advice'> = {
  cause_strain: {
    title: 'La mayoría de los espasmos empiezan con un músculo forzado',
    text: 'Cuando un músculo o un ligamento de la espalda se estira de más o se desgarra un poco, la zona se inflama y el músculo se contrae con fuerza para protegerse. Esa contracción es el espasmo. Puede doler mucho, aunque la lesión en sí casi siempre es pequeña.',
  },
  cause_triggers: {
    title: 'Lo que suele provocarlo',
    text: 'Un espasmo suele empezar al levantar algo pesado, al levantar algo mientras gira el cuerpo, con un movimiento brusco o repentino, o con una caída. Muchas veces, pequeños esfuerzos se han ido sumando con el tiempo, y el último movimiento es solo la gota que derrama el vaso.',
  },
  cause_overuse_posture: {
    title: 'Uso excesivo, malas posturas y cansancio',
    text: 'Los músculos que trabajan demasiado, o que pasan mucho tiempo en la misma posición al estar sentado, de pie o durmiendo, se cansan y se fuerzan. Las tareas pesadas de la casa, el deporte y agacharse o estirarse mucho para alcanzar cosas son causas comunes.',
  },
  cause_fluids_electrolytes: {
    title: 'Poco líquido o pocos electrolitos',
    text: 'Es más fácil que los músculos den calambres cuando le falta líquido, o cuando bajan minerales como el potasio, por ejemplo después de sudar mucho.',
  },
  cause_imbalance: {
    title: 'Músculos débiles, tensos o desequilibrados',
    text: 'Los músculos de la espalda trabajan en equipo con los del abdomen para mantener recta la columna. Cuando unos están tensos y otros débiles, la columna recibe un esfuerzo desigual, y un movimiento común puede bastar para provocar un espasmo. Tanto la falta de ejercicio como el exceso pueden influir.',
  },
  cause_disc_joint: {
    title: 'A veces hay un disco o una articulación afectados',
    text: 'Un disco gastado o abultado, o una articulación irritada en la parte baja de la columna, puede presionar un nervio. Entonces los músculos de alrededor se contraen para impedir el movimiento. En estos casos el dolor también puede bajar por una pierna.',
  },
  cause_medicines: {
    title: 'Algunos medicamentos pueden causar espasmos',
    text: 'Los espasmos y los calambres son un efecto secundario conocido de algunos medicamentos. Si los suyos empezaron después de comenzar o cambiar un medicamento, avise a quien se lo recetó o a un farmacéutico.',
  },
  cause_pregnancy_menstruation: {
    title: 'Embarazo y menstruación',
    text: 'Los cambios de hormonas y el bebé que crece hacen que los espasmos de espalda sean comunes en el embarazo. La menstruación también puede provocarlos.',
  },
  cause_common_recurring: {
    title: 'Muy común, y suele volver',
    text: 'Cerca de ocho de cada diez adultos tienen un episodio de dolor de espalda baja en algún momento. Si ya tuvo un espasmo, es probable que tenga otro. Por eso vale la pena el esfuerzo de prevenirlo.',
  },
  symptom_pattern: {
    title: 'Cómo se siente por lo general',
    text: 'Un dolor repentino y agudo en la parte baja de la espalda, con músculos rígidos y tensos que hacen difícil agacharse o girar. Los músculos pueden temblar o dar tirones, y puede haber un poco de hinchazón. El punto adolorido suele doler al presionarlo, y el reposo casi siempre lo alivia.',
  },
  symptom_duration: {
    title: 'Cuánto dura un espasmo',
    text: 'Un solo espasmo puede durar desde unos segundos hasta varias horas. La mayoría de las personas con un nuevo episodio de dolor de espalda mejoran mucho en las primeras semanas, pero la recuperación a menudo tarda más, y algo de dolor puede durar meses.',
  },
  symptom_spread: {
    title: 'Hacia dónde va el dolor',
    text: 'El dolor muscular casi siempre se queda en la espalda baja. Puede extenderse por la espalda o hacia el vientre. Si el dolor baja como una descarga por una pierna, sobre todo por debajo de la rodilla, puede haber un nervio afectado, y vale la pena que lo revise un médico.',
  },
  treat_ice_first: {
    title: 'Frío durante las primeras 48 a 72 horas',
    text: 'Ponga una compresa fría sobre la zona adolorida por 20 minutos y luego quítela. Repita más o menos cada dos horas mientras no esté durmiendo. A muchas personas el frío les calma el dolor por un rato.',
  },
  treat_ice_wrap: {
    title: 'Nunca ponga hielo directo sobre la piel',
    text: 'Siempre envuelva el hielo o la compresa fría en una toalla delgada, o use una funda adecuada. El hielo directo sobre la piel puede quemarla.',
  },
  treat_heat_after: {
    title: 'Calor húmedo después de 72 horas',
    text: 'A partir del cuarto día, cambie a calor húmedo: una toalla tibia y húmeda, una compresa de calor envuelta en un paño, o un baño de tina con agua tibia. El calor puede aliviar el dolor y ayudar a que los músculos tensos se relajen. Haga cada sesión de unos 20 minutos, nunca se duerma sobre una almohadilla térmica y nunca ponga una toalla húmeda sobre una almohadilla eléctrica. En el embarazo, el agua del baño debe estar tibia, no caliente. Si es una persona mayor o le cuesta entrar y salir de la tina, tenga cuidado: use una barra de apoyo o pida que alguien esté cerca, o use una compresa de calor en lugar del baño.',
  },
  treat_numb_skin: {
    title: 'Nunca frío ni calor sobre piel entumecida',
    text: 'No ponga una compresa fría ni calor sobre piel que se sienta entumecida o con hormigueo: no sentiría si se pone demasiado fría o demasiado caliente, y se puede quemar. Un entumecimiento nuevo entre las piernas es una señal de emergencia: llame ahora al número de emergencias.',
  },
  treat_position: {
    title: 'Acuéstese boca arriba con las piernas en alto',
    text: 'Acostarse boca arriba con las rodillas dobladas sobre almohadas, o con la parte baja de las piernas apoyada en una silla, le quita peso a la columna. También es una buena posición para sus sesiones de frío.',
  },
  treat_position_pregnancy: {
    title: 'En el embarazo, descanse de lado',
    text: 'Acuéstese de lado con las rodillas dobladas, una almohada entre las rodillas y otra debajo del vientre, en vez de acostarse boca arriba. Use también esta posición para sus sesiones de frío y de calor.',
  },
  treat_rest_short: {
    title: 'Descanse solo lo que el dolor le exija',
    text: 'Acuéstese solo cuando el dolor le obligue, y no más de dos días en total; quedarse más tiempo en cama hace más lenta la recuperación. Evite los trabajos pesados o de mucho esfuerzo, y muévase con suavidad en cuanto pueda: caminatas cortas dentro de la casa, y luego más largas.',
  },
  treat_gentle_stretch: {
    title: 'Estiramientos suaves',
    text: 'Cuando haya pasado lo peor, los estiramientos lentos y suaves pueden aflojar los músculos. Deje cualquier estiramiento que haga que el dolor baje como una descarga por una pierna.',
  },
  treat_combine: {
    title: 'Combine los tratamientos',
    text: 'El frío o el calor, un analgésico si lo necesita y el movimiento suave, juntos, suelen funcionar mejor que cualquiera de ellos por separado.',
  },
  treat_evidence_note: {
    title: 'Lo que dice la investigación sobre el frío, el calor y el reposo',
    text: 'Las guías encuentran pruebas de calidad moderada de que el calor alivia por poco tiempo el dolor agudo de espalda baja, y poca investigación sobre el frío. El plan de primero frío y luego calor sigue los consejos de las fuentes en que se basa esta aplicación, y es seguro si se hace como se describe. Las guías coinciden en que quedarse en cama no ayuda: manténgase tan activo como el dolor le permita.',
  },
  med_otc: {
    title: 'Analgésicos sin receta',
    text: 'Un analgésico antiinflamatorio como el ibuprofeno, comprado en la farmacia, puede aliviar el dolor por un tiempo corto. Pregunte al farmacéutico cuál le conviene, y siga las instrucciones del envase sobre cuánto tomar y cada cuánto. No use aspirina para el dolor de espalda: ninguna guía la recomienda para esto.',
  },
  med_otc_caution: {
    title: 'Analgésicos: primero pregunte al farmacéutico',
    text: 'Si tiene 65 años o más, o si ha tomado pastillas de corticoides por meses, los analgésicos antiinflamatorios como el ibuprofeno tienen más riesgo de dañar el estómago, los riñones o el corazón. Por eso no son una primera opción sencilla para usted. Antes de comprar cualquier analgésico, dígale al farmacéutico su edad y si toma pastillas de corticoides o anticoagulantes, o si ha tenido una úlcera en el estómago, problemas de riñón o de corazón, o asma, y deje que le ayude a elegir. No use aspirina para el dolor de espalda.',
  },
  med_otc_child: {
    title: 'Analgésicos para un niño o adolescente',
    text: 'Pregunte a un farmacéutico qué analgésico es adecuado para un niño o adolescente de esta edad, por ejemplo un ibuprofeno para niños. Siga las instrucciones del envase sobre cuánto darle y cada cuánto.',
  },
  med_ask_pharmacist: {
    title: 'Cuéntele al farmacéutico sobre su salud',
    text: 'Antes de comprar un analgésico, hable con el farmacéutico. Dígale si tiene 65 años o más, si toma pastillas de corticoides o anticoagulantes, si ha tenido una úlcera en el estómago, si tiene problemas de riñón o de corazón o asma, o si está embarazada. Estas cosas cambian qué medicamento es seguro para usted.',
  },
  med_doctor: {
    title: 'Lo que un médico puede recetar',
    text: 'Si el tratamiento en casa no es suficiente, un médico le examinará y puede sugerirle otro analgésico. Los relajantes musculares solo los receta un médico: la guía NICE (NG59) no los recomienda de rutina para el dolor de espalda, como mucho un médico puede ofrecer un tratamiento corto, y a menudo dan sueño. La mayoría de los dolores de espalda no necesitan resonancias, tomografías ni radiografías: el médico pide un estudio solo cuando el resultado cambiaría el tratamiento. No se recomiendan las inyecciones en la columna para el dolor de espalda baja.',
  },
  med_no_dose_here: {
    title: 'La dosis la indican el envase y el farmacéutico',
    text: 'Esta aplicación nunca le dice cuánto tomar de un medicamento. La cantidad correcta depende de usted: lea las instrucciones del envase y pregunte al farmacéutico o a su médico.',
  },
  med_pregnancy: {
    title: 'Medicamentos en el embarazo',
    text: 'Los analgésicos antiinflamatorios como el ibuprofeno en general se evitan en el embarazo, así que no es algo que deba decidir por su cuenta. Antes de tomar cualquier medicamento para el dolor de espalda, hable con su partera, su médico o el farmacéutico. Dígale que está embarazada y qué edad tiene. Dígale también si toma pastillas de corticoides o anticoagulantes, o si ha tenido una úlcera en el estómago, problemas de riñón o de corazón, o asma. No use aspirina para el dolor de espalda.',
  },
  med_child_aspirin: {
    title: 'Nada de aspirina para menores de 16 años',
    text: 'Nunca se debe dar aspirina a niños ni a jóvenes menores de 16 años, salvo que un médico la recete, y a ninguna edad es un analgésico para el dolor de espalda. Pregunte a un farmacéutico qué es adecuado.',
  },
  med_side_effect: {
    title: 'Si un medicamento puede ser la causa',
    text: 'No deje un medicamento recetado por su cuenta. Pregunte a quien se lo recetó o a un farmacéutico si podría estar causando los espasmos.',
  },
  comp_massage: {
    title: 'Masajes',
    text: 'El masaje mejora el flujo de sangre a los músculos, y a muchas personas les alivia el dolor y la rigidez. Las guías lo consideran un complemento razonable del ejercicio, no un tratamiento por sí solo.',
  },
  comp_acupressure_aromatherapy: {
    title: 'Acupresión y aromaterapia',
    text: 'Algunas personas prueban la acupresión o la aromaterapia para sentirse mejor. Hay pocas pruebas buenas de que cambien la recuperación, y la guía NICE no recomienda la acupuntura para el dolor de espalda baja. Si le gustan y le ayudan a relajarse, es poco probable que le hagan daño.',
  },
  comp_supervised_exercise: {
    title: 'Ejercicios con un profesional',
    text: 'Un médico o un fisioterapeuta puede enseñarle ejercicios que fortalecen la espalda y le devuelven el movimiento. Es mejor empezar los programas de ejercicio más intensos con su guía.',
  },
  doctor_48h: {
    title: 'No mejora después de dos días',
    text: 'Si el dolor no ha empezado a aliviarse después de 48 horas, vea a un médico o a un fisioterapeuta.',
  },
  doctor_one_week: {
    title: 'Sigue ahí después de una semana',
    text: 'Si el dolor dura una semana o más, vea a un médico.',
  },
  doctor_severe_or_persisting: {
    title: 'Dolor fuerte, o no mejora con el tratamiento en casa',
    text: 'Si los espasmos siguen apareciendo, si el dolor es fuerte, o si el reposo, el frío, el calor y los analgésicos sin receta no le dan alivio, vea a un médico para que le examine.',
  },
  doctor_warning_signs: {
    title: 'Señales para ver a un médico el mismo día',
    text: `Vea a un médico hoy si aparece alguna de estas señales: ${sameDaySignWords.join('; ')}.`,
    list: sameDaySignWords,
  },
  safety_net: {
    title: 'Llame ahora al número de emergencias si aparece alguna de estas señales',
    text: `Llame ahora al número de emergencias, o vaya a un servicio de urgencias, si aparece alguna de estas señales: ${emergencySignWords.join('; ')}. No espere a un control ni a una cita.`,
    list: emergencySignWords,
  },
  doctor_children: {
    title: 'Niños con dolor de espalda',
    text: 'Un médico debe revisar el dolor de espalda de un niño, y puede querer darle seguimiento con el tiempo.',
  },
  emergency_now: {
    title: 'Busque atención de emergencia ahora',
    text: 'Llame al número de emergencias o vaya ahora al servicio de urgencias más cercano. Dígales que tiene dolor de espalda con una señal de alarma, y cuál es. No maneje hasta allá. El plan de cuidados en casa espera hasta que un profesional de salud le haya visto.',
  },
  urgent_today: {
    title: 'Vea a un médico hoy',
    text: 'Hoy mismo, comuníquese con el consultorio de su médico, un centro de atención inmediata o una línea de atención fuera de horario, y diga qué señal tiene. Hasta que le atiendan, el plan de cuidados de abajo puede aliviar el dolor.',
  },
  urgent_comfort: {
    title: 'Hasta que le atiendan: solo aliviar el dolor',
    text: 'Hasta que un médico le haya visto, busque solo aliviar las molestias: descanse en la posición que le calme el dolor, haga las sesiones de frío o calor, y pregunte a un farmacéutico por un analgésico. Deje los ejercicios y los estiramientos hasta que el médico diga que son seguros, y no falte a la cita.',
  },
  pregnancy_maternity: {
    title: 'En el embarazo: cuándo llamar al servicio de maternidad',
    text: 'Llame de inmediato a su partera o al servicio de maternidad si el dolor de espalda viene con alguna de estas señales: sangrado o salida de líquido por la vagina, el vientre se pone duro o hay dolores que van y vienen, su bebé se mueve menos que de costumbre, fiebre, dolor al orinar, o dolor en uno o ambos costados debajo de las costillas. Pueden ser señales del inicio del parto o de una infección, no de la espalda.',
  },
  gp_soon_book: {
    title: 'Pida cita con un médico o fisioterapeuta esta semana',
    text: 'Pida una cita para los próximos días y, mientras tanto, siga con el plan de cuidados. Si aparece una señal de emergencia (la lista de abajo), no espere a la cita: llame ahora al número de emergencias.',
  },
  prevent_stretch: {
    title: 'Estírese todos los días',
    text: 'Haga de los estiramientos suaves una parte de su rutina diaria. Las clases de yoga o de Pilates son una buena forma de mantener el hábito.',
  },
  prevent_aerobic: {
    title: 'Ejercicio regular',
    text: 'Las personas activas y en buena forma tienen menos probabilidad de lastimarse la espalda. Caminar, nadar, andar en bicicleta, un deporte o el gimnasio: todo cuenta. Elija algo que le guste, porque lo más importante es hacerlo con regularidad.',
  },
  prevent_strength_balance: {
    title: 'Fortalezca la espalda y el abdomen a la vez',
    text: 'Los ejercicios de fuerza desarrollan el músculo y corrigen los desequilibrios. Los músculos trabajan en pares opuestos. Por eso, equilibre los ejercicios de espalda con ejercicios de abdomen (del core).',
  },
  prevent_posture: {
    title: 'Cuide su postura',
    text: 'Fíjese en cómo se sienta, cómo se para y cómo duerme. Mantenga la espalda apoyada al sentarse, y evite quedarse mucho tiempo en una posición encorvada o torcida.',
  },
  prevent_breaks: {
    title: 'Haga pausas y cambie de posición',
    text: 'Mantener la espalda mucho tiempo en la misma posición cansa los músculos. Levántese, muévase y cambie de posición al menos cada media hora cuando pase mucho tiempo sentado o de pie.',
  },
  prevent_hydration: {
    title: 'Tome suficiente líquido y reponga electrolitos',
    text: 'Tome agua durante todo el día, y más cuando hace calor o hace ejercicio. Coma alimentos con potasio, como plátanos, papas y frijoles. Así sus músculos tienen el líquido y los minerales que necesitan.',
  },
  prevent_lifting: {
    title: 'Levante con las rodillas y la carga cerca',
    text: 'Doble las rodillas, no la espalda; mantenga el objeto cerca del cuerpo, y gire con los pies en vez de torcer la columna. Pida ayuda con cualquier cosa pesada o difícil de cargar.',
  },
  prevent_warm_up: {
    title: 'Haga un calentamiento antes',
    text: 'Antes de hacer deporte o un trabajo físico pesado, haga unos minutos de calentamiento y estírese. Así sus músculos estarán listos.',
  },
  prevent_after_episode: {
    title: 'Empiece cuando el dolor se haya calmado',
    text: 'Comience su rutina de prevención cuando el espasmo haya pasado y la irritación se haya calmado. Nunca es tarde para ganar fuerza y flexibilidad.',
  },
  active_weakening: {
    title: 'Los músculos se debilitan si deja de usarlos',
    text: 'Como moverse duele, es tentador evitarlo. Pero después de unas dos semanas sin usarse, los músculos de la espalda empiezan a debilitarse, sostienen peor la columna, y el dolor puede empeorar. El movimiento suave y regular lo evita.',
  },
  active_healing: {
    title: 'El movimiento ayuda a sanar',
    text: 'La espalda recibe mucha sangre, y la sangre lleva lo que los músculos necesitan para sanar. Mantenerse tan activo como el dolor le permita ayuda a que eso siga así y acelera la recuperación.',
  },
};
