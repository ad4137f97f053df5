import type { AppShellKey, AppWords } from '../app-words.ts';
import { plural } from '../plural.ts';

/**
 * The words of the first screen and the frame around every screen, apart so the first download stays small
 * (bench/web/budget.ts): only what the welcome screen and the frame show belongs here.
 */
export const esAppShell: Pick<AppWords, AppShellKey> = {
  shell: {
    skip: 'Saltar al contenido',
    emergency: (number) => `Emergencias ${number}`,
    opening: 'Abriendo sus datos…',
    mainNav: 'Principal',
    tabs: { today: 'Hoy', diary: 'Diario', progress: 'Progreso', exercises: 'Ejercicios', more: 'Más' },
    storageFailed:
      'Unknot no pudo abrir su almacenamiento en este dispositivo. La navegación privada puede bloquearlo.',
    loading: 'Cargando…',
    loadFailed: 'Esta parte de la app no pudo cargar. Revise su conexión y vuelva a cargar la página.',
  },
  welcome: {
    resume: {
      title: '¿Continuar su revisión?',
      body: (n) =>
        `Dejó una revisión a medias, después de ${n} ${plural(n, { one: 'respuesta', other: 'respuestas' }, 'es')}. Sus respuestas están guardadas.`,
      go: 'Continuar la revisión',
      again: 'Empezar de nuevo',
    },
    title: '¿Espasmo en la espalda? Veamos qué hacer',
    intro:
      'Responda unas preguntas rápidas, una por una. Unknot le dice si puede tratar esto por su cuenta o si debe ver a alguien, y qué tan pronto. Luego le da un plan para hoy y los próximos días.',
    check: 'Revisar mi espalda',
    privacy:
      'Sin cuenta. Todo se queda en este teléfono y funciona sin conexión. Unknot no reemplaza a un médico.',
    already: '¿Ya hizo una revisión?',
    read: 'Leer sobre espasmos de espalda',
    restore: 'Restaurar una copia de seguridad',
  },
};
