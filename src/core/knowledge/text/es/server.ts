import { decimalOf } from '../intl.ts';
import { plural } from '../plural.ts';
import type { ServerWords } from '../server-words.ts';

const seconds = (n: number) => `${n} ${plural(n, { one: 'segundo', other: 'segundos' }, 'es')}`;
const minutes = (n: number) => `${n} ${plural(n, { one: 'minuto', other: 'minutos' }, 'es')}`;

export const esServer: ServerWords = {
  serve: {
    help: `Uso: unknot serve [--port N] [--host DIRECCIÓN] [--data-dir DIR] [--build]

Inicia el servidor de Unknot: la aplicación web y su API.
  --port N           puerto donde escuchar (predeterminado: PORT, si no 3000; 0 elige uno libre)
  --host DIRECCIÓN   dirección donde escuchar (predeterminada: 127.0.0.1; 0.0.0.0 para todas las interfaces)
  --data-dir DIR     carpeta de la base de datos integrada (predeterminada: UNKNOT_DATA_DIR, si no ./data)
  --build            compila antes la aplicación web si sus fuentes son más nuevas que dist/web
Si DATABASE_URL está definida, el servidor usa ese servidor PostgreSQL en lugar de la base de datos integrada.
`,
    refused: (reason) => `unknot serve: ${reason}`,
    port: (given) => `--port debe ser un número entero de 0 a 65535 (recibido: ${given})`,
    building: 'Compilando la aplicación web (npm run build:web)…',
    noBuilder:
      'la aplicación web es más antigua que sus fuentes, y Vite (una dependencia de desarrollo) no está instalado para compilarla de nuevo: ejecute npm ci',
    notBuilt: 'la aplicación web no se compiló; se sirven la API y una página provisional',
    couldNotStart: (reason) => `no se pudo iniciar: ${reason}`,
    running: (url) => `Unknot está funcionando en ${url}`,
  },
  notBuiltPage: {
    title: 'Unknot: la aplicación no está compilada',
    heading: 'Unknot está funcionando, pero la aplicación no está compilada',
    body: (build, start) =>
      `El servidor y su API funcionan. Para usar la aplicación en este navegador, compílela con ${build}
y reinicie, o inicie el servidor con ${start}, que la compila primero.`,
  },
  openapi: {
    title: 'API de Unknot',
    summaries: {
      health: 'Si el servidor y su base de datos responden',
      openapi: 'Este documento: cada ruta, su cuerpo y sus respuestas',
      signUp: 'Crear una cuenta; inicia la sesión',
      logIn: 'Iniciar sesión',
      logOut: 'Cerrar la sesión en este dispositivo',
      signOutEverywhere: 'Cerrar la sesión en todos los dispositivos de la cuenta, también en este',
      me: 'La cuenta con la sesión iniciada y su token CSRF',
      session:
        'Si este navegador tiene la sesión iniciada: la cuenta y su token CSRF, o signedIn false (nunca un 401)',
      password: 'Cambiar la contraseña; se cierra la sesión en los demás dispositivos',
      deleteAccount: 'Borrar la cuenta y cada fila de sus datos',
      sync: 'Enviar anotaciones y episodios; recibir los cambios desde el cursor',
      triage: 'Hacer la revisión (triaje) de un caso',
      plan: 'Hacer la revisión (triaje) de un caso y planear su cuidado',
      shareCode:
        'Crear un código para compartir con un profesional de salud (cuenta de paciente; el código sirve una vez, durante 24 horas)',
      shares:
        'Los profesionales de salud que pueden leer este diario, y los códigos para compartir aún abiertos',
      revokeShare: 'Quitar el acceso a un profesional de salud; termina con su siguiente solicitud',
      reads: 'El registro de auditoría: cada lectura de este diario por un profesional de salud',
      clinicianSetup:
        'Un profesional de salud crea una contraseña con el enlace de un solo uso de `unknot clinician add`; inicia la sesión',
      clinicianSettings:
        'La configuración propia de un profesional de salud: el papel en que se imprimen sus resúmenes',
      saveClinicianSettings: 'Un profesional de salud guarda su propia configuración',
      redeem: 'Un profesional de salud usa el código para compartir de un paciente',
      patients: 'Los pacientes de un profesional de salud con sus alertas, ordenados y filtrados, una página',
      patient: 'Las alertas, los episodios y las anotaciones de un paciente',
      summaryPdf: 'El resumen de una página de un episodio, en PDF',
      fhir: 'Un episodio como Bundle FHIR R4',
    },
    csrf: 'Las solicitudes que cambian datos con la sesión iniciada llevan este encabezado con el valor csrf de GET /api/v1/me.',
    done: 'hecho',
    failure: 'qué está mal, y el campo',
    undescribed: (routes) =>
      `rutas no registradas desde la tabla de rutas (core/api.ts, server/routes.ts): ${routes}`,
    unroled: (routes) =>
      `rutas que no declaran a quién sirven (config.roles: 'anyone', o una lista de roles): ${routes}`,
  },
  secret: {
    envTooShort: (min) =>
      `UNKNOT_SERVER_SECRET tiene menos de ${min} caracteres: use un valor largo y aleatorio (openssl rand -base64 32), o quite la variable para usar el archivo de la carpeta de datos`,
    badFile: (file) =>
      `${file} no es un secreto del servidor (32 bytes aleatorios como texto base64url): recupérelo de una copia de seguridad, o bórrelo para crear uno nuevo (los códigos para compartir abiertos dejarán de funcionar)`,
  },
  dataDir: {
    // Whole sentences per branch: with or without the process id of the owner.
    inUse: (dir, owner) =>
      owner
        ? `la carpeta de datos ${dir} está en uso por el proceso ${owner}; deténgalo, o defina DATABASE_URL para compartir un servidor PostgreSQL`
        : `la carpeta de datos ${dir} está en uso por otro servidor; deténgalo, o defina DATABASE_URL para compartir un servidor PostgreSQL`,
    unclaimed: (dir) => `no se pudo tomar la carpeta de datos ${dir}; inténtelo de nuevo`,
    noTemplate: (template) =>
      `UNKNOT_PGLITE_TEMPLATE indica ${template}, que no es un clúster de PGlite; quite la variable, o cree uno con PGlite.create`,
  },
  admin: {
    notARequest: 'no es una solicitud que este canal responda: acepta add, list y remove de unknot clinician',
    noAnswer: (path) =>
      `el servidor en ${path} no respondió: ¿todavía está iniciando o deteniéndose? Inténtelo de nuevo`,
    noSocket: (path, reason) =>
      `no se pudo crear el socket del operador ${path} (${reason}); unknot clinician solo funciona mientras este servidor está detenido`,
  },
  problems: {
    badAddress: 'la dirección no es válida: revise si la ruta tiene un signo % de más',
    notUtf8: 'el cuerpo no es UTF-8 válido: envíe el texto JSON en UTF-8',
    databaseDown: 'la base de datos no responde; inténtelo de nuevo en un momento',
    serverFault: 'algo salió mal en el servidor; inténtelo de nuevo en un momento',
    notFound: (method, path) => `aquí no existe ${method} ${path}: vea /api/v1/openapi.json`,
    // Whole sentences per kind of attempt: the Spanish words differ in gender.
    tooMany: (what, n) =>
      ({
        fromAddress: `demasiados intentos desde esta dirección: espere ${seconds(n)} e inténtelo de nuevo`,
        failedLogins: `demasiados inicios de sesión fallidos con este correo: espere ${seconds(n)} e inténtelo de nuevo`,
        wrongPasswords: `demasiadas contraseñas incorrectas: espere ${seconds(n)} e inténtelo de nuevo`,
      })[what],
    body: {
      notObject: (what) => `el cuerpo debe ser un objeto JSON: ${what}`,
      notJson: 'el cuerpo no es JSON válido: envíe un objeto JSON',
      tooLarge: 'el cuerpo es demasiado grande: envíe menos anotaciones en cada solicitud',
      mediaType: 'envíe el cuerpo como JSON con el encabezado content-type: application/json',
      length: 'el encabezado content-length no coincide con el cuerpo',
      unreadable: 'no se pudo leer la solicitud: envíe un objeto JSON',
      tooDeep: 'el cuerpo tiene demasiados niveles anidados: envíe la forma documentada',
      brokenCharacter: (path) =>
        path === undefined
          ? 'el cuerpo contiene un carácter NUL o un carácter Unicode dañado: quítelo'
          : `${path} contiene un carácter NUL o un carácter Unicode dañado: quítelo`,
      brokenFieldName: 'un nombre de campo contiene un carácter NUL o un carácter Unicode dañado',
      notCase: 'el cuerpo debe ser un objeto JSON de caso con age, onset y asOf',
    },
    give: {
      credentials: 'indique "email" y "password"',
      passwordChange: 'indique "currentPassword" y "newPassword"',
      deletion: 'indique "password" para confirmar',
      sync: 'indique "entries", "episodes" y "cursor"',
      syncRecord: (list) => `cada elemento de ${list} debe ser un objeto JSON`,
    },
    signedOut: 'no ha iniciado sesión, o su sesión venció: inicie sesión de nuevo',
    csrf: (header) => `envíe el encabezado ${header} con el valor csrf de GET /api/v1/me`,
    weakPassword: (field) =>
      `${field} es demasiado común o fácil de adivinar: use una frase más larga de varias palabras sin relación entre sí`,
    emailTaken: 'ya existe una cuenta con este correo: mejor inicie sesión',
    wrongCredentials: 'el correo o la contraseña no son correctos: revise los dos e inténtelo de nuevo',
    wrongPassword: 'la contraseña no es correcta: indique su contraseña actual para confirmar',
    cursor: 'cursor no es uno que este servidor haya dado: no lo incluya para sincronizar desde el inicio',
    accountGone: 'esta cuenta ya no existe: inicie sesión de nuevo',
    syncsInProgress: (open) =>
      plural(
        open,
        {
          one: `esta cuenta ya tiene ${open} sincronización en curso: espere a que termine`,
          other: `esta cuenta ya tiene ${open} sincronizaciones en curso: espere a que terminen`,
        },
        'es',
      ),
    abandoned: 'la solicitud se abandonó antes de leerse',
    recordTooLarge: (size, limit) =>
      `ocupa ${size} KB como JSON, y un registro puede ocupar como máximo ${limit} KB: acorte su nota`,
    diskFull: (free, floor) =>
      `el disco del servidor está casi lleno (${free} MB libres; siempre deja al menos ${floor} MB libres), así que no se guarda nada nuevo: sus anotaciones se quedan en el dispositivo y se envían cuando el operador del servidor libere espacio`,
    signUpBytesPerDay: (limit, mins) =>
      `las cuentas creadas hoy desde esta dirección ya ocupan entre todas ${limit} MB de espacio, lo máximo que una dirección puede pedir en un día: inténtelo de nuevo después de la medianoche UTC, dentro de ${minutes(mins)}, o consulte al operador del servidor`,
    recordsPerDay: (limit, mins) =>
      plural(
        limit,
        {
          one: `esta cuenta llegó a su límite de ${limit} registro al día: los demás se quedan en el dispositivo y se pueden enviar después de la medianoche UTC, dentro de ${minutes(mins)}`,
          other: `esta cuenta llegó a su límite de ${limit} registros al día: los demás se quedan en el dispositivo y se pueden enviar después de la medianoche UTC, dentro de ${minutes(mins)}`,
        },
        'es',
      ),
    storedBytes: (held, limit) =>
      `esta cuenta ocupa ${decimalOf(held, 'es')} MB de sus ${decimalOf(limit, 'es')} MB: no se puede guardar nada más en este servidor; sus anotaciones se quedan en el dispositivo (pida más espacio al operador del servidor)`,
  },
};
