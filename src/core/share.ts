import { z } from 'zod';
import { calendarDateSchema } from './case.ts';
import { patientFlagsSchema } from './patient-flags.ts';
import { birthDateSchema, displayNameSchema } from './settings.ts';
import { timeZoneSchema } from './sync.ts';

/**
 * Share codes in Crockford's base32: digits and capitals without I, L, O and U, so a code read aloud or
 * copied by hand survives the usual slips (I and L read as 1, O as 0; case and dashes do not matter).
 */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Ten symbols, 50 bits: guessing one live code at the redeem rate limit takes longer than the universe has. */
export const SHARE_CODE_LENGTH = 10;
/** A code is good for a day, and for one clinician. */
export const SHARE_CODE_HOURS = 24;

/** 10 symbols from 10 random bytes (each byte's low five bits: every symbol equally likely). */
export function shareCodeFrom(random: Uint8Array): string {
  if (random.length < SHARE_CODE_LENGTH) throw new RangeError('shareCodeFrom needs 10 random bytes');
  let code = '';
  for (let i = 0; i < SHARE_CODE_LENGTH; i++) code += CROCKFORD[(random[i] as number) & 31];
  return code;
}

/** As shown to a person: two groups of five, `ABCDE-FGHJK`. */
export function formatShareCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A typed code in its canonical form, or undefined when it cannot be one. */
export function normalizeShareCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (code.length !== SHARE_CODE_LENGTH) return undefined;
  for (const ch of code) if (!CROCKFORD.includes(ch)) return undefined;
  return code;
}

export { DISPLAY_NAME_MAX } from './settings.ts';

/**
 * What a patient may choose to show a clinician beside their diary: a name and a date of birth. Both are
 * optional, kept on the patient's device (their settings, core/settings.ts, which own the two fields' schemas),
 * and sent to the server only with a share (a code made for a clinician); the clinician's list, patient page,
 * summary and FHIR Patient read them from the share.
 */
export const patientIdentitySchema = z.object({
  displayName: displayNameSchema.optional(),
  birthDate: birthDateSchema.optional(),
});
export type PatientIdentity = z.infer<typeof patientIdentitySchema>;

export const roles = ['patient', 'clinician'] as const;
export type Role = (typeof roles)[number];

const uuid = z.uuid();
const instant = z.string();

/** POST /shares/codes answers the code once; only its hash is kept. */
export const shareCodeSchema = z.object({ code: z.string(), expiresAt: instant });
export type ShareCode = z.infer<typeof shareCodeSchema>;

export const redeemSchema = z.object({
  code: z.string().max(40).meta({ hint: 'shareCode' }),
});

export const setupSchema = z.object({
  token: z.string().min(1).max(200).meta({ hint: 'setupToken', secret: true }),
  password: z
    .string()
    .min(10)
    .max(200)
    .meta({ hint: 'password', hintArgs: [10, 200], secret: true }),
});

/** A clinician who can read this patient's diary, as the patient sees it. */
export const accessSchema = z.object({ id: uuid, clinician: z.string(), since: instant });
export const accessListSchema = z.object({
  shares: z.array(accessSchema),
  /** Codes made and not yet used or expired: only when they expire, never the code. */
  openCodes: z.array(z.object({ expiresAt: instant })),
});
export type AccessList = z.infer<typeof accessListSchema>;

export const readKinds = ['list', 'patient', 'summary', 'fhir'] as const;
export type ReadKind = (typeof readKinds)[number];

/** One line of a patient's audit trail: who read what, when. */
export const readSchema = z.object({
  clinician: z.string(),
  what: z.enum(readKinds),
  episodeId: uuid.nullable(),
  at: instant,
});
/** A share that ended: by the patient, or by the server's operator removing the clinician's account. */
export const endedShareSchema = z.object({
  clinician: z.string(),
  at: instant,
  by: z.enum(['patient', 'operator']),
});
export type EndedShare = z.infer<typeof endedShareSchema>;
/**
 * The patient's trail, grouped: one line per clinician, kind of read and day, the day on the patient's own
 * calendar (the zone their device sends with the request), with how many reads and the last one's instant.
 */
