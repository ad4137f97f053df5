import type { Disposition } from '../../dispositions.ts';
import { calendarWords } from '../calendar-words.ts';
import { csvHeader, type EmergencyNumberArg, type ExportWords } from '../export-words.ts';
import { daysAgoOf, decimalOf, formatLocale, listOf } from '../intl.ts';
import { plural } from '../plural.ts';
import { emergencySignWords } from './findings.ts';

const list = (items: string[]): string => listOf(items, 'es');

/** Pain ratings and the expected course, to one decimal at most, with the Spanish decimal comma: "4,5". */
const pain = (n: number): string => decimalOf(n, 'es');

/** The summary's dates in Spanish words (calendar-words.ts): "mié, 25 nov". */
export const esDates = calendarWords(formatLocale.es, 'a');
const { longDate, dayWords, dateRun } = esDates;

const blank = '________________';

const times = (n: number): string => plural(n, { one: 'una vez', other: `${n} veces` }, 'es');

const onDays = (days: number): string =>
  plural(days, { one: `en ${days} día`, other: `en ${days} días` }, 'es');

const call = (number: EmergencyNumberArg): string =>
  number ? `llame al ${number}` : 'llame al número de emergencias';

/** All eight emergency signs and whom to call: the same safety net as the plan's, in every export. */
const safetyNet = (number: EmergencyNumberArg): string =>
  `Señales de emergencia: ${emergencySignWords.join('; ')}. Si aparece cualquiera de ellas, ${call(number)} ahora o vaya a un servicio de urgencias.`;

const esDispositionWords: Record<Disposition, string> = {
  emergency: 'Atención de emergencia ahora',
  urgent: 'Consulte a un médico hoy',
  gp_soon: 'Consulte a un médico o fisioterapeuta en el plazo de una semana',
  self_care: 'Autocuidado',
};

/** What the plan holds at each level: urgent is pain relief only until a clinician has seen the person. */
const planInBrief: Record<Disposition, string> = {
  emergency: 'Sin plan de cuidados en casa: primero, atención de emergencia.',
  urgent:
    'Solo alivio del dolor hasta que un profesional de salud haya visto a la persona: frío durante las primeras 72 horas, luego calor húmedo, en sesiones de 20 minutos; todavía sin ejercicios ni estiramientos.',
  gp_soon:
    'Frío durante las primeras 72 horas, luego calor húmedo, en sesiones de 20 minutos; reposo solo el que el dolor obligue, luego movimiento suave.',
  self_care:
    'Frío durante las primeras 72 horas, luego calor húmedo, en sesiones de 20 minutos; reposo solo el que el dolor obligue, luego movimiento suave.',
};

const answer: ExportWords['answer'] = { yes: 'Sí', no: 'No', unsure: 'No sabe', not_asked: 'No se preguntó' };

/** The answers as they read inside a sentence: fixed lower-case forms, never a case change at run time. */
const answerInSentence = new Map<string, string>([
  [answer.yes, 'sí'],
  [answer.no, 'no'],
  [answer.unsure, 'no sabe'],
  [answer.not_asked, 'no se preguntó'],
]);

const trend: ExportWords['trend'] = { better: 'mejor', same: 'igual', worse: 'peor' };

const treatment: ExportWords['treatment'] = {
  ice: 'Compresa fría',
  heat: 'Calor húmedo',
  medicine: 'Medicamento',
  exercise: 'Ejercicios',
  rest: 'Reposo',
  massage: 'Masaje',
  stretching: 'Estiramientos',
};

/** The treatments as they read inside a sentence, looked up by their names above. */
const treatmentInSentence = new Map<string, string>([
  [treatment.ice, 'compresa fría'],
  [treatment.heat, 'calor húmedo'],
  [treatment.medicine, 'medicamento'],
  [treatment.exercise, 'ejercicios'],
  [treatment.rest, 'reposo'],
  [treatment.massage, 'masaje'],
  [treatment.stretching, 'estiramientos'],
]);

const sessionName = (kind: 'ice' | 'heat', minutes: number): string =>
  kind === 'ice'
    ? plural(
        minutes,
        { one: `Compresa fría, ${minutes} minuto`, other: `Compresa fría, ${minutes} minutos` },
        'es',
      )
    : plural(
        minutes,
        { one: `Calor húmedo, ${minutes} minuto`, other: `Calor húmedo, ${minutes} minutos` },
        'es',
      );

