import type { SectionOf } from '../catalogue.ts';
import { plural } from '../plural.ts';

export const esCare: SectionOf<'care'> = {
  checkInAsk: (day) => {
    if (day === 2) return 'Han pasado 48 horas. ¿Su espalda está mejor, igual o peor que cuando empezó?';
    const weeks = Math.round(day / 7);
    const since = plural(
      weeks,
      { one: 'Ha pasado una semana.', other: `Han pasado ${weeks} semanas.` },
      'es',
    );
    return `${since} ¿Su espalda está mejor, igual o peor que cuando empezó?`;
  },
  // In pregnancy lying on the side, never flat on the back; one whole text per branch.
  sessionHowTo: (kind, pregnant) => {
    if (kind === 'ice')
      return pregnant
        ? 'Envuelva una compresa fría en una toalla delgada (nunca directo sobre la piel). Acuéstese de lado con una almohada entre las rodillas y sostenga la compresa sobre la zona adolorida. Nunca ponga frío sobre piel que se sienta entumecida.'
        : 'Envuelva una compresa fría en una toalla delgada (nunca directo sobre la piel). Acuéstese boca arriba con las rodillas dobladas sobre almohadas y sostenga la compresa sobre la zona adolorida. Nunca ponga frío sobre piel que se sienta entumecida.';
    return pregnant
      ? 'Use calor húmedo: una toalla tibia y húmeda, una compresa de calor envuelta en un paño o un baño de tina tibio (no caliente), con cuidado al entrar y al salir de la tina. Nunca ponga una toalla húmeda sobre una almohadilla eléctrica. Nunca ponga calor sobre piel que se sienta entumecida.'
      : 'Use calor húmedo: una toalla tibia y húmeda, una compresa de calor envuelta en un paño o un baño de tina tibio, con cuidado al entrar y al salir de la tina. Nunca ponga una toalla húmeda sobre una almohadilla eléctrica. Nunca ponga calor sobre piel que se sienta entumecida.';
  },
};
