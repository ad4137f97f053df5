import type { ClinicianWords } from '../clinician-words.ts';
import { decimalOf } from '../intl.ts';
import { plural } from '../plural.ts';
import { esExport } from './export.ts';

const usage = `unknot clinician add EMAIL | list | remove EMAIL [--data-dir DIR] [--url URL]

Las cuentas de profesionales de salud las crea aquí el operador del servidor; nadie se registra solo.
  add EMAIL     crea una cuenta de profesional de salud y muestra un enlace de configuración de un solo
                uso, donde el profesional crea su contraseña (si ya estaba agregado: un enlace nuevo en
                lugar del anterior; si se había eliminado: la cuenta vuelve, con un enlace nuevo)
  list          todos los profesionales de salud: cuándo se agregaron, si ya configuraron su cuenta y
                cuántos pacientes comparten con ellos
  remove EMAIL  cierra las sesiones del profesional y termina todo acceso compartido con él (sus
                pacientes ven que el acceso terminó), y lo registra en la auditoría; la cuenta queda,
                sin poder iniciar sesión, hasta que se agregue de nuevo
  --data-dir DIR  la carpeta de la base de datos integrada (por defecto: UNKNOT_DATA_DIR, si no ./data)
  --url URL       la dirección con la que se llega a este servidor (por defecto: UNKNOT_PUBLIC_URL, si no http://localhost:3000)
Mientras el servidor funciona con la base de datos integrada, el comando se lo pide por su socket en la
carpeta de datos (admin.sock, solo para el propio usuario del servidor); cuando está detenido, el comando
abre la base de datos él mismo. Con DATABASE_URL definido, el comando trabaja en esa base de datos
PostgreSQL, esté el servidor en marcha o no.`;

