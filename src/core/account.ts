import { z } from 'zod';

/** The header a request that changes anything carries, holding the csrf value from GET /api/v1/me. */
export const CSRF_HEADER = 'x-unknot-csrf';

/** Longest password the server hashes: a longer one is a mistake or an attack on the hashing time. */
export const PASSWORD_MAX = 200;
export const PASSWORD_MIN = 10;

export const emailSchema = z
  .email()
  .max(254)
  .transform((e) => e.toLowerCase())
  .meta({ hint: 'an email address such as name@example.org' });

const newPassword = (hint: string) =>
  z.string().min(PASSWORD_MIN).max(PASSWORD_MAX).meta({ hint, secret: true });

export const credentialsSchema = z.object({
  email: emailSchema,
  password: newPassword(`a password of ${PASSWORD_MIN} to ${PASSWORD_MAX} characters`),
});
export const passwordChangeSchema = z.object({
  currentPassword: z.string().max(PASSWORD_MAX).meta({ hint: 'your current password', secret: true }),
  newPassword: newPassword(`a new password of ${PASSWORD_MIN} to ${PASSWORD_MAX} characters`),
});
export const accountDeletionSchema = z.object({
  password: z.string().max(PASSWORD_MAX).meta({ hint: 'your current password', secret: true }),
});

/** The signed-in account, as GET /api/v1/me, sign-up, login and a password change answer. */
export const meSchema = z.object({
  email: z.string(),
  /** Send this back in the CSRF_HEADER header on every request that changes something. */
  csrf: z.string(),
  loginExpiresAt: z.string(),
  /** `clinician` for an account made by the operator; absent from servers before roles. */
  role: z.enum(['patient', 'clinician']).optional(),
});

export type Me = z.infer<typeof meSchema>;
