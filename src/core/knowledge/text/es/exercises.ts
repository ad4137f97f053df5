import type { SectionOf } from '../catalogue.ts';
import { plural } from '../plural.ts';
import { emergencySignWords } from './findings.ts';

const secondsOf = (n: number) => plural(n, { one: '1 segundo', other: `${n} segundos` }, 'es');
const timesOf = (n: number) => plural(n, { one: 'una vez', other: `${n} veces` }, 'es');

export const esExercises: SectionOf<'exercises'> = {
  phases: {
    early: {
      title: 'Primeros días: movimiento suave',
      text: 'Movimientos pequeños y lentos que evitan que la espalda se ponga rígida. Quédese dentro de lo que le resulte cómodo: algo de molestia está bien, un dolor agudo no.',
    },
    recovery: {
      title: 'Después de los primeros días: estirar y fortalecer',
      text: 'Cuando lo peor haya pasado, los estiramientos más largos y los primeros ejercicios de fuerza ayudan a que los músculos se recuperen en lugar de debilitarse.',
    },
    prevention: {
      title: 'Cuando ya se calmó: prevención',
      text: 'El ejercicio regular de fuerza, de estiramiento y aeróbico hace menos probable el próximo espasmo. Elija lo que le guste, para que lo siga haciendo.',
    },
  },
  items: {
    knee_to_chest: {
      name: 'Rodilla al pecho',
      why: 'Alarga con suavidad los músculos de la espalda baja.',
      steps: [
        'Acuéstese boca arriba con las dos rodillas dobladas y los pies apoyados en el piso.',
        'Tome una rodilla con las dos manos y llévela despacio hacia el pecho.',
        'Deje el otro pie en el piso y saque el aire mientras sostiene la posición.',
        'Bájela despacio y cambie de pierna.',
      ],
    },
    pelvic_tilt: {
      name: 'Inclinación de la pelvis',
      why: 'Activa los músculos profundos del abdomen que sostienen la columna, sin esfuerzo.',
      steps: [
        'Acuéstese boca arriba con las rodillas dobladas y los pies apoyados en el piso.',
        'Apriete el abdomen y presione con suavidad la parte baja de la espalda contra el piso.',
        'Sostenga la posición respirando normalmente, y luego relájese.',
      ],
    },
    knee_rolls: {
      name: 'Giro de rodillas',
      why: 'Afloja la espalda al girarla un poco hacia cada lado.',
      steps: [
        'Acuéstese boca arriba con las rodillas dobladas y juntas, y los pies apoyados en el piso.',
        'Deje caer despacio las dos rodillas hacia un lado, solo hasta donde le resulte cómodo.',
        'Vuelva a ponerlas en el centro, y luego gírelas hacia el otro lado.',
      ],
    },
    short_walk: {
      name: 'Caminatas cortas',
      why: 'Caminar mantiene los músculos en uso y evita la rigidez después del primer día o dos de reposo.',
      steps: [
        'Camine por su casa o afuera a un paso tranquilo.',
        'Empiece con unos minutos y agregue un poco cada día.',
        'Manténgase derecho y deje que los brazos se balanceen.',
      ],
    },
    cat_cow: {
      name: 'Gato y vaca',
      why: 'Mueve cada parte de la columna, una tras otra.',
      steps: [
        'Póngase en cuatro puntos: manos bajo los hombros, rodillas bajo la cadera.',
        'Saque el aire y curve la espalda hacia arriba, hacia el techo.',
        'Tome aire y deje que la espalda baje con suavidad, levantando la cabeza.',
        'Pase despacio de una posición a la otra.',
      ],
    },
    child_pose: {
      name: 'Estiramiento en descanso',
      why: 'Un estiramiento largo y tranquilo para toda la espalda.',
      steps: [
        'Póngase en cuatro puntos.',
        'Siéntese despacio hacia atrás, hacia los talones, sin mover las manos.',
        'Deje que la cabeza y el pecho bajen, y respire despacio.',
      ],
    },
    bridge: {
      name: 'Puente',
      why: 'Fortalece los glúteos y los músculos de la espalda que mantienen firme la columna.',
      steps: [
        'Acuéstese boca arriba con las rodillas dobladas y los pies apoyados en el piso, separados al ancho de la cadera.',
        'Apriete el abdomen y los glúteos, y suba la cadera hasta que su cuerpo forme una línea recta de las rodillas a los hombros.',
        'Sostenga la posición y luego baje despacio.',
      ],
    },
    bird_dog: {
      name: 'Brazo y pierna opuestos',
      why: 'Entrena los músculos de la espalda y del abdomen para que trabajen juntos, algo que las fuentes destacan.',
      steps: [
        'Póngase en cuatro puntos con la espalda recta.',
        'Estire despacio un brazo hacia adelante y la pierna contraria hacia atrás, con la cadera nivelada.',
        'Sostenga la posición, vuelva al inicio y cambie de lado.',
      ],
    },
    dead_bug: {
      name: 'Bicho muerto',
      why: 'Da fuerza al abdomen para equilibrar los músculos de la espalda.',
      steps: [
        'Acuéstese boca arriba, con los brazos apuntando al techo y la cadera y las rodillas dobladas en ángulo recto.',
        'Mantenga la parte baja de la espalda apoyada con suavidad en el piso.',
        'Baje despacio un brazo hacia atrás y la pierna contraria hacia el piso, y luego vuelva. Cambie de lado.',
      ],
    },
    side_plank: {
      name: 'Plancha de lado sobre las rodillas',
      why: 'Fortalece los músculos del costado del tronco.',
      steps: [
        'Acuéstese de lado, apoyado en el codo, con las rodillas dobladas hacia atrás.',
        'Suba la cadera para que su cuerpo quede recto de las rodillas a la cabeza.',
        'Sostenga la posición, baje y cambie de lado.',
      ],
    },
    hamstring_stretch: {
      name: 'Estiramiento de la parte de atrás del muslo',
      why: 'Los músculos tensos del muslo jalan la pelvis y cargan la espalda baja.',
      steps: [
        'Acuéstese boca arriba con una rodilla doblada y el pie apoyado en el piso.',
        'Levante la otra pierna y sosténgala por detrás del muslo, con esa rodilla casi estirada.',
        'Sienta el estiramiento en la parte de atrás del muslo, sostenga la posición y luego cambie de pierna.',
      ],
    },
  },
  stopRules: [
    'Deténgase si el dolor baja como una descarga por una pierna.',
    'Deténgase si siente entumecimiento u hormigueo nuevos.',
    'Deténgase si el dolor se vuelve agudo o mucho peor que antes de empezar.',
    'Si pasa alguna de estas cosas, deje los ejercicios y descanse; si no se calma en un día, vea a un médico.',
    `Llame ahora al número de emergencias si aparece alguna de estas señales: ${emergencySignWords.join('; ')}.`,
  ],
  holdDose: (seconds, times) => `Sostenga ${secondsOf(seconds)}, ${timesOf(times)}`,
  repsDose: (reps, sets) => (sets > 1 ? `${timesOf(reps)}, ${sets} series` : timesOf(reps)),
};
