import { findings } from '../../findings.ts';
import type { CliWords } from '../cli-words.ts';
import { daysAgoOf } from '../intl.ts';
import { plural } from '../plural.ts';
import { esDates } from './export.ts';
import { esFindings } from './findings.ts';

// Commands, flags, operands (FILE, BACKUP), JSON keys and codes stay as typed. The `check` prompt reads the
// Spanish answers below (`accepts`), and the English ones too.
const usage = `unknot: una ayuda para cuidarse en el espasmo muscular agudo de la espalda baja.
No sustituye a un profesional de salud: si tiene dudas, o si aparece una señal de alarma, busque ayuda médica.

Uso:
  unknot check [--today AAAA-MM-DD]   responder preguntas, obtener un resultado y el plan de hoy
  unknot triage [FILE] [--json]       evaluar un caso (JSON de FILE o de la entrada estándar)
  unknot triage [FILE] --jsonl        evaluar muchos casos: un caso JSON por línea de entrada, un resultado por línea de salida
  unknot plan [FILE] [--json]         evaluar un caso y hacer su plan de cuidados con fechas
  unknot plan [FILE] --jsonl          hacer el plan de muchos casos, uno por línea
  unknot serve [--port N]             iniciar el servidor: la app web, la API y la sincronización
  unknot export --format pdf|fhir|ics|csv [BACKUP.json]   exportar el episodio actual de una copia de seguridad
  unknot clinician add EMAIL          crear una cuenta de profesional de salud; muestra un enlace de un solo uso para configurarla
  unknot clinician list|remove EMAIL  los profesionales de salud; quitar uno (cierra sus sesiones y quita lo que se le compartió)
  unknot <command> --help             ayuda de un comando
  --lang en|es                        el idioma de las respuestas, antes o después del comando
                                      (por defecto: LC_ALL, LC_MESSAGES o LANG; si no, inglés)

Código de salida: 0 para todo caso válido, 2 para una entrada no válida (con --jsonl: 2 si se rechazó alguna línea).`;

const jsonlNote =
  'una línea rechazada da {"line":N,"error":{"field","message"}} y las demás siguen; sale con 2 si se rechazó alguna';

const caseHelp = `El caso es JSON, leído de FILE o de la entrada estándar cuando FILE es - o falta:
  { "age": 34, "onset": "2026-11-20", "asOf": "2026-11-21", "painNow": 7,
    "trend": "better", "findings": ["lifting_trigger", "localized_pain"] }

  age        obligatorio, años cumplidos, 0-120
  onset      obligatorio, AAAA-MM-DD en que empezó el dolor
  asOf       obligatorio, AAAA-MM-DD de esta revisión, no antes de onset
  painNow    opcional, número entero 0-10
  trend      opcional, "better" (mejor), "same" (igual) o "worse" (peor) desde que empezó
  unsure     opcional, los códigos de abajo respondidos "no sé" (nunca se leen como "no")
  wakeTime, sleepTime  opcional (solo plan), "HH:MM"; por defecto 07:00 y 22:00
  findings   opcional, códigos de hallazgos:
${findings.map((f) => `    ${f.code.padEnd(34)} ${esFindings[f.code].label}`).join('\n')}`;

const verbs: CliWords['help']['verbs'] = {
  triage: `unknot triage [FILE] [--json]
Muestra con qué urgencia buscar ayuda (emergency, urgent, gp_soon o self_care) y cada motivo.
  --json   un documento JSON: { disposition, days, reasons[] }
  --jsonl  lote: un caso por línea de entrada, un resultado por línea de salida (${jsonlNote})

${caseHelp}`,
  plan: `unknot plan [FILE] [--json]
Evalúa el caso y luego muestra un plan de cuidados desde asOf: sesiones de frío o calor entre la hora
de levantarse y la de acostarse, controles, indicaciones de reposo y recomendaciones.
  --json   un documento JSON: { triage, sessions[], checkIns[], maxBedRestDays, advice[], days[] }
  --jsonl  lote: un caso por línea de entrada, un plan por línea de salida (${jsonlNote})

${caseHelp}
  wakeTime   opcional, HH:MM en que empieza el día (por defecto 07:00)
  sleepTime  opcional, HH:MM en que termina el día (por defecto 22:00)`,
  check: `unknot check [--today AAAA-MM-DD]
Hace las preguntas una por una: primero las señales de alarma, luego sobre usted y cómo empezó, después
el resultado y al final un paso opcional para ajustar su plan. Responda s (sí), n (no) o ? (no sé); en una
lista numerada, escriba los números, ?N para uno del que tenga dudas, o "ninguno". Escriba "atrás"
para cambiar la última respuesta. Las respuestas pueden llegar por una tubería (pipe), una por línea.
--today fija la fecha de la revisión (por defecto: hoy).`,
};