export const readGroupSchema = z.object({
  clinician: z.string(),
  what: z.enum(readKinds),
  day: z.string(),
  count: z.number().int(),
  lastAt: instant,
});
export type ReadGroup = z.infer<typeof readGroupSchema>;
/** The most groups one answer holds, newest first: months of a busy clinician's reads. */
export const READ_GROUPS_MAX = 300;
/** GET /shares/reads?zone=Europe/Dublin: the zone whose days group the reads (the patient's stored zone, else UTC). */
export const readsQuerySchema = z.object({ zone: timeZoneSchema.optional() });
export const readListSchema = z.object({
  /** The latest reads one by one, newest first. */
  reads: z.array(readSchema),
  /** Absent from a server older than issue 22. */
  groups: z.array(readGroupSchema).optional(),
  /** Absent from a server older than issue 22. */
  ended: z.array(endedShareSchema).optional(),
});
export type ReadList = z.infer<typeof readListSchema>;

/** `name`: the name the patient chose to show, else their email (what the list shows first); `email`: the email. */
export const sortKeys = ['urgency', 'warning', 'notImproving', 'days', 'lastEntry', 'name', 'email'] as const;
export type SortKey = (typeof sortKeys)[number];
export const filters = ['all', 'redFlag', 'warning', 'notImproving', 'seeDoctor'] as const;
export type Filter = (typeof filters)[number];
export const PAGE_SIZE = 50;

export const listQuerySchema = z.object({
  sort: z.enum(sortKeys).default('urgency').meta({ hint: 'oneOf', hintArgs: sortKeys }),
  dir: z.enum(['asc', 'desc']).default('asc').meta({ hint: 'sortDirection' }),
  filter: z.enum(filters).default('all').meta({ hint: 'oneOf', hintArgs: filters }),
  q: z
    .string()
    .max(100)
    // A control character (NUL above all: PostgreSQL refuses it in text) is never part of a name or an email
    // address; the server's search text keeps a line break between the two (server/shares/store.ts searchText).
    .regex(/^[^\p{Cc}]*$/u)
    .default('')
    .meta({ hint: 'patientSearch', hintArgs: [100] }),
  page: z
    .string()
    .regex(/^(0|[1-9]\d{0,3})$/)
    .default('0')
    .transform(Number)
    .meta({ hint: 'page' }),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

/** The stored flags (core/patient-flags.ts) and the patient's own day, counted in the patient's zone. */
export const flagsSchema = patientFlagsSchema.extend({
  /** The patient's today: the date now in the zone their device last sent (UTC until one has). */
  today: calendarDateSchema,
  timeZone: z.string(),
  /** Days since onset on the patient's own calendar (the onset day is day 0). */
  days: z.number().int().nullable(),
});
export type FlagsRow = z.infer<typeof flagsSchema>;

export const patientRowSchema = z.object({
  id: uuid,
  /** The name the patient chose to show with their latest share code for this clinician; null when none. */
  displayName: z.string().nullable(),
  /** The date of birth given with it, as YYYY-MM-DD; null when none. */
  birthDate: calendarDateSchema.nullable(),
  email: z.string(),
  since: instant,
  flags: flagsSchema,
});
export type PatientRow = z.infer<typeof patientRowSchema>;
export const patientListSchema = z.object({
  patients: z.array(patientRowSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PatientList = z.infer<typeof patientListSchema>;

/** The patient page: the list row plus every episode and entry, as stored (the client builds the views). */
export const patientDetailSchema = patientRowSchema.extend({
  episodes: z.array(z.looseObject({})),
  entries: z.array(z.looseObject({})),
});
export type PatientDetail = z.infer<typeof patientDetailSchema>;

export const redeemedSchema = z.object({ patient: z.object({ id: uuid, email: z.string() }) });

/** The paper a clinician's summaries are printed on (core/export/pdf.ts `PageSize`). */
export const paperSizes = ['a4', 'letter'] as const;

/** A clinician's own settings, kept on their account: the paper of the summaries they download. */
export const clinicianSettingsSchema = z.object({
  paper: z.enum(paperSizes).meta({ hint: 'oneOf', hintArgs: paperSizes }),
});
export type ClinicianSettings = z.infer<typeof clinicianSettingsSchema>;