export const esExport: ExportWords = {
  answer,
  trend,
  treatment,
  trigger: {
    lifting: 'levantar peso',
    twisting: 'girar el cuerpo',
    sudden_movement: 'un movimiento brusco',
    long_sitting: 'estar mucho tiempo sentado',
    long_standing: 'estar mucho tiempo de pie',
    poor_sleep: 'dormir mal',
    stress: 'estrés',
    dehydration: 'no tomar suficiente líquido',
    exercise: 'ejercicio o deporte',
  },
  disposition: esDispositionWords,
  summary: {
    title: 'Dolor de espalda baja: resumen para el profesional de salud',
    longDate,
    dateRun,
    patientName: (name) => `Nombre: ${name ?? `${blank}${blank}`}`,
    patientBirthDate: (date) => `Fecha de nacimiento: ${date ? esDates.fullDate(date) : blank}`,
    advice: (date, day, advice) => `Recomendación del ${date} (día ${day}): ${advice}`,
    brief: (reason) => reason.split(/(?<=[.!?])\s+/)[0] ?? reason,
    adviceWhy: (reasons, more) =>
      more > 0
        ? plural(
            more,
            {
              one: `Por qué: ${reasons.join(' ')} Y ${more} motivo más.`,
              other: `Por qué: ${reasons.join(' ')} Y ${more} motivos más.`,
            },
            'es',
          )
        : `Por qué: ${reasons.join(' ')}`,
    painInBrief: (first, latest, expected, checkIn) => {
      const a = pain(first.pain);
      const ratings = latest
        ? expected !== undefined
          ? `Dolor de ${a}/10 el día ${first.day} y de ${pain(latest.pain)}/10 el día ${latest.day} (evolución esperada para entonces: ${pain(expected)}).`
          : `Dolor de ${a}/10 el día ${first.day} y de ${pain(latest.pain)}/10 el día ${latest.day}.`
        : expected !== undefined
          ? `Dolor de ${a}/10 el día ${first.day} (evolución esperada para entonces: ${pain(expected)}).`
          : `Dolor de ${a}/10 el día ${first.day}.`;
      return checkIn
        ? `${ratings} En el último control, el día ${checkIn.day}, se sentía ${checkIn.trend}.`
        : ratings;
    },
    adviceNoReason:
      'Por qué: ninguna respuesta ni nada del diario indica que deba verlo un profesional de salud.',
    signs: (items) => `Señales de alarma reportadas: ${items.join('; ')}.`,
    signsNone: 'Señales de alarma reportadas: ninguna respondida con "sí" o "no sabe".',
    sign: (label, given, when) => `${label}: ${answerInSentence.get(given) ?? given} (${when})`,
    atFirstCheck: 'primera revisión',
    atCheckIn: (date, day) => `control del día ${day}, ${dayWords(date)}`,
    madeOn: (date) =>
      `Hecho el ${longDate(date)} por la app Unknot a partir de las respuestas y el diario de la propia persona.`,
    episode: (onset, day, asOf) =>
      `Empezó el ${longDate(onset)} (día 0); día ${day} de este episodio el ${longDate(asOf)}.`,
    closed: (date) => `Marcado como terminado el ${longDate(date)}.`,
    age: (years) => plural(years, { one: `Edad: ${years} año.`, other: `Edad: ${years} años.` }, 'es'),
    started: 'Cómo empezó',
    startedUnknown: 'No se indicó ningún desencadenante.',
    questions: 'Preguntas de la revisión y respuestas',
    questionsNote:
      'De la primera revisión; una señal reportada en un control posterior muestra su día. "No sabe" nunca se cuenta como "no".',
    questionCheckIn: (day) => `(día ${day})`,
    notAsked: (labels, all) =>
      all
        ? plural(
            labels.length,
            {
              one: `No se preguntó (${labels.length} pregunta: la persona omitió este paso).`,
              other: `No se preguntó (${labels.length} preguntas: la persona omitió este paso).`,
            },
            'es',
          )
        : `No se preguntó: ${list(labels)}.`,
    course: 'Recomendaciones dadas: solo los cambios',
    changeAt: (date, day) => `Desde el día ${day} (${dayWords(date)}), primera revisión:`,
    changeCheckIn: (date, day, felt) =>
      `Desde el día ${day} (${dayWords(date)}), control, se sentía ${felt}:`,
    changeToday: (date, day) => `Desde el día ${day} (${dayWords(date)}), hoy, según el diario más reciente:`,
    changesLeftOut: (count) =>
      plural(
        count,
        {
          one: `Hubo ${count} cambio más de recomendación entre estos: cada control está en el diario completo (exportación CSV o FHIR).`,
          other: `Hubo ${count} cambios más de recomendación entre estos: cada control está en el diario completo (exportación CSV o FHIR).`,
        },
        'es',
      ),
    changeKept: (checkIns) => {
      const days = list(checkIns.map((c) => `día ${c.day} (se sentía ${c.trend})`));
      return plural(
        checkIns.length,
        { one: `Sin cambios en el control: ${days}.`, other: `Sin cambios en los controles: ${days}.` },
        'es',
      );
    },
    chart: 'Dolor 0-10 por día desde el inicio',
    chartDay: 'día',
    chartYou: 'Promedio diario de las puntuaciones de la persona',
    chartExpected: 'Evolución esperada: el promedio (Costa et al., CMAJ 2012) ajustado al primer valor',
    chartNone: 'No hay puntuaciones de dolor registradas.',
    chartLatest: (latest, day, expected) =>
      `Más reciente: ${pain(latest)}/10 el día ${day}; la evolución esperada para entonces es ${pain(expected)}.`,
    treatments: 'Tratamientos y ejercicios hechos',
    treatmentLine: (name, n, days, minutes) =>
      minutes > 0
        ? plural(
            minutes,
            {
              one: `${name}: ${times(n)} ${onDays(days)}, ${minutes} minuto en total`,
              other: `${name}: ${times(n)} ${onDays(days)}, ${minutes} minutos en total`,
            },
            'es',
          )
        : `${name}: ${times(n)} ${onDays(days)}`,
    noTreatments: 'Nada registrado.',
    medicines: 'Medicamentos tomados, por nombre (sin dosis registradas)',
    medicineLine: (name, days, runs) =>
      plural(
        days,
        {
          one: `${name ?? 'Un medicamento sin nombre'}: ${days} día (${runs.join(', ')})`,
          other: `${name ?? 'Un medicamento sin nombre'}: ${days} días (${runs.join(', ')})`,
        },
        'es',
      ),
    moreMedicines: (names, more) =>
      `También se nombraron: ${list(more > 0 ? [...names, `${more} más`] : names)}; cada día está en el diario completo (exportación CSV o FHIR).`,
    noMedicines: 'No se registró ningún medicamento.',
    function: 'Actividades que a la persona le cuestan (0 = no puede hacerla, 10 = como antes)',
    functionHint: 'Puntuadas al inicio y cada semana, con las palabras de la propia persona.',
    noFunction: 'No hay actividades puntuadas.',
    notes: 'Notas con las palabras de la persona',
    noNotes: 'Sin notas.',
    earlierNotes: (count) =>
      plural(
        count,
        {
          one: `${count} nota anterior está en el diario completo (exportación CSV o FHIR).`,
          other: `${count} notas anteriores están en el diario completo (exportación CSV o FHIR).`,
        },
        'es',
      ),
    noteDate: dayWords,
    emergency: safetyNet,
    about:
      'Acerca de Unknot: una ayuda para cuidarse uno mismo en el espasmo muscular agudo de la espalda baja. Hace preguntas de revisión, sugiere con qué urgencia buscar atención y lleva un diario. No es un diagnóstico, no puede examinar a nadie y no sustituye el criterio de un profesional de salud. Nunca da dosis de medicamentos.',
    pageOf: 'Página 1 de 1',
  },
  tell: {
    started: (onset, day, how) => {
      const ago = daysAgoOf(day, 'es');
      // The start findings keep their own capital letters: quoted, as the person chose them.
      return how.length
        ? `Empezó el ${dayWords(onset)} (${ago}). Sobre cómo empezó, usted marcó: ${list(how.map((h) => `"${h}"`))}.`
        : `Empezó el ${dayWords(onset)} (${ago}).`;
    },
    warning: (labels) => `Usted respondió que sí a: ${list(labels)}.`,
    unsure: (labels) => `Tuvo dudas sobre: ${list(labels)}. Dígalo; pueden revisarlo.`,
    painNow: (rating, date) => `Su dolor era de ${pain(rating)} de 10 el ${dayWords(date)}.`,
    trend: (felt) =>
      felt === trend.same ? 'Desde que empezó, sigue igual.' : `Desde que empezó, ha ido a ${felt}.`,
    tried: (names) => `Ha probado: ${list(names.map((n) => treatmentInSentence.get(n) ?? n))}.`,
    medicines: (names, days) =>
      names.length
        ? plural(
            days,
            {
              one: `Anotó que tomó ${list(names)} en ${days} día: diga cuánto tomó; véalo en el empaque.`,
              other: `Anotó que tomó ${list(names)} en ${days} días: diga cuánto tomó; véalo en el empaque.`,
            },
            'es',
          )
        : plural(
            days,
            {
              one: `Anotó que tomó un medicamento en ${days} día: diga su nombre y cuánto tomó; véalo en el empaque.`,
              other: `Anotó que tomó un medicamento en ${days} días: diga su nombre y cuánto tomó; véalo en el empaque.`,
            },
            'es',
          ),
    history: (recurrent) =>
      recurrent
        ? 'Ya ha tenido antes espasmos de espalda como este.'
        : 'Este es su primer episodio de dolor de espalda.',
    noMedicineDose: 'Lleve sus medicamentos o sus empaques.',
  },
  fhir: {
    condition: 'Dolor lumbar (dolor de espalda baja)',
    questionnaire: 'Preguntas de revisión de Unknot para el espasmo muscular agudo de la espalda baja',
    questionnaireDescription:
      'Las preguntas que hace la app Unknot, en su orden: primero las señales de alarma, luego sobre la persona y el episodio, y después cómo empezó y cómo se siente. Cada pregunta lleva el hallazgo sobre el que pregunta.',
    painObservation: 'Intensidad del dolor 0-10, reportada por la persona',
    functionObservation:
      'Escala funcional específica del paciente: actividades puntuadas de 0 (no puede hacerla) a 10 (como antes)',
    diaryObservation: 'Anotación del diario de dolor de espalda',
    spasms: 'Número de espasmos',
    minutes: 'Minutos de la sesión',
    medicine: 'Medicamento tomado, por nombre',
    carePlan: 'Plan de autocuidado para el espasmo muscular agudo de la espalda baja',
    carePlanDescription: (disposition, number) =>
      `Nivel de recomendación: ${esDispositionWords[disposition]}. ${planInBrief[disposition]} ${safetyNet(number)}`,
    session: sessionName,
    checkIn: 'Control: ¿la espalda está mejor, igual o peor?',
    wakeTime: '¿A qué hora empieza su día?',
    sleepTime: '¿A qué hora termina su día?',
  },
  ics: {
    calendar: 'Plan de cuidado de la espalda de Unknot',
    session: (kind, minutes) =>
      kind === 'ice'
        ? plural(
            minutes,
            {
              one: `Compresa fría durante ${minutes} minuto`,
              other: `Compresa fría durante ${minutes} minutos`,
            },
            'es',
          )
        : plural(
            minutes,
            {
              one: `Calor húmedo durante ${minutes} minuto`,
              other: `Calor húmedo durante ${minutes} minutos`,
            },
            'es',
          ),
    sessionDescription: (kind, number) =>
      kind === 'ice'
        ? `Envuelva la compresa fría en un paño delgado; nunca ponga hielo directo sobre la piel. Pare si la piel se pone blanca o se entumece. ${safetyNet(number)}`
        : `Use una toalla húmeda tibia o una compresa de calor envuelta, tibia y no caliente; nunca ponga una toalla húmeda sobre una almohadilla eléctrica, y nunca se duerma sobre ella. ${safetyNet(number)}`,
    checkInDescription: (ask, number) => `${ask} ${safetyNet(number)}`,
    checkIn: 'Control de la espalda en Unknot',
    alarm: 'Recordatorio de Unknot',
    notMade: 'no se creó el calendario',
  },
  csv: { columns: csvHeader },
};
