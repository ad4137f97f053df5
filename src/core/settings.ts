import { z } from 'zod';
import { clockTimeSchema } from './case.ts';

/** A phone number to dial: digits and the keypad's + * #, as short as 112 or as long as an international number. */
export const emergencyNumberSchema = z
  .string()
  .regex(/^[0-9+*#]{2,15}$/)
  .meta({ hint: 'emergencyNumber' });

/** The person's settings: kept on the device, carried in a backup, read by the plan and the export. */
export const settingsSchema = z.object({
  wakeTime: clockTimeSchema,
  sleepTime: clockTimeSchema,
  /** Remind of the next cold or heat session while the app is open. */
  reminders: z.boolean(),
  emergencyNumber: emergencyNumberSchema,
  /** A tone when a session or an exercise hold ends; absent means on. */
  sound: z.boolean().optional(),
  /** A vibration when a session ends; absent means on. */
  vibrate: z.boolean().optional(),
});

export type Settings = z.infer<typeof settingsSchema>;