export const esClinician: ClinicianWords = {
  cli: {
    help: usage,
    usage:
      'clinician: indique add o remove y una dirección de correo electrónico, o list, por ejemplo: unknot clinician add gp@example.org',
    badEmail: (given) =>
      `EMAIL: "${given}" no es una dirección de correo electrónico; indique una como gp@example.org`,
    isPatient: (email) =>
      `EMAIL: ${email} ya tiene una cuenta de paciente; un profesional de salud necesita una dirección propia`,
    created: (email) => `Cuenta de profesional de salud creada para ${email}.`,
    linkAgain: (email) =>
      `${email} ya es profesional de salud; aquí tiene un enlace de configuración nuevo (el anterior ya no funciona).`,
    restored: (email) =>
      `${email} se había eliminado; la cuenta vuelve, sin los accesos compartidos que tenía (los pacientes comparten de nuevo con un código nuevo).`,
    link: (url, hours) =>
      `Envíe este enlace al profesional de salud; funciona una sola vez, dentro de ${hours} ${plural(hours, { one: 'hora', other: 'horas' }, 'es')}:\n${url}`,
    couldNotOpen: (reason) => `no se pudo abrir la base de datos: ${reason}`,
    serverRefused: (reason) => `el servidor en marcha no lo hizo: ${reason}`,
    noClinicians: 'Todavía no hay profesionales de salud. Agregue uno con: unknot clinician add EMAIL',
    listHead: (count) =>
      `${count} ${plural(count, { one: 'profesional de salud', other: 'profesionales de salud' }, 'es')}:`,
    listRow: (c) =>
      `${c.email}  agregado: ${c.added}  ${c.setUp ? 'configurado' : 'sin configurar todavía'}  ${c.patients} ${plural(c.patients, { one: 'paciente comparte', other: 'pacientes comparten' }, 'es')} con esta cuenta`,
    notFound: (email) =>
      `EMAIL: aquí no hay ningún profesional de salud ${email}; unknot clinician list muestra quiénes hay`,
    notClinician: (email) =>
      `EMAIL: ${email} es una cuenta de paciente, no de profesional de salud; un paciente elimina su propia cuenta en la app`,
    removed: (email, shares, logins) =>
      `Se eliminó a ${email}: ${logins} ${plural(logins, { one: 'sesión cerrada', other: 'sesiones cerradas' }, 'es')} y ${shares} ${plural(shares, { one: 'acceso compartido terminado', other: 'accesos compartidos terminados' }, 'es')}; sus pacientes ven que el acceso terminó. Si agrega la dirección de nuevo, se crea un enlace de configuración nuevo.`,
    badOption: (reason) => `opciones: ${reason}; consulte unknot clinician --help`,
  },
  server: {
    cliniciansOnly:
      'esto es para cuentas de profesionales de salud: inicie sesión con la cuenta que su clínica le creó',
    patientsOnly:
      'esto es para cuentas de pacientes: una cuenta de profesional de salud lee los diarios que los pacientes comparten con ella y no guarda ninguno propio',
    noSuchPatient:
      'ningún paciente comparte un diario con usted con este id: es posible que haya quitado el acceso',
    noSuchShare: 'no existe ese acceso para quitar: actualice la lista',
    badId: (field) => `${field}: debe ser un id de la lista, como 6f1c2a9e-0b7d-4c1e-9a53-2f4d8e6b7c10`,
    badCode: 'code: escriba las diez letras y cifras del código para compartir, como ABCDE-12345',
    codeNotValid:
      'code: este código para compartir no es válido; puede haber vencido o ya se usó: pida un código nuevo a su paciente',
    setupNotValid:
      'token: este enlace de configuración ya no es válido: pida uno nuevo al operador del servidor',
    tooManyCodes: (hours) =>
      `demasiados códigos para compartir abiertos: espere a que uno se use o venza (dentro de ${hours} horas) y luego cree uno nuevo`,
    tooManyRedeems: (limit, minutes) =>
      `demasiados códigos para compartir que no funcionaron: ${limit} en una hora desde esta cuenta. Revise el código con su paciente e intente de nuevo en ${minutes} ${plural(minutes, { one: 'minuto', other: 'minutos' }, 'es')}`,
    emptyBody: 'envíe un objeto JSON vacío, {}',
    giveSetup: 'indique "token" y "password"',
    giveCode: 'indique "code"',
    giveIdentity:
      '{} para mostrar al profesional de salud solo su correo electrónico, o uno con "displayName" y "birthDate" para mostrarle también esos datos, y nada más',
    giveSettings: 'indique "paper": a4 o letter',
  },
  sharing: {
    title: 'Compartir con su profesional de salud',
    link: 'Compartir con su profesional de salud',
    intro:
      'Su médico o fisioterapeuta puede seguir su diario y su resumen de una página en su propia pantalla: usted crea un código, esa persona lo escribe, y usted puede terminar el acceso cuando quiera.',
    help: 'Un código sirve una sola vez, para un solo profesional de salud, durante un día. Después, esa persona puede leer su diario y su resumen hasta que usted termine el acceso aquí.',
    needsAccount:
      'Para compartir necesita una cuenta: su profesional de salud lee la copia de su diario guardada en el servidor, así que primero se guarda una copia ahí. Todo lo demás de la app funciona sin cuenta.',
    createAccount: 'Crear una cuenta o iniciar sesión',
    aboutYouTitle: 'Lo que su profesional de salud ve de usted',
    aboutYouHelp:
      'Opcional. Se guardan en este teléfono y se envían solo con un código para compartir, para que su profesional de salud sepa de quién es el diario. Sin estos datos, solo ve su correo electrónico.',
    displayName: 'Su nombre, como debe verlo su profesional de salud',
    birthDate: 'Su fecha de nacimiento',
    nameError: (max) => `Escriba un nombre de ${max} caracteres como máximo, o deje el campo vacío.`,
    birthDateError: 'Escriba una fecha de nacimiento que no esté en el futuro, o deje el campo vacío.',
    saved: 'Guardado en este teléfono.',
    codeTitle: 'Dé un código a su profesional de salud',
    create: 'Crear un código',
    code: 'Su código para compartir',
    spelled: (symbols) => `Su código para compartir, un carácter a la vez: ${symbols}`,
    // `day` is today/tomorrow ("hoy", "mañana") or onDay ("el sáb 21 nov"), so it goes before the time.
    validUntil: (time, day) =>
      `Válido hasta ${day} a las ${time}. Sirve una sola vez, para un solo profesional de salud.`,
    today: 'hoy',
    tomorrow: 'mañana',
    yesterday: 'ayer',
    onDay: (date) => `el ${date}`,
    codeShows: (name, birthDate) =>
      name && birthDate
        ? `Con este código, su profesional de salud ve su correo electrónico, el nombre ${name} y su fecha de nacimiento, ${birthDate}.`
        : name
          ? `Con este código, su profesional de salud ve su correo electrónico y el nombre ${name}.`
          : birthDate
            ? `Con este código, su profesional de salud ve su correo electrónico y su fecha de nacimiento, ${birthDate}.`
            : 'Con este código, su profesional de salud ve su correo electrónico.',
    copy: 'Copiar',
    copyLabel: 'Copiar el código para compartir',
    copied: 'Copiado. Péguelo en un mensaje para su profesional de salud, o léaselo en voz alta.',
    copyFailed: 'Este navegador no lo pudo copiar: seleccione el código y cópielo, o léalo en voz alta.',
    share: 'Compartir',
    shareLabel: 'Compartir el código',
    shareTitle: 'Código para compartir de Unknot',
    shareText: (code, until) => `Mi código para compartir de Unknot: ${code}. ${until}`,
    openCodes: (count) =>
      `${count} ${plural(count, { one: 'código sin usar sigue abierto', other: 'códigos sin usar siguen abiertos' }, 'es')}; cada uno vence en un día o menos.`,
    access: 'Quién puede leer su diario',
    noAccess: 'Nadie: su diario es solo suyo.',
    since: (when) => `desde ${when}`,
    revoke: (who) => `Terminar el acceso de ${who}`,
    revoked: (who) => `${who} ya no puede leer su diario.`,
    trail: 'Quién leyó su diario',
    noReads: 'Nadie lo ha leído todavía.',
    did: {
      list: 'vio su nombre en la lista de pacientes',
      patient: 'vio su diario',
      summary: 'descargó su resumen de una página',
      fhir: 'descargó su registro para el sistema de su consultorio (FHIR)',
    },
    readLine: (who, did, count, day, time) =>
      count === 1
        ? `${who} ${did} una vez ${day}, a las ${time}.`
        : count === 2
          ? `${who} ${did} dos veces ${day}, la última a las ${time}.`
          : `${who} ${did} ${count} veces ${day}, la última a las ${time}.`,
    endedByYou: (who, day, time) => `Usted terminó el acceso de ${who} ${day} a las ${time}.`,
    endedByOperator: (who, day, time) =>
      `El acceso terminó ${day} a las ${time}: las personas que administran este servidor eliminaron la cuenta de ${who}.`,
    failed: 'No funcionó. Intente de nuevo en un momento.',
    offline: 'No se pudo conectar con el servidor. Revise su conexión e intente de nuevo.',
  },
  dashboard: {
    page: {
      description:
        'Unknot para profesionales de salud: los pacientes que comparten con usted su diario del dolor de espalda.',
      booting: 'Cargando…',
      noscript: 'El panel para profesionales de salud necesita JavaScript.',
    },
    title: 'Unknot para profesionales de salud',
    language: {
      label: 'Idioma',
      names: { en: 'English', es: 'Español' },
      switching: 'Abriendo el panel en ese idioma…',
      offline: 'Para cambiar de idioma hace falta conexión. Inténtelo de nuevo cuando tenga internet.',
    },
    signIn: 'Iniciar sesión',
    signInHelp: 'Para profesionales de salud cuya clínica usa este servidor de Unknot.',
    email: 'Correo electrónico',
    password: 'Contraseña',
    signInButton: 'Iniciar sesión',
    signOut: 'Cerrar sesión',
    signedInAs: (email) => `Sesión iniciada como ${email}.`,
    notClinician: 'Esta cuenta es de paciente. El panel es para cuentas de profesionales de salud.',
    setupTitle: 'Cree su contraseña',
    setupHelp: 'Elija una contraseña de al menos 10 caracteres. El enlace sirve una sola vez.',
    setupButton: 'Crear contraseña y entrar',
    setupDone: 'Su contraseña quedó creada. Ya inició sesión.',
    listTitle: 'Sus pacientes',
    findTitle: 'Buscar pacientes',
    listCaption:
      'Pacientes que comparten su diario con usted. Las flechas arriba y abajo del teclado pasan de un paciente a otro; Enter abre uno.',
    born: (date) => `nacimiento: ${date}`,
    sortEmail: 'Correo electrónico',
    addTitle: 'Agregar un paciente',
    addHelp: 'Escriba el código para compartir que su paciente creó en la Configuración de su app.',
    codeLabel: 'Código para compartir',
    addButton: 'Agregar paciente',
    added: (email) => `${email} ahora comparte su diario con usted.`,
    filterLabel: 'Mostrar',
    filter: {
      all: 'Todos los pacientes',
      redFlag: 'Signo de alarma: sí',
      warning: 'Signo de alarma: sí o no sabe',
      notImproving: 'No mejora como se espera',
      seeDoctor: 'Se le aconsejó ver a un médico',
    },
    searchLabel: 'El nombre o el correo contiene',
    sortLabel: 'Ordenar por',
    orderLabel: 'Orden',
    order: { asc: 'Ascendente (lo más urgente primero)', desc: 'Descendente' },
    apply: 'Aplicar',
    columns: {
      patient: 'Paciente',
      urgency: 'Recomendación',
      warning: 'Signos de alarma',
      notImproving: 'Evolución',
      days: 'Días desde el inicio (hora del paciente)',
      lastEntry: 'Última anotación',
    },
    sortBy: (column, direction) =>
      direction === 'ascending'
        ? `Ordenar por ${column}, en orden ascendente`
        : `Ordenar por ${column}, en orden descendente`,
    disposition: {
      emergency: 'Emergencia',
      urgent: 'Atención urgente hoy',
      gp_soon: 'Ver a un médico pronto',
      self_care: 'Autocuidado',
    },
    noEpisode: 'Aún sin episodio',
    redFlag: 'Sí',
    unsure: 'No sabe',
    none: 'Ninguno',
    notImprovingYes: 'No mejora',
    notImprovingNo: 'Como se espera',
    daysSince: (days) => `${days} ${plural(days, { one: 'día', other: 'días' }, 'es')}`,
    never: 'Aún ninguno',
    count: (shown, total) =>
      `${shown} de ${total} ${plural(total, { one: 'paciente', other: 'pacientes' }, 'es')}`,
    empty:
      'Ningún paciente coincide. Un paciente aparece aquí cuando le da a usted un código para compartir.',
    previous: 'Página anterior',
    next: 'Página siguiente',
    pageOf: (page, pages) => `Página ${page} de ${pages}`,
    back: 'Todos los pacientes',
    loading: 'Cargando…',
    failed: 'El servidor no respondió. Intente de nuevo en un momento.',
    lostAccess: 'Este paciente ya no comparte su diario con usted.',
    downloads: 'Para la historia clínica',
    summaryPdf: 'Resumen de una página (PDF)',
    fhir: 'Registro FHIR (JSON)',
    paper: 'Papel para el resumen',
    paperA4: 'A4',
    paperLetter: 'Carta (EE. UU.)',
  },
  patient: {
    title: (name) => `Paciente: ${name}`,
    born: (date) => `Fecha de nacimiento: ${date}`,
    dayNow: (day, zone) => `Día ${day} desde el inicio, según el calendario del paciente (${zone})`,
    headline: (advice) => `Recomendación de hoy: ${advice}`,
    advice: {
      emergency: 'atención de emergencia ahora',
      urgent: 'ver a un médico el mismo día',
      gp_soon: 'ver a un médico general o fisioterapeuta en el plazo de una semana',
      self_care: 'autocuidado, sin necesidad de revisión por ahora',
    },
    asOf: (date, day) => `Hasta el ${date}, día ${day} desde el inicio.`,
    sameAsApp: 'Es la recomendación que la app del paciente le da hoy.',
    basis: {
      check: (date) => `Se basa en la primera revisión (${date}).`,
      check_in: (date) => `Se basa en el control del ${date}.`,
      ratings: (date) => `Se basa en las puntuaciones de dolor hasta el ${date}.`,
    },
    closed: (date) => `El paciente cerró este episodio el ${date}.`,
    why: 'Por qué',
    noReasons: 'Ningún hallazgo requiere revisión hoy.',
    reasons: {
      saddle_numbness: () =>
        'Anestesia en silla de montar de nueva aparición: posible síndrome de cauda equina',
      bladder_dysfunction_new: () => 'Trastorno vesical de nueva aparición: posible síndrome de cauda equina',
      bowel_incontinence_new: () =>
        'Pérdida del control intestinal de nueva aparición: posible síndrome de cauda equina',
      sexual_dysfunction_new: () =>
        'Pérdida de la sensibilidad genital o de la función sexual de nueva aparición: posible síndrome de cauda equina',
      leg_weakness_progressive: () => 'Debilidad de la pierna que empeora: déficit neurológico progresivo',
      leg_symptoms_both_sides: () =>
        'Dolor, entumecimiento o debilidad en ambas piernas: compresión de más de una raíz nerviosa',
      major_trauma: () => 'Inicio con un traumatismo mayor: descartar una fractura de columna',
      sudden_tearing_pain: () =>
        'Dolor súbito, intenso y desgarrante: considerar una causa vascular, como la aorta',
      possible_spinal_infection: () =>
        'Fiebre con uso de drogas inyectables, inmunosupresión o cirugía de columna reciente: posible infección de la columna',
      fever: () => 'Fiebre o escalofríos con temblores: considerar una infección',
      history_of_cancer: () => 'Antecedente de cáncer: descartar metástasis en la columna',
      iv_drug_use: () => 'Se inyecta drogas: mayor riesgo de infección de la columna',
      immunosuppressed: () => 'Inmunosupresión: mayor riesgo de infección de la columna',
      leg_weakness: () => 'Debilidad nueva en una pierna: posible compresión de una raíz nerviosa',
      pain_uncontrolled: () => 'Dolor que no cede con nada: no es típico de un espasmo muscular simple',
      recent_spinal_surgery: () => 'Cirugía de columna en los últimos tres meses',
      possible_fracture: ({ age }) =>
        `Osteoporosis o corticoides orales a largo plazo, con un movimiento que desencadenó el dolor, o una caída o un golpe a los 70 años o más (edad: ${age}): posible fractura por fragilidad`,
      fragile_bones: () =>
        'Osteoporosis o corticoides orales a largo plazo, sin un desencadenante claro: una fractura por fragilidad es más probable',
      unsure_emergency_sign: ({ signs }) =>
        `Signo de emergencia no descartado, el paciente no estaba seguro: ${signs.join('; ')}`,
      unsure_urgent_sign: ({ signs }) =>
        `Signo de alarma no descartado, el paciente no estaba seguro: ${signs.join('; ')}`,
      pain_radiates_below_knee: () =>
        'Dolor que baja por una pierna hasta debajo de la rodilla: posible ciática',
      leg_numbness_or_tingling: () =>
        'Entumecimiento u hormigueo en una pierna: posible irritación de una raíz nerviosa',
      unexplained_weight_loss: () => 'Pérdida de peso involuntaria',
      night_pain_unrelieved: () => 'Dolor nocturno constante que no se alivia con ninguna posición',
      morning_stiffness_long: ({ age }) =>
        `Rigidez matutina prolongada a los ${age} años: considerar una enfermedad inflamatoria de la columna`,
      pregnant: () => 'Embarazo: revisar los medicamentos y examinar',
      first_episode: ({ age }) => `Primer episodio de dolor de espalda de su vida, a los ${age} años`,
      medication_side_effect_suspected: () =>
        'Los espasmos empezaron tras un cambio de medicamento: posible efecto secundario',
      thoracic_pain: () => 'Dolor sobre todo en la parte alta o media de la espalda',
      child_back_pain: ({ age }) => `Dolor de espalda a los ${age} años, menor de 16 años`,
      persisting_one_week: ({ day, painNow }) =>
        painNow === undefined
          ? `El dolor no ha cedido el día ${day}: sin puntuación el último día`
          : `El dolor no ha cedido el día ${day}: última puntuación ${painNow} de 10`,
      no_improvement_48h: ({ day, trend }) =>
        trend === 'worse'
          ? `Sin mejoría el día ${day}: el dolor es peor que al inicio`
          : `Sin mejoría el día ${day}: el dolor es igual que al inicio`,
    },
    latestPain: 'Dolor más reciente',
    painOn: (pain, date, expected) =>
      `${decimalOf(pain, 'es')} de 10 el ${date} (esperado a esta fecha: ${decimalOf(expected, 'es')})`,
    course: 'Evolución',
    courseStanding: {
      ahead: 'mejora más rápido que la evolución esperada',
      on_track: 'sigue la evolución esperada',
      slower: 'mejora más lento que la evolución esperada',
    },
    courseWorse: 'empeora',
    courseUnknown: 'muy pocas puntuaciones para comparar (se necesitan dos días)',
    signsTitle: 'Signos de alarma con respuesta sí o no sabe',
    signsNone: 'Ninguno: ningún signo de alarma tuvo respuesta sí o no sabe.',
    answer: { yes: 'sí', unsure: 'no sabe' },
    sign: (label, answer, when) => `${label}: ${answer}, ${when}`,
    atFirstCheck: (date) => `primera revisión (${date})`,
    atCheckIn: (day, date) => `informado en el control del día ${day} (${date})`,
    chart: {
      empty: 'Aún no hay puntuaciones de dolor. La línea discontinua es la evolución promedio (Costa 2012).',
      pain: (n) => decimalOf(n, 'es'),
      described: (v) =>
        `Las puntuaciones del paciente van de ${decimalOf(v.firstPain, 'es')} el día ${v.firstDay} a ${decimalOf(v.lastPain, 'es')} el día ${v.lastDay}. La evolución esperada, la recuperación promedio desde la primera puntuación, baja de ${decimalOf(v.courseStart, 'es')} a ${decimalOf(v.courseEnd, 'es')} para el día ${v.courseEndDay}.`,
      title: 'Dolor del paciente por día desde el inicio',
      dayAxis: 'día desde el inicio',
      yourPain: 'Dolor del paciente',
      averageKey: 'Evolución esperada (Costa 2012)',
      expectedKey: 'Evolución esperada (Costa 2012)',
      expectedCourse: 'Evolución esperada',
      tableCaption: 'Dolor del paciente por día, con la evolución esperada',
      day: 'Día',
      date: 'Fecha',
    },
    painTitle: 'Dolor del paciente frente a la evolución esperada',
    chartSource:
      'La evolución esperada es el dolor medio de 33 cohortes con lumbalgia aguda (Costa et al., CMAJ 2012), ajustado a la primera puntuación.',
    functionTitle: 'Puntuaciones de función',
    functionHelp:
      'Actividades que eligió el paciente, cada una puntuada de 0 (no puede hacerla) a 10 (como antes del dolor).',
    functionNone: 'Aún no hay actividades puntuadas.',
    activity: 'Actividad',
    change: 'Cambio',
    changeOf: (change) => (change > 0 ? `+${change}` : `${change}`),
    dateColumn: (date, day) => `${date}, día ${day}`,
    notRated: 'sin puntuar',
    oneRating: 'puntuada una vez',
    timelineTitle: 'Diario por día',
    dayTitle: (date, day) => `${date}, día ${day}`,
    rows: {
      firstCheck: 'Primera revisión',
      checkIn: 'Control',
      signs: 'Signos informados',
      pain: 'Dolor',
      function: 'Función',
      sessions: 'Frío y calor',
      medicine: 'Medicamentos',
      care: 'Otros cuidados',
      spasms: 'Espasmos',
      triggers: 'Posibles desencadenantes',
      notes: 'Notas',
    },
    firstCheckSigns: (count) =>
      count === 0
        ? 'ningún signo de alarma con respuesta sí o no sabe'
        : `${count} ${plural(count, { one: 'signo de alarma', other: 'signos de alarma' }, 'es')} con respuesta sí o no sabe`,
    checkInTrend: {
      better: 'mejor desde el inicio',
      same: 'sin cambios desde el inicio',
      worse: 'peor desde el inicio',
    },
    signOfDay: (label, answer) => `${label}: ${answer}`,
    painRatings: (ratings) => `${ratings.join(', ')} de 10`,
    session: (kind, minutes, felt) =>
      `${kind}${minutes === undefined ? '' : `, ${minutes} min`}${felt === undefined ? '' : `, ${felt}`}`,
    felt: {
      better: 'se sintió mejor después',
      same: 'no notó cambios después',
      worse: 'se sintió peor después',
    },
    medicineTaken: (entries) => (entries === 1 ? 'tomados' : `tomados, en ${entries} anotaciones`),
    spasmCounts: (counts) =>
      counts.map((n) => `${n} ${plural(n, { one: 'espasmo', other: 'espasmos' }, 'es')}`).join(', '),
    rating: (activity, score) => `${activity} ${score} de 10`,
    treatments: {
      ice: 'Compresa fría',
      heat: 'Calor',
      medicine: 'Medicamentos',
      exercise: 'ejercicios',
      rest: 'reposo',
      massage: 'masaje',
      stretching: 'estiramientos',
    },
    // The summary's words for the same triggers: one list, in the middle of a sentence.
    triggers: esExport.trigger,
    list: (items) => items.join(', '),
    olderEpisode: (onset) => `Episodio anterior, desde el ${onset}`,
    latestEpisode: (onset) => `Episodio desde el ${onset}`,
  },
};
