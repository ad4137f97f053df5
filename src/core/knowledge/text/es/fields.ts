import type { BoundOrigin, FieldsWords } from '../fields-words.ts';

// Whole phrases per bound and origin, not "at most"/"at least" glued into one template.
const atMost = (n: string, origin: BoundOrigin): string =>
  origin === 'string'
    ? `debe tener como máximo ${n} caracteres`
    : origin === 'array'
      ? `debe contener como máximo ${n} elementos`
      : `debe ser como máximo ${n}`;

const atLeast = (n: string, origin: BoundOrigin): string =>
  origin === 'string'
    ? `debe tener al menos ${n} caracteres`
    : origin === 'array'
      ? `debe contener al menos ${n} elementos`
      : `debe ser al menos ${n}`;

/** JSON types by name, each with its own article; any other keeps its name. */
const types = new Map<string, string>([
  ['array', 'una lista'],
  ['string', 'un texto'],
  ['number', 'un número'],
  ['int', 'un número entero'],
  ['boolean', 'un valor true o false'],
  ['object', 'un objeto'],
]);

export const esFields: FieldsWords = {
  hints: {
    age: 'un número entero de años, de 0 a 120',
    onset: 'la fecha del calendario en que empezó el dolor, con el formato AAAA-MM-DD',
    asOf: 'la fecha del calendario de esta revisión, con el formato AAAA-MM-DD, no anterior a onset',
    painNow: 'un número entero de 0 (sin dolor) a 10 (el peor imaginable)',
    trend: 'uno de "better", "same" o "worse"',
    findings: 'una lista de códigos de hallazgos (vea `unknot triage --help`)',
    unsure: 'una lista de los códigos de hallazgos respondidos con "No sé" (vea `unknot triage --help`)',
    wakeTime: 'una hora local con el formato HH:MM, por ejemplo 07:00',
    sleepTime: 'una hora local con el formato HH:MM, posterior a wakeTime',
    email: 'una dirección de correo como nombre@example.org',
    password: (min, max) => `una contraseña de ${min} a ${max} caracteres`,
    newPassword: (min, max) => `una contraseña nueva de ${min} a ${max} caracteres`,
    currentPassword: 'su contraseña actual',
    emergencyNumber: 'el número al que se llama en una emergencia: de 2 a 15 dígitos, + * o #',
    backupApp: '"unknot", tal como lo guarda la aplicación',
    backupVersion: '1, la única versión de copia de seguridad hasta ahora',
    syncCursor:
      'el cursor de la respuesta de la sincronización anterior, o nada en la primera sincronización',
    deviceToday: 'la fecha de hoy en el calendario del propio dispositivo, con el formato AAAA-MM-DD',
    timeZone: 'la zona horaria del dispositivo, como nombre IANA, por ejemplo Europe/Berlin',
    languageChosenAt:
      'el instante en que se eligió el idioma, con su diferencia horaria, como 2026-11-21T09:30:00Z',
    syncEntries: (max) => `una lista de ${max} anotaciones del diario como máximo`,
    syncEpisodes: (max) => `una lista de ${max} episodios como máximo`,
    shareCode: 'el código para compartir que le dio su paciente, diez letras y dígitos como ABCDE-12345',
    setupToken: 'el token de su enlace de configuración',
    displayName: (max) =>
      `el nombre que quiere que vea su profesional de salud, de ${max} caracteres como máximo`,
    birthDate: 'su fecha de nacimiento, con el formato AAAA-MM-DD',
    oneOf: (...values) => `uno de estos: ${values.join(', ')}`,
    sortDirection: 'asc o desc',
    patientSearch: (max) => `parte del nombre o del correo de un paciente, de ${max} caracteres como máximo`,
    page: 'un número de página de 0 a 9999',
  },
  unknowns: {
    finding: 'no es un código de hallazgo conocido; use uno de la lista de `unknot triage --help`',
  },
  checks: {
    notADate: 'no es una fecha real del calendario',
    notATime: 'no es una hora del día con el formato HH:MM',
    beforeOnset: (onset) => `es anterior a onset (${onset})`,
    shortDay: (minutes) => `debe ser al menos ${minutes} minutos después de wakeTime, el mismo día`,
    sameActivityTwice: 'nombra la misma actividad dos veces',
    instantRange:
      'debe ser un instante entre los años 0001 y 9999, con precisión máxima de microsegundos y una diferencia horaria dentro de +-15:59',
    notATimeZone:
      'no es una zona horaria que este servidor conozca: use un nombre IANA como Europe/Berlin o America/Los_Angeles',
    outsideWindow: (from, to) => `debe ser una fecha de ${from} a ${to}`,
    afterToday: (latest) =>
      `es posterior a ${latest}, el día después de hoy en este dispositivo: el dolor no puede haber empezado después de esa fecha`,
    outsideEpisode: (onset, from, to) =>
      `debe quedar dentro de su episodio (onset ${onset}): una fecha de ${from} a ${to}`,
  },
  nothing: 'nada',
  type: (expected) => types.get(expected) ?? `un valor de tipo ${expected}`,
  atMost: (n, origin) => atMost(n, origin),
  atLeast: (n, origin) => atLeast(n, origin),
  mustBe: (what) => `debe ser ${what}`,
  uuid: 'debe ser un UUID creado por el dispositivo',
  instant: 'debe ser un instante con su diferencia horaria, como 2026-11-21T09:30:00Z',
  format: (format) => `debe tener el formato ${format}`,
  onlyValue: (value) => `debe ser ${value} o no incluirse`,
  oneOf: (values) => `debe ser uno de estos: ${values.join(', ')}`,
  notValid: (detail) => `no es válido: ${detail}`,
  // Whole sentences per branch: with the field's hint, or none.
  secret: (field, what) => (what === undefined ? `${field} debe indicarse` : `${field} debe ser ${what}`),
  required: (field, what) => `${field} es obligatorio: indique ${what}`,
  unknownValue: (field, got, unknown) => `${field}: ${got} ${unknown}`,
  checkWithHint: (field, check, hint) => `${field} ${check}: indique ${hint}`,
  checkGot: (field, check, got) => `${field} ${check} (recibido: ${got})`,
  hintGot: (field, hint, got) => `${field} debe ser ${hint} (recibido: ${got})`,
  wantedGot: (field, wanted, got) => `${field} ${wanted} (recibido: ${got})`,
  notACase: (got) => `el caso debe ser un objeto JSON con age, onset y asOf (recibido: ${got})`,
  backup: {
    notJson: 'El archivo no es una copia de seguridad de Unknot: no es JSON válido.',
    notABackup:
      'El archivo no es una copia de seguridad de Unknot: no contiene un objeto de copia de seguridad.',
  },
  fhir: {
    notARecord: (prefix) => `${prefix}: no es un registro`,
    notABundle: 'resourceType: el archivo no es un Bundle FHIR',
    noEpisode: 'Condition: el Bundle no contiene ningún episodio de Unknot',
  },
};
