import { z } from 'zod';
import { calendarDateSchema, clockTimeSchema } from './case.ts';

/** A phone number to dial: digits and the keypad's + * #, as short as 112 or as long as an international number. */
export const emergencyNumberSchema = z
  .string()
  .regex(/^[0-9+*#]{2,15}$/)
  .meta({ hint: 'emergencyNumber' });

/** The longest name a patient may choose to show a clinician. */
export const DISPLAY_NAME_MAX = 80;

/** The name a patient chooses to show a clinician beside their diary (core/share.ts `patientIdentitySchema`). */
export const displayNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(DISPLAY_NAME_MAX)
  // No control character: a name is one line, and PostgreSQL refuses NUL in text (a 500, not a 400, else).
  .regex(/^[^\p{Cc}]*$/u)
  .meta({ hint: 'displayName', hintArgs: [DISPLAY_NAME_MAX] });

/** The date of birth a patient chooses to show a clinician. */
export const birthDateSchema = calendarDateSchema.meta({ hint: 'birthDate' });

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
  /**
   * What the person chose to show a clinician they share with: kept here, on the device and in a backup, never
   * synced; sent to the server only with a share code (POST /shares/codes). Absent: only their email shows.
   */
  displayName: displayNameSchema.optional(),
  birthDate: birthDateSchema.optional(),
});

export type Settings = z.infer<typeof settingsSchema>;

/** The name and date of birth in the person's settings, as a share and their own exports carry them. */
export function identityOf(s: Pick<Settings, 'displayName' | 'birthDate'>): {
  displayName?: string;
  birthDate?: string;
} {
  const out: { displayName?: string; birthDate?: string } = {};
  if (s.displayName) out.displayName = s.displayName;
  if (s.birthDate) out.birthDate = s.birthDate;
  return out;
}