/** Why a file could not be read, each reason its own whole message. */
const unreadableWhy: Record<
  'missing' | 'folder' | 'other',
  (name: string, file: string, what: string) => string
> = {
  missing: (name, file, what) =>
    `${name}: no se puede leer "${file}": no existe ese archivo; indique la ruta de ${what}, o - para la entrada estándar`,
  folder: (name, file, what) =>
    `${name}: no se puede leer "${file}": es una carpeta; indique la ruta de ${what}, o - para la entrada estándar`,
  other: (name, file, what) =>
    `${name}: no se puede leer "${file}": no se pudo leer; indique la ruta de ${what}, o - para la entrada estándar`,
};

export const esCli: CliWords = {
  help: { usage, verbs },
  usage: {
    unknownCommand: (verb) =>
      `comando: comando desconocido "${verb}"; use check, triage, plan, export, serve o clinician (vea unknot --help)`,
    badOption: (reason, verb) => `opciones: ${reason}; vea unknot ${verb} --help`,
    lang: (given) => `--lang: Unknot no habla "${given}"; use es (español) o en (inglés)`,
    today: '--today: debe ser una fecha del calendario como AAAA-MM-DD',
    oneFile: (given) =>
      plural(
        given,
        {
          one: `FILE: indique un solo archivo de caso (se indicó ${given})`,
          other: `FILE: indique un solo archivo de caso (se indicaron ${given})`,
        },
        'es',
      ),
    jsonOrJsonl: 'opciones: use --json o --jsonl, no ambas',
  },
  render: {
    treatment: { ice: 'compresa fría', heat: 'calor húmedo' },
    headline: {
      emergency: 'BUSQUE ATENCIÓN DE EMERGENCIA AHORA',
      urgent: 'CONSULTE HOY A UN MÉDICO',
      gp_soon: 'PIDA PRONTO CITA CON UN MÉDICO O FISIOTERAPEUTA',
      self_care: 'PUEDE CUIDARSE POR SU CUENTA',
    },
    started: (days) => `empezó ${daysAgoOf(days, 'es')}`,
    when: (text) => `Cuándo: ${text}`,
    who: (text) => `A quién acudir: ${text}`,
    why: 'Por qué:',
    whatToTell: 'Qué decirles:',
    noHomePlan: 'Sin plan de cuidados en casa: primero busque atención de emergencia.',
    today: (date, day) => `HOY, ${esDates.dayWords(date)} (día ${day})`,
    sessionsAt: (name, minutes, times) =>
      plural(
        minutes,
        {
          one: `${name}, ${minutes} minuto a las: ${times}`,
          other: `${name}, ${minutes} minutos a las: ${times}`,
        },
        'es',
      ),
    activity: {
      rest_allowed: (maxRest) =>
        plural(
          maxRest,
          {
            one: `Repose solo lo que el dolor le obligue, y no más de ${maxRest} día en total: pasar más tiempo en cama hace más lenta la recuperación. Levántese y muévase un poco cada hora.`,
            other: `Repose solo lo que el dolor le obligue, y no más de ${maxRest} días en total: pasar más tiempo en cama hace más lenta la recuperación. Levántese y muévase un poco cada hora.`,
          },
          'es',
        ),
      gentle_movement: () =>
        'Siga en movimiento, con calma: haga caminatas cortas y cambie de postura a menudo. No levante cosas pesadas.',
      comfort_until_seen: () =>
        'Hasta que le vea un médico: busque estar en una postura cómoda, descanse lo que necesite y deje por ahora los ejercicios y estiramientos.',
    },
    activityShort: {
      rest_allowed: 'reposo solo el que obligue el dolor',
      gentle_movement: 'movimiento suave',
      comfort_until_seen: 'comodidad hasta la consulta',
    },
    nextDays: 'PRÓXIMOS DÍAS',
    noSessions: 'sin sesiones',
    day: (date, day) => `${esDates.dayWords(date)} (día ${day})`,
    checkIns: 'CONTROLES',
    advice: 'RECOMENDACIONES',
    // Source titles stay in English, and say so.
    sources: (titles) =>
      plural(
        titles.length,
        {
          one: `(fuente, en inglés: ${titles.join('; ')})`,
          other: `(fuentes, en inglés: ${titles.join('; ')})`,
        },
        'es',
      ),
  },
  input: {
    empty: 'entrada: vacía; indique un caso JSON como {"age":34,"onset":"2026-11-20","asOf":"2026-11-21"}',
    emptyLine: 'entrada: línea vacía; indique un caso JSON en cada línea',
    notJson: (reason) =>
      `entrada: no es un JSON válido (${reason}); revise las comillas, las comas, las llaves y los corchetes`,
    invalidCase: 'entrada: caso no válido',
    unreadable: (name, file, why, what) => unreadableWhy[why](name, file, what),
    caseFile: 'un archivo de caso JSON',
    backupFile: 'un archivo de copia de seguridad',
    at: (line, column) => ` en la línea ${line}, columna ${column}`,
    refused: (verb, refused, total) =>
      plural(
        refused,
        {
          one: plural(
            total,
            {
              one: `unknot: ${verb} --jsonl: se rechazó ${refused} de ${total} línea; cada línea rechazada tiene un objeto de error en la salida estándar`,
              other: `unknot: ${verb} --jsonl: se rechazó ${refused} de ${total} líneas; cada línea rechazada tiene un objeto de error en la salida estándar`,
            },
            'es',
          ),
          other: `unknot: ${verb} --jsonl: se rechazaron ${refused} de ${total} líneas; cada línea rechazada tiene un objeto de error en la salida estándar`,
        },
        'es',
      ),
  },
  check: {
    intro: 'Unknot: una revisión rápida de su espalda. No sustituye a un profesional de salud.',
    howToAnswer: 'Responda s (sí), n (no) o ? (no sé). Escriba "atrás" para cambiar su última respuesta.',
    accepts: {
      yes: ['s', 'si', 'sí'],
      no: ['n', 'no'],
      unsure: ['?', 'no sé', 'no se', 'no estoy seguro', 'no estoy segura'],
      better: ['m', 'mejor'],
      same: ['i', 'igual'],
      worse: ['p', 'peor'],
      today: ['hoy'],
      yesterday: ['ayer'],
      none: ['ninguno', 'ninguna', 'nada'],
      back: ['atrás', 'atras'],
      daysAgo: (text) => {
        const m = /^(?:hace )?(\d+)(?: d[ií]as?)?$/.exec(text);
        return m ? Number(m[1]) : undefined;
      },
    },
    regions: {
      europe: 'Europa',
      uk: 'Reino Unido',
      us_ca: 'EE. UU., Canadá, México y gran parte de América Latina',
    },
    emergencyNumbers: (numbers) => `Números de emergencias: ${numbers}.`,
    numberIn: (number, region) => `${number} (${region})`,
    prompts: {
      yesNo: '[s/n/?]',
      signs: (count) =>
        `[escriba los números que correspondan, p. ej. 1 3; ?N para uno del que tenga dudas, p. ej. ?${Math.min(2, count)}; o "ninguno" si no hay ninguno]`,
      list: () => '[escriba los números que correspondan, p. ej. 1 3; o "ninguno" si no hay ninguno]',
      tailor: () =>
        '[escriba los números que correspondan, p. ej. 1 3; o "ninguno" si no hay ninguno; una línea vacía omite este paso]',
      age: '[años]',
      date: '[AAAA-MM-DD, hoy, ayer o hace N días]',
      trend: '[m (mejor)/i (igual)/p (peor)/?]',
      pain: '[0 a 10, o ? si no puede decirlo]',
    },
    count: (position, total) => `(${position}/${total})`,
    countMore: (position) => `(${position}, faltan unas pocas más)`,
    countLast: (position) => `(${position}, la última)`,
    pain: 'Dolor: escriba un número entero de 0 (sin dolor) a 10 (el peor), o ? si no puede decirlo.',
    sessionsPassed: (count) =>
      plural(
        count,
        {
          one: `El plan de hoy, abajo, no incluye ${count} sesión cuya hora ya pasó.`,
          other: `El plan de hoy, abajo, no incluye ${count} sesiones cuya hora ya pasó.`,
        },
        'es',
      ),
    answerYesNo: 'Por favor, responda s (sí), n (no) o ? (no sé).',
    age: 'Edad: por favor, escriba su edad como un número entero de 0 a 120.',
    onset:
      'Fecha de inicio: escriba una fecha como AAAA-MM-DD, "hoy", "ayer" o cuántos días hace que empezó (p. ej. "hace 3 días").',
    onsetAfterToday: (date, today) => `Fecha de inicio: ${date} es posterior a hoy (${today}).`,
    trend: 'Por favor, responda m (mejor), i (igual), p (peor) o ? (no sé).',
    howToChoose: (count, allowUnsure) =>
      allowUnsure
        ? `escriba los números que correspondan (del 1 al ${count}), ?N para uno del que tenga dudas (p. ej. ?${Math.min(2, count)}), o "ninguno" si no hay ninguno`
        : `escriba los números que correspondan (del 1 al ${count}), o "ninguno" si no hay ninguno`,
    chooseAgain: (how) => `Por favor, ${how}.`,
    notAChoice: (word, how) => `"${word}" no es una de las opciones: ${how}.`,
    recheck: 'Tenía dudas. Cómo comprobarlo ahora:',
    recheckThen: 'Luego responda una vez más. Si aún no puede saberlo, responda ? y le diremos qué hacer.',
    tellThem: 'Dígales:',
    adviceChanged: 'Sus últimas respuestas cambian la recomendación:',
    endedEarly: (question) =>
      `check: las respuestas terminaron antes de la pregunta "${question}"; responda todas las preguntas`,
  },
  export: {
    help: `unknot export --format pdf|fhir|ics|csv [--page a4|letter] [BACKUP.json]
Lee el archivo de copia de seguridad de la app (Más > Configuración, "Copia de seguridad") de BACKUP.json, o de la
entrada estándar cuando es - o falta, y escribe una exportación del episodio actual en la salida estándar:
  pdf    el resumen de una página para un profesional de salud (--page a4, por defecto, o letter)
  fhir   un Bundle FHIR R4 (JSON): Patient, Condition, Observations, Questionnaire y sus respuestas, CarePlan
  ics    las sesiones y los controles del plan como eventos de calendario con recordatorios
  csv    el diario, una fila por cada anotación actual
Ejemplo: unknot export --format pdf backup.json > resumen.pdf`,
    format: (given) =>
      given === undefined
        ? '--format: indique pdf, fhir, ics o csv (no se indicó ninguno)'
        : `--format: indique pdf, fhir, ics o csv (se recibió ${given})`,
    page: (given) => `--page: indique a4 o letter (se recibió ${given})`,
    oneBackup: (given) =>
      plural(
        given,
        {
          one: `BACKUP: indique un solo archivo de copia de seguridad (se indicó ${given})`,
          other: `BACKUP: indique un solo archivo de copia de seguridad (se indicaron ${given})`,
        },
        'es',
      ),
    empty: 'BACKUP: entrada vacía; indique el archivo de copia de seguridad que guardó la app',
    notBackup: (reason) => `BACKUP: no es una copia de seguridad válida de Unknot: ${reason}`,
    noEpisode: 'BACKUP: episodes: la copia de seguridad no tiene ningún episodio para exportar',
  },
};
