import type { DoctorWords } from '../doctor-words.ts';
import { plural } from '../plural.ts';

// The format names are all masculine: the templates below put "el" before them.
export const esDoctor: DoctorWords = {
  screen: {
    title: 'Para su médico',
    intro:
      'Un resumen de una página de este episodio, hecho en este teléfono con sus propias respuestas y su diario. Nada sale del teléfono a menos que usted lo descargue o lo comparta.',
    nothingYet: 'Todavía no hay nada que resumir.',
    checkLink: 'Primero revisar mi espalda',
    link: 'Para su médico: un resumen de una página y archivos',
    filesTitle: 'Archivos para entregar o enviar',
    filesHelp:
      'Cada archivo se crea aquí, sin conexión. Al compartirlo, se envía con la aplicación que usted elija.',
    paper: 'Tamaño del papel',
    paperA4: 'A4',
    paperLetter: 'Carta (EE. UU.)',
    print: 'Imprimir el resumen',
    printHelp: 'Al imprimir, sale solo la página del resumen, en negro sobre blanco.',
    formats: {
      pdf: {
        name: 'resumen en PDF',
        about: 'El resumen de una página, para imprimir o mostrar en pantalla.',
      },
      fhir: { name: 'registro FHIR', about: 'Para el sistema de registros de una clínica (FHIR R4, JSON).' },
      ics: {
        name: 'archivo de calendario',
        about: 'Sus sesiones y controles, con recordatorios, para el calendario de su teléfono.',
      },
      csv: {
        name: 'diario en hoja de cálculo',
        about: 'Cada anotación del diario, una fila por anotación (CSV).',
      },
    },
    download: (name) => `Descargar el ${name}`,
    share: (name) => `Compartir el ${name}`,
    downloaded: (file) => `Se guardó ${file} en sus descargas.`,
    shared: (name) => `Se compartió el ${name}.`,
    shareFellBack: (file) => `Aquí no se pudo compartir, así que se descargó ${file}.`,
    failed: (name, why) => `No se pudo crear el ${name}: ${why}. Su diario no cambió; inténtelo de nuevo.`,
    previewTitle: 'El resumen',
    previewHelp: 'Esta es la página que se imprime y la página del PDF.',
    chartLabel: 'Gráfica del dolor de cada día comparado con la recuperación promedio',
    questionsCaption: 'Preguntas de la revisión y las respuestas dadas',
    answerColumn: 'Respuesta',
    questionColumn: 'Pregunta',
    scoresCaption: 'Calificaciones de las actividades por fecha, de 0 a 10',
    activityColumn: 'Actividad',
  },
  activities: {
    title: 'Actividades que le cuestan',
    intro:
      'Nombre hasta cinco cosas de todos los días que su espalda le hace difíciles. Califique cada una de 0 a 10. Si califica las mismas cada semana, usted y su médico ven cómo va.',
    examples: 'Por ejemplo: ponerse los calcetines, estar sentado en una reunión, cargar a un niño.',
    nameLabel: (n) => `Actividad ${n}`,
    namePlaceholders: [
      'p. ej. ponerse los calcetines',
      'p. ej. estar sentado en una reunión',
      'p. ej. cargar a un niño',
      'p. ej. levantarse de la cama',
      'p. ej. caminar a la tienda',
    ],
    rateLabel: (activity) => `¿Qué tan bien puede hacer esto hoy: ${activity}?`,
    rateUnnamed: '¿Qué tan bien puede hacerlo hoy?',
    scaleEnds: '0 significa que ahora no puede hacerlo. 10 significa tan bien como antes del dolor.',
    add: 'Agregar otra actividad',
    remove: (activity) => `Quitar ${activity}`,
    save: 'Guardar las calificaciones',
    saved: (n) =>
      plural(
        n,
        {
          one: `Guardado: se calificó ${n} actividad.`,
          other: `Guardado: se calificaron ${n} actividades.`,
        },
        'es',
      ),
    saveFailed: 'No se pudieron guardar las calificaciones. Siguen aquí; inténtelo de nuevo.',
    nameMissing: (n) => `Actividad ${n}: escriba la actividad con sus propias palabras.`,
    rateMissing: (n) => `Actividad ${n}: toque un número del 0 al 10.`,
    nameTooLong: (n, max) => `Actividad ${n}: use un nombre de menos de ${max} caracteres.`,
    duplicate: (activity) => `${activity}: aparece dos veces; quite una.`,
    nothing: 'Nombre al menos una actividad y califíquela.',
    dueFirst:
      'Opcional: nombre las cosas de todos los días que su espalda le hace difíciles, y califíquelas.',
    dueAgain: 'Hace una semana que calificó sus actividades. ¿Cómo van ahora?',
    rateNow: 'Calificar mis actividades',
    nameNow: 'Nombrar actividades',
    progressTitle: 'Actividades (0 no puede, 10 como antes)',
    progressNone: 'Todavía no hay actividades calificadas.',
    scoresOf: (activity) => `Calificaciones de ${activity}, de la más antigua a la más reciente`,
    scoreOn: (score, date) => `${score} el ${date}`,
    change: 'Calificar otra vez o cambiar la lista',
    diaryLine: (pairs) => `Actividades: ${pairs}`,
  },
};
