import type { AppShellKey, AppWords } from '../app-words.ts';
import { decimalOf } from '../intl.ts';
import { plural } from '../plural.ts';
import { esAppShell } from './app-shell.ts';

export const minutes = (n: number) => `${n} ${plural(n, { one: 'minuto', other: 'minutos' }, 'es')}`;

const days = (n: number) => `${n} ${plural(n, { one: 'día', other: 'días' }, 'es')}`;
const count = (n: number, one: string, other: string) => `${n} ${plural(n, { one, other }, 'es')}`;

/**
 * The lower-case form, for the middle of a sentence, of each capitalised name this file hands the screens
 * (kinds, treatments, trends, how a session felt, triggers): written out, never changed at run time.
 */
const lowerOf: Record<string, string> = {
  'Compresa fría': 'compresa fría',
  Calor: 'calor',
  Mejor: 'mejor',
  Igual: 'igual',
  Peor: 'peor',
  'Levantar peso': 'levantar peso',
  'Girar el cuerpo': 'girar el cuerpo',
  'Un movimiento brusco': 'un movimiento brusco',
  'Estar sentado mucho tiempo': 'estar sentado mucho tiempo',
  'Estar de pie mucho tiempo': 'estar de pie mucho tiempo',
  'Dormir mal': 'dormir mal',
  Estrés: 'estrés',
  'No tomar suficiente agua': 'no tomar suficiente agua',
  'Ejercicio o deporte': 'ejercicio o deporte',
};
const lower = (word: string) => lowerOf[word] ?? word;

/** The words of every screen but the first; the web app loads them with the screens that use them. */
export const esAppScreens: Omit<AppWords, AppShellKey> = {
  toast: {
    undo: 'Deshacer',
    undone: 'Se deshizo.',
    undoFailed: 'No se pudo deshacer en este dispositivo. Intente de nuevo desde el diario.',
    closeLabel: 'Cerrar este mensaje',
  },
  page: {
    description:
      'Unknot le acompaña durante un espasmo muscular en la parte baja de la espalda: revise su espalda, siga un plan de cuidados y lleve un diario del dolor. Funciona sin conexión.',
    booting: 'Unknot se está abriendo…',
    noscript: 'Unknot necesita JavaScript para funcionar. Nada de lo que escriba sale de este dispositivo.',
    manifestName: 'Unknot: ayuda para el espasmo de espalda',
    manifestDescription:
      'Revise su espalda, siga un plan de cuidados día a día y lleve un diario del dolor, sin conexión.',
  },
  language: {
    legend: 'Idioma',
    hint: 'Unknot usa el idioma de su navegador hasta que usted elija uno aquí.',
    names: { en: 'English', es: 'Español' },
    switching: 'Abriendo Unknot en ese idioma…',
    offline:
      'Para cambiar de idioma la primera vez hace falta conexión. Inténtelo de nuevo cuando tenga internet.',
  },
  // The running session's words: the timer watch loads with the first session, not with the first screen.
  kind: { ice: 'Compresa fría', heat: 'Calor' },
  timer: {
    doneAnnounce: (kind, n) => `${kind}: sesión terminada. Guardado en su diario: ${minutes(n)}.`,
    doneTitle: (kind) => `${kind}: sesión terminada`,
    doneBody: (n) => `${minutes(n)}. Quítese la compresa ahora.`,
  },
  treatments: {
    ice: 'Compresa fría',
    heat: 'Calor',
    medicine: 'Medicamento',
    exercise: 'Ejercicios',
    rest: 'Descanso',
    massage: 'Masaje',
    stretching: 'Estiramientos',
  },
  triggers: {
    lifting: 'Levantar peso',
    twisting: 'Girar el cuerpo',
    sudden_movement: 'Un movimiento brusco',
    long_sitting: 'Estar sentado mucho tiempo',
    long_standing: 'Estar de pie mucho tiempo',
    poor_sleep: 'Dormir mal',
    stress: 'Estrés',
    dehydration: 'No tomar suficiente agua',
    exercise: 'Ejercicio o deporte',
  },
  trends: { better: 'Mejor', same: 'Igual', worse: 'Peor' },
  emergency: {
    regions: {
      europe: 'Europa y muchos otros países',
      uk: 'Reino Unido',
      us_ca: 'Estados Unidos, Canadá, México y gran parte de América Latina',
    },
    option: (number, region) => `${number}: ${region}`,
    call: (number) => `Llame al ${number} ahora`,
    why: 'Por qué',
    tell: 'Qué decirles',
    meanwhile: 'Mientras tanto',
    mistake: 'Toqué Sí por error: volver',
    changeIn: 'El número de emergencias se puede cambiar en',
    settingsLink: 'Configuración',
    tellSign: (signs) => `Tiene dolor de espalda con una señal de alarma: ${signs}`,
    combinedSign: {
      possible_spinal_infection:
        'fiebre, junto con defensas bajas, uso de drogas inyectadas o una operación reciente de la columna',
    },
    signInSentence: {
      saddle_numbness: 'entumecimiento nuevo entre las piernas (zona de silla de montar)',
      bladder_dysfunction_new: 'problema nuevo con la vejiga',
      bowel_incontinence_new: 'pérdida nueva del control del intestino',
      sexual_dysfunction_new: 'pérdida nueva de sensibilidad en los genitales o de la función sexual',
      leg_weakness_progressive: 'debilidad en una pierna que va empeorando',
      leg_symptoms_both_sides: 'síntomas nuevos de tipo ciática en las dos piernas',
      major_trauma: 'empezó con una lesión grave',
      sudden_tearing_pain: 'dolor repentino y muy fuerte, como un desgarro',
    },
  },
  today: {
    title: (day) => `Hoy · día ${day}`,
    emergencyWaits: 'El autocuidado espera hasta que le vea un profesional de salud.',
    whatNow: 'Qué hacer ahora',
    whyAndTell: 'Por qué, y qué decirles',
    next: (kind, day, time) => `Próxima sesión: ${lower(kind)}, ${day} a las ${time}`,
    today: 'hoy',
    tomorrow: 'mañana',
    onDay: (day) => `el ${day}`,
    howAndAll: 'Frío o calor: cómo hacerlo, y las sesiones de hoy',
    checkInStart: 'Hacer el control',
    minutes: (n) => `${minutes(n)}.`,
    start: (n, kind) => (kind === 'ice' ? `Iniciar ${minutes(n)} de frío` : `Iniciar ${minutes(n)} de calor`),
    sessionLine: (time, kind, n, done) =>
      done ? `${time} ${lower(kind)}, ${minutes(n)} (terminada)` : `${time} ${lower(kind)}, ${minutes(n)}`,
    noMoreSessions: 'No hay más sesiones de frío o calor hoy. Bien hecho.',
    logPain: 'Anotar su dolor',
    restTitle: 'Descanso y movimiento',
    rest: {
      comfort_until_seen:
        'Hasta que le vea un médico: busque una posición cómoda y descanse lo que necesite. Deje los ejercicios y estiramientos hasta que el médico diga que son seguros.',
      rest_allowed: (n) =>
        `Descanse solo lo que el dolor le exija, y no más de ${days(n)} en cama en total: estar más tiempo en cama retrasa la recuperación. Levántese y muévase con suavidad más o menos cada hora.`,
      keep_moving:
        'Siga moviéndose con suavidad hoy: caminatas cortas y los ejercicios. Mucho reposo en cama ahora debilita los músculos y hace que el dolor dure más.',
    },
    exerciseTitle: 'El ejercicio de hoy',
    exerciseStop: 'Deténgase si siente un dolor que baja por una pierna o si aparece entumecimiento.',
    medicinesTitle: 'Medicamentos para consultar en la farmacia',
    pregnantMedicines:
      'Está embarazada: pregunte en la farmacia, a su partera o a su médico antes de tomar cualquier analgésico.',
    noDoses:
      'Para saber cuánto tomar, siga la etiqueta o lo que le digan en la farmacia; esta app nunca da dosis.',
    pharmacistAsks: 'Lo que le preguntarán en la farmacia',
    whyPlan: 'Por qué este plan',
    lastLogged: (pain, m) =>
      m < 1
        ? `Última anotación: dolor ${pain}, hace un momento.`
        : m < 60
          ? `Última anotación: dolor ${pain}, hace ${count(m, 'minuto', 'minutos')}.`
          : m < 60 * 24
            ? `Última anotación: dolor ${pain}, hace ${count(Math.floor(m / 60), 'hora', 'horas')}.`
            : `Última anotación: dolor ${pain}, hace ${count(Math.floor(m / (60 * 24)), 'día', 'días')}.`,
    notLoggedYet: 'Todavía no ha anotado ningún nivel de dolor.',
    started: (kind, n) => `${kind}: sesión iniciada, ${minutes(n)}.`,
  },
  chart: {
    empty: 'Todavía no hay niveles de dolor. La línea punteada muestra la evolución promedio.',
    pain: (n) => decimalOf(n, 'es'),
    described: (v) =>
      `Sus niveles de dolor van de ${decimalOf(v.firstPain, 'es')} el día ${v.firstDay} a ${decimalOf(v.lastPain, 'es')} el día ${v.lastDay}. La evolución esperada para usted, la recuperación promedio a partir de su primer nivel anotado, baja de ${decimalOf(v.courseStart, 'es')} a ${decimalOf(v.courseEnd, 'es')} hacia el día ${v.courseEndDay}.`,
    title: 'Dolor por día desde que empezó',
    dayAxis: 'día',
    yourPain: 'Su dolor',
    averageKey: 'Evolución promedio (Costa 2012)',
    expectedKey:
      'Lo esperado para usted: la evolución promedio (Costa 2012) a partir de su primer nivel anotado',
    expectedCourse: 'Lo esperado para usted',
    tableCaption: 'Dolor por día, con la evolución promedio',
    day: 'Día',
    date: 'Fecha',
  },
  progress: {
    title: 'Progreso',
    nothingYet: 'Todavía no hay nada que mostrar.',
    checkLink: 'Revise su espalda',
    nothingYetAfter: 'y anote su dolor cada día.',
    episode: 'Episodio',
    dayLine: (day, date) =>
      day === 0 ? `Día 0: empezó hoy, ${date}.` : `Día ${day}: empezó hace ${days(day)}, el ${date}.`,
    trend: (trend) => ` Tendencia: ${lower(trend)}.`,
    standing: {
      on_track: ' Va por buen camino, como se recupera la mayoría de las personas.',
      ahead:
        ' Va mejor que lo habitual: su dolor es más bajo que el de la mayoría de las personas en este momento.',
      slower: ' Su dolor está bajando más despacio que el de la mayoría de las personas.',
      see_doctor: ' Es momento de hablar con un médico sobre esto: vea abajo por qué.',
    },
    courseBesideDoctor: {
      ahead: ' Su dolor es más bajo que el de la mayoría de las personas en este momento.',
      on_track: ' Su dolor está bajando más o menos como el de la mayoría de las personas.',
      slower: ' Su dolor está por encima de la evolución habitual para este momento.',
    },
    seeDoctorBasis: (basis, day, date) =>
      basis === 'check_in'
        ? `Por qué, según su control del día ${day} (${date}):`
        : basis === 'ratings'
          ? `Por qué, según sus niveles de dolor hasta el día ${day} (${date}):`
          : `Por qué, según sus respuestas del día ${day} (${date}):`,
    checkInDay: (day, date) => `Día ${day}, ${date}`,
    whatToDo: 'Qué hacer',
    whyShort: 'Por qué',
    showTable: 'Ver los números en una tabla',
    courseSource:
      'La evolución promedio viene de 33 estudios con más de 11\u00a0000 personas con dolor nuevo en la espalda baja: la mayor parte de la mejoría llega en las primeras seis semanas.',
    checkIns: 'Controles',
    notAnswered: 'sin responder',
    dueNow: 'toca ahora: respóndalo arriba',
    toCome: 'pendiente',
    openDiary: 'Abrir el diario',
  },
  session: {
    running: (kind) => `${kind}: sesión en curso`,
    minutesLeft: (n) => plural(n, { one: `Queda ${n} minuto`, other: `Quedan ${n} minutos` }, 'es'),
    endsAt: (time) =>
      `Termina a las ${time}. Puede bloquear su teléfono: la sesión sigue y se guarda en su diario al terminar. Si la detiene antes, se guardan los minutos hechos.`,
    stopped: 'La sesión se detuvo antes de un minuto: no hay nada que guardar.',
    stoppedSaved: (kind, n) => `${kind}: sesión detenida. Guardado en su diario: ${minutes(n)}.`,
    stop: 'Detener ahora',
    doneTitle: (kind) => `${kind}: sesión terminada`,
    saved: (n) => `Guardado en su diario: ${minutes(n)}.`,
    howFelt: '¿Cómo se sintió?',
    felt: { better: 'Mejor', same: 'Igual', worse: 'Peor' },
    feltSaved: (felt) => `Guardado: se sintió ${lower(felt)} después de la sesión.`,
    skip: 'Omitir',
  },
  checkIn: {
    title: (day) => `Hora del control: día ${day}`,
    signOf: (n, total) =>
      `Señal de alarma ${n} de ${total}: ¿es nueva desde la última vez que le preguntamos?`,
    savedChanged: 'Control guardado. Sus indicaciones cambiaron: por favor, léalas ahora.',
    savedKeepGoing: 'Control guardado. Siga con su plan.',
    changed: 'Guardado. Sus indicaciones cambiaron: por favor, léalas ahora.',
    saveFailed:
      'No se pudo guardar su control en este dispositivo. Su respuesta sigue aquí: intente de nuevo.',
  },
  settings: {
    title: 'Configuración',
    wakeError: (example) => `Hora de despertar: escriba una hora como ${example}.`,
    sleepError: (example) => `Hora de dormir: escriba una hora como ${example}.`,
    sleepOrderError: 'Hora de dormir: debe ser al menos 20 minutos después de su hora de despertar.',
    wakeOrderError: 'Hora de despertar: debe ser al menos 20 minutos antes de su hora de dormir.',
    numberError: 'Número de emergencias: escriba solo los dígitos, por ejemplo, 000 o 119.',
    saved: 'Configuración guardada.',
    saveFailed:
      'No se pudo guardar la configuración en este dispositivo. Sus opciones siguen aquí: intente de nuevo.',
    retry: 'Intentar de nuevo',
    savesAsYouGo: 'Los cambios se guardan en cuanto los hace.',
    backupMade: 'Copia de seguridad creada.',
    restored: (episodes, entries) =>
      `Copia restaurada: ${episodes} ${plural(episodes, { one: 'episodio', other: 'episodios' }, 'es')} y ${entries} ${plural(entries, { one: 'anotación del diario', other: 'anotaciones del diario' }, 'es')}.`,
    restoreFailed:
      'El archivo se leyó, pero no se pudo guardar en este dispositivo. No se cambió nada: intente de nuevo.',
    wakingDay: 'Su horario del día',
    wakingDayHelp: 'Las sesiones de frío y calor se planean entre estas horas.',
    wake: 'Hora de despertar',
    sleep: 'Hora de dormir',
    reminders: 'Recordatorios',
    remindersLabel:
      'Avisarme cuando toque una sesión de frío o calor (mientras Unknot esté abierto; como notificación cuando las haya permitido para un temporizador)',
    alertsTitle: 'Cuando termina una sesión',
    soundLabel: 'Reproducir un sonido (también al final de cada repetición sostenida de los ejercicios)',
    vibrateLabel: 'Vibrar',
    emergencyTitle: 'Número de emergencias',
    numberLabel: 'Número al que llamar en una emergencia',
    anotherNumber: 'Otro número',
    yourNumber: 'Su número de emergencias',
    backup: 'Copia de seguridad',
    backupHelp:
      'Sus datos están solo en este dispositivo. Un archivo de copia de seguridad le permite pasarlos a otro lugar o guardarlos a salvo.',
    export: 'Exportar una copia de seguridad',
    import: 'Importar una copia de seguridad',
    importFailed: 'No se pudo importar ese archivo. No se cambió nada.',
    sync: 'Sincronizar (opcional)',
    deleteTitle: 'Borrar todos los datos',
    deleteWarning:
      'Esto borra de este dispositivo todos los episodios, anotaciones del diario y la configuración, y cierra su sesión. No se puede deshacer. Una copia ya sincronizada con el servidor se queda allí hasta que borre su cuenta.',
    deleteYes: 'Sí, borrar todo',
    deleteKeep: 'Conservar mis datos',
    deleteAsk: 'Borrar todos los datos…',
    deleted: 'Se borraron todos los datos.',
  },
  common: {
    yes: 'Sí',
    no: 'No',
    notSure: 'No sé',
    continue: 'Continuar',
    noneOfThese: 'Ninguna de estas',
    back: 'Atrás',
    next: 'Siguiente',
    save: 'Guardar',
    cancel: 'Cancelar',
    edit: 'Editar',
    delete: 'Borrar',
    seeWhatToDo: 'Ver qué hacer',
    checkMyBack: 'Revisar mi espalda',
    newCheck: 'Hacer una nueva revisión',
    tailor: 'Ajustar mi plan (opcional)',
    now: ' (ahora)',
    sources: (n) => `Fuentes (${n})`,
    webArticle: 'artículo web, editor no registrado',
    sourcesLead: 'Fuentes:',
    openSource: (title) => `Abrir ${title} (en inglés; sale de Unknot)`,
    celsiusFahrenheit: (c, f) => `${c} °C (${f} °F)`,
  },
  check: {
    doneTitle: 'Esas son todas las preguntas',
    thanks: 'Gracias. Sus respuestas se quedan en este teléfono.',
    howToCheck: 'Cómo revisarlo ahora',
    progress: (position, total) => `Pregunta ${position} de unas ${total}`,
    progressMore: (position) => `Pregunta ${position}: faltan algunas más`,
    wereUnsure: 'No lo sabía con certeza. Tómese un momento para revisarlo ahora:',
    stillUnsureHint: 'Si todavía no puede saberlo, elija “Sigo sin saber”: le diremos qué hacer.',
    stillUnsure: 'Sigo sin saber',
    trend: { better: 'Mejorando', same: 'Más o menos igual', worse: 'Empeorando', unsure: 'No sé' },
    ageError: 'Edad: escriba su edad en años, como número entero, de 0 a 120.',
    ageLabel: 'Edad en años',
    onsetMissing: 'Fecha de inicio: elija el día en que empezó o use uno de los botones de arriba.',
    onsetFuture: 'Fecha de inicio: no puede ser después de hoy.',
    onsetTooLongAgo: 'Fecha de inicio: elija un día dentro de los últimos tres años.',
    quick: { today: 'Hoy', yesterday: 'Ayer', twoDaysAgo: 'Hace 2 días' },
    pickDate: 'O elija la fecha',
    chooseAny: 'Elija las que correspondan, o ninguna de estas.',
    chooseAnyOrUnsure: 'Elija las que correspondan, o ninguna de estas. Si no puede saberlo, elija “No sé”.',
    painLabel: 'Dolor en este momento, de 0 (nada) a 10 (el peor)',
    painUnsure: 'No puedo decirlo',
  },
  result: {
    noCheck: 'Todavía no hay revisión',
    when: 'Cuándo:',
    who: 'Quién:',
    unsureTitle: 'Lo que no pudo confirmar',
    unsureTell: 'Cuéntele también esto al médico o a la enfermera. “No sé” nunca se toma como “no”.',
    call: (number) => `Llamar al ${number}`,
    whatNext: 'Qué sigue',
    selfCareWhileWait: 'Autocuidado mientras espera',
    startPlan: 'Empezar mi plan',
    callIfSign: (number) => `Llame al ${number} si aparece una señal de alarma`,
    netTitle: (number) => `Llame al ${number} si aparece cualquiera de estas`,
    howToCheck: 'Cómo revisarlo:',
    unsureTap: 'Abra una señal para ver cómo revisarla ahora.',
    unsureWhy: {
      unsure_emergency_sign:
        'Una señal de alarma que no pudo confirmar puede significar que los nervios de la base de la columna están presionados. Un médico debe revisarle hoy, aunque por lo demás se sienta bien.',
      unsure_urgent_sign:
        'Una señal que no pudo confirmar cambia lo que podría ser el dolor. Pida una cita con un médico en los próximos días y diga que no lo sabía con certeza.',
    },
    unsureIfThere: {
      unsure_emergency_sign: (number) =>
        `Si nota alguna de estas señales, o una aparece después, llame ahora al número de emergencias (${number}).`,
      unsure_urgent_sign: 'Si nota alguna de estas señales, vea a un médico hoy.',
    },
  },
  seen: {
    exercisesTitle: 'Los ejercicios esperan hasta que le vea un profesional de salud',
    why: {
      urgent:
        'Nos contó de una señal que necesita un médico hoy. Hasta que un médico la revise, estirarse y hacer ejercicio podría empeorar algunas causas, por eso el programa queda guardado. Busque comodidad con frío o calor y descanse lo que necesite.',
      emergency:
        'Nos contó de una señal de alarma que necesita atención de emergencia ahora. Primero pida ayuda; los ejercicios esperan hasta que le vea un profesional de salud.',
    },
    action: 'Ya me vio un profesional',
    actionHint:
      'Cuando un médico, enfermera o fisioterapeuta le haya revisado, toque "Ya me vio un profesional": vuelven los ejercicios y el plan completo. Siga primero lo que le indicaron.',
    seenOn: (day) =>
      `Nos dijo que un profesional de salud le vio el ${day}. El plan completo está de vuelta: siga primero sus indicaciones.`,
    undo: 'Todavía no me han visto',
    saved: 'Guardado. Volvieron los ejercicios y el plan completo.',
    undone: 'Guardado. Los ejercicios esperan hasta que le vea un profesional de salud.',
  },
  tailor: { done: 'Su plan está ajustado', skip: 'Omitir esto' },
  more: {
    title: 'Más',
    result: 'Mi resultado y qué decirle a un médico',
    learn: 'Aprender sobre espasmos de espalda',
    settings: 'Configuración, copia de seguridad y sus datos',
  },
  learn: {
    title: 'Aprender sobre espasmos de espalda',
    intro: 'Secciones cortas: abra la que necesite. Cada una termina con las fuentes de sus datos.',
    topics: 'Temas',
    article: {
      title: (title) => `Fuente: ${title} (en inglés)`,
      quoted:
        'Este es el artículo fuente tal como se publicó, citado palabra por palabra y en inglés. No son indicaciones de Unknot y ningún médico lo ha revisado; las indicaciones de Unknot están en las demás páginas.',
      origin: (title, publisher) => `${title} (en inglés), ${publisher}`,
      loading: 'Cargando el artículo…',
      notFound: 'No hay ningún artículo fuente en esta dirección.',
      back: 'Volver a Aprender',
      read: (title) => `Leer el artículo fuente: ${title} (en inglés)`,
    },
    medicinesTitle: 'Medicamentos que mencionan las fuentes',
    access: {
      pharmacy: 'en la farmacia',
      prescription: 'solo con receta médica',
      not_for_back_pain: 'no es un analgésico para el dolor de espalda',
    },
    pharmacistTitle: 'Antes de comprar un analgésico, en la farmacia necesitan saber',
  },
  exercises: {
    title: 'Ejercicios',
    stopTitle: 'Deténgase de inmediato si',
    stopLine:
      'Deténgase si el dolor se vuelve agudo, baja por una pierna o trae entumecimiento; pida ayuda si no se calma.',
    stopWhy: 'Por qué, y cuándo pedir ayuda',
    pregnant: 'En el embarazo, solo se muestran ejercicios que no se hacen acostada boca arriba.',
  },
  exerciseTimer: {
    allDone: (name) => `${name}: todo listo.`,
    relax: (done, total) => `Relájese. Lleva ${done} de ${total}.`,
    repDone: (done, total) => `${done} de ${total}.`,
    allDoneButton: 'Listo',
    startReps: 'Empezar: la app cuenta',
    carryOn: 'Seguir',
    pause: 'Pausa',
    repsCount: (done, total) => `${done} de ${total}`,
    repPace: (n) => `Una repetición cada ${count(n, 'segundo', 'segundos')}: muévase con el pitido.`,
    resting: (n) => `Descanso: la siguiente repetición empieza en ${count(n, 'segundo', 'segundos')}`,
    restShort: (n) => `Descanso ${n} s`,
    startAgain: 'Empezar de nuevo',
    seconds: (n) => count(n, 'segundo', 'segundos'),
    secondsShort: (n) => `${n} s`,
    holdsDone: (done, total) =>
      `${done} de ${total} ${plural(total, { one: 'repetición hecha', other: 'repeticiones hechas' }, 'es')}`,
    holdFor: (n) => `Mantenga la postura ${count(n, 'segundo', 'segundos')}.`,
    holding: 'Manteniendo…',
    startHold: (n) => `Empezar repetición ${n}`,
  },
  figure: (name) => `Dibujo: ${name}`,
  figureMoves: (name) =>
    `Dibujo: ${name}. El contorno punteado es donde empieza; la figura sólida, hacia donde se mueve`,
  pain: {
    range: (band, from, to) => (from === to ? `${from} ${band}` : `${from}–${to} ${band}`),
    bands: { none: 'nada', mild: 'leve', moderate: 'moderado', severe: 'fuerte', worst: 'el peor' },
    name: (n, band) => `${n}, ${band}`,
  },
  episodes: {
    current: (onset, day) => `Este episodio: desde el ${onset} (día ${day})`,
    earlier: (onset, closed, n) =>
      n === 0 ? `${onset} (cerrado el mismo día)` : `Del ${onset} al ${closed} (${days(n)})`,
    earlierOpen: (onset) => `Desde el ${onset}`,
    earlierTitle: 'Episodios anteriores',
    entryCount: (n) => count(n, 'anotación', 'anotaciones'),
    otherEntries: 'Anotaciones de un episodio eliminado',
    askTitle: '¿Es un nuevo episodio de dolor de espalda?',
    askCurrent: (onset, day) => `Su episodio actual empezó el ${onset}. Hoy es su día ${day}.`,
    askExplain:
      'Un episodio nuevo tiene su propia revisión, su plan y su conteo de días. Elíjalo solo si el dolor se había ido y volvió.',
    same: 'No, es el mismo dolor: seguir',
    sameHelp: 'Siga con su plan en Hoy: anote ahí su dolor y responda los controles cuando toquen.',
    isNew: 'Sí, es nuevo: hacer una nueva revisión',
    closeNote: (onset) =>
      `Al empezar el episodio nuevo se cierra el que empezó el ${onset}. Se guarda en “Episodios anteriores”, en el diario y en Progreso.`,
    startNew: 'Empezar el episodio nuevo',
    begun: (onset, before) =>
      `Empezó un episodio nuevo el ${onset}. El del ${before} se guarda en “Episodios anteriores”, en el diario y en Progreso.`,
  },
  diary: {
    title: 'Diario del dolor',
    newEntry: 'Nueva anotación de hoy',
    startWith: 'Empiece con',
    checkLink: 'una revisión de su espalda',
    thenReady: '; luego el diario estará listo.',
    nothingYet: 'Todavía no hay nada anotado.',
    listLabel: (episode) => `Días, del más reciente al más antiguo: ${episode}`,
    yesDelete: 'Sí, borrar',
    keep: 'Conservar',
    editLabel: (day, time) => `Editar la anotación del ${day}, ${time}`,
    deleteLabel: (day, time) => `Borrar la anotación del ${day}, ${time}`,
    pain: (n) => `Dolor ${n} de 10`,
    checkIn: (trend) => `Control: ${lower(trend)}`,
    session: (kind, n) => `${kind}: sesión de ${minutes(n)}`,
    felt: (how) => `se sintió ${lower(how)} después`,
    spasms: (n) => count(n, 'espasmo', 'espasmos'),
    after: (triggers) => `Después de: ${triggers.map(lower).join(', ')}`,
    medicines: (names) => `Medicamento: ${names.join(', ')}`,
    note: 'Nota',
    editDay: (day) => `Editar ${day}`,
    doneDay: (day) => `Terminar de editar ${day}`,
    done: 'Listo',
    facts: {
      pain: 'Dolor',
      sessions: 'Sesiones',
      medicines: 'Medicamentos',
      did: 'También hizo',
      checkIn: 'Control',
      activities: 'Actividades',
      spasms: 'Espasmos',
      after: 'Después de',
      notes: 'Notas',
    },
    at: (what, time) => `${what} a las ${time}`,
    sessionShort: (kind, n) => `${kind}, ${minutes(n)}`,
    activity: (name, score) => `${name}: ${score}`,
    entryTitle: (time, summary) => `${time}: ${summary}`,
    entriesLabel: (day) => `Anotaciones del ${day}`,
    addToDay: 'Agregar una anotación a este día',
    addToDayLabel: (day) => `Agregar una anotación al ${day}`,
    newForDay: (day) => `Nueva anotación del ${day}`,
    deleteDay: 'Borrar este día',
    deleteDayLabel: (day) => `Borrar todas las anotaciones del ${day}`,
    deleteDayAsk: (day, n) => `¿Borrar ${count(n, 'anotación', 'anotaciones')} del ${day}?`,
    deletedEntry: (day, time) => `Se borró la anotación del ${day}, ${time}.`,
    deletedDay: (day, n) =>
      plural(
        n,
        { one: `Se borró ${n} anotación del ${day}.`, other: `Se borraron ${n} anotaciones del ${day}.` },
        'es',
      ),
    painOfEntry: 'Dolor, de 0 (nada) a 10 (el peor)',
  },
  diaryForm: {
    spasmsError: (min, max) => `Espasmos: escriba un número entero de ${min} a ${max}, o déjelo vacío.`,
    noteError: (max, has) => `Nota: use menos de ${max} caracteres (ahora tiene ${has}).`,
    painError: 'Dolor: primero toque un número del 0 al 10.',
    savedFor: (day) => `Guardado para el ${day}.`,
    savedPain: (pain, day) => `Guardado: dolor ${pain} el ${day}.`,
    saveFailed: 'No se pudo guardar en este dispositivo. Su anotación sigue aquí: toque Guardar de nuevo.',
    editLabel: 'Editar anotación del diario',
    newLabel: 'Nueva anotación del diario',
    painShort: '¿Qué tan fuerte es su dolor ahora?',
    painLong: 'Dolor ahora, de 0 (nada) a 10 (el peor)',
    more: 'Agregar más (opcional)',
    spasms: 'Espasmos desde la última anotación',
    triggers: '¿Qué pudo haberlo provocado?',
    treatments: '¿Qué hizo para aliviarlo?',
    medicines: '¿Qué medicamento? (opcional)',
    medicinesHint:
      'Basta con el nombre, para su médico. Nunca la dosis: eso lo indican la caja y la farmacia.',
    otherMedicine: 'Otro medicamento, por nombre',
    otherMedicineHint: 'Separe dos nombres con una coma.',
    medicineNameError: (max) => `Otro medicamento: cada nombre debe tener menos de ${max} caracteres.`,
    medicineCountError: (max) => `Otro medicamento: escriba como máximo ${max} medicamentos por anotación.`,
    note: 'Nota',
    saveChanges: 'Guardar cambios',
  },
  sync: {
    lastSynced: (time) => ` Última sincronización a las ${time}.`,
    signedInAs: 'Sesión iniciada como',
    syncing: ' Sincronizando…',
    syncNow: 'Sincronizar ahora',
    signOut: 'Cerrar sesión',
    emailError: 'Correo: escriba la dirección que usa, como nombre@example.org.',
    passwordError: 'Contraseña: use al menos 10 caracteres.',
    passwordMissing: 'Contraseña: escriba su contraseña para confirmar.',
    intro:
      'Opcional. Guarda una copia de su diario en el servidor de Unknot para que pueda usarlo en otro dispositivo.',
    email: 'Correo electrónico',
    password: 'Contraseña',
    signIn: 'Iniciar sesión',
    create: 'Crear una cuenta',
    notSynced: (reason) => `No sincronizado: ${reason}. Sus anotaciones se guardan en este teléfono.`,
    notSyncedYet:
      'Todavía no sincronizado: sus datos están a salvo en este teléfono y se enviarán más tarde.',
    unreachableSignIn:
      'No se pudo conectar con el servidor. Revise su conexión; la app sigue funcionando sin una cuenta.',
    signInFailed: (status) => `No se pudo iniciar sesión (${status}).`,
    signedIn: (email) => `Sesión iniciada como ${email}. Sincronizando su diario.`,
    offline: 'no se pudo conectar con el servidor; sus anotaciones se guardan en este dispositivo',
    unreadable: (status) => `el servidor envió una respuesta ilegible (${status})`,
    failed: (status) => `falló la sincronización (${status})`,
    notUnderstood: 'el servidor envió una respuesta que esta app no entiende',
    nothingAcknowledged: 'el servidor no confirmó nada de este envío; intente más tarde',
    unreachable: 'no se pudo conectar con el servidor',
    whoFailed: (status) => `no se pudo consultar quién tiene la sesión iniciada (${status})`,
    offlineWillSync:
      ' Sin conexión: sus anotaciones se guardan en este dispositivo y se sincronizarán cuando vuelva la conexión.',
    changeTitle: 'Cambiar la contraseña',
    currentPassword: 'Contraseña actual',
    newPassword: 'Contraseña nueva (al menos 10 caracteres)',
    changeButton: 'Cambiar contraseña',
    changed: 'Contraseña cambiada. Se cerró la sesión en sus otros dispositivos.',
    othersSignedOut:
      'Cambiar la contraseña también cierra la sesión en todos los demás dispositivos que usan esta cuenta: úselo si perdió un teléfono.',
    deleteTitle: 'Borrar mi cuenta',
    deleteWarning:
      'Esto borra la cuenta y todas las anotaciones del servidor. Lo que está en este dispositivo se queda aquí. Escriba su contraseña para confirmar.',
    deletePassword: 'Contraseña',
    deleteButton: 'Borrar mi cuenta',
    deleted: 'Cuenta borrada. Su diario se queda en este dispositivo.',
    unreachableNow:
      'No se pudo conectar con el servidor. No cambió nada: intente de nuevo cuando tenga conexión.',
    everywhereTitle: 'Cerrar sesión en todos lados',
    everywhereHelp:
      'Cierra la sesión en este dispositivo y en todos los demás que usan esta cuenta, como un teléfono perdido. El diario de cada dispositivo se queda allí.',
    everywhereButton: 'Cerrar sesión en todos lados',
    everywhereSure: '¿Cerrar sesión en todos los dispositivos, también en este?',
    everywhereYes: 'Sí, cerrar en todos lados',
    everywhereDone: 'Se cerró la sesión en todos los dispositivos. Su diario se queda en este dispositivo.',
    endedElsewhere:
      'Este dispositivo ya no tiene la sesión iniciada. Su diario sigue aquí: inicie sesión de nuevo para sincronizarlo.',
  },
  reminders: {
    due: (kind) =>
      kind === 'ice' ? 'Es hora de su sesión de compresa fría.' : 'Es hora de su sesión de calor.',
    dueTitle: (kind) =>
      kind === 'ice' ? 'Es hora de su sesión de compresa fría' : 'Es hora de su sesión de calor',
    dueBody: (n) => `${minutes(n)}. Abra Unknot y toque Iniciar.`,
  },
};

/** Every word of the web app: the first screen's and the rest, typed as one section. */
export const esApp: AppWords = { ...esAppShell, ...esAppScreens };
