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
  .meta({ hint: 'email' });

const newPassword = (hint: 'password' | 'newPassword') =>
  z
    .string()
    .min(PASSWORD_MIN)
    .max(PASSWORD_MAX)
    .meta({ hint, hintArgs: [PASSWORD_MIN, PASSWORD_MAX], secret: true });

export const credentialsSchema = z.object({
  email: emailSchema,
  password: newPassword('password'),
});
export const passwordChangeSchema = z.object({
  currentPassword: z.string().max(PASSWORD_MAX).meta({ hint: 'currentPassword', secret: true }),
  newPassword: newPassword('newPassword'),
});
export const accountDeletionSchema = z.object({
  password: z.string().max(PASSWORD_MAX).meta({ hint: 'currentPassword', secret: true }),
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

/**
 * Whether this browser is signed in, and as whom: answered 200 either way, so a page that only asks (the app
 * resuming a login, the dashboard opening) logs no failed request in the console when signed out.
 */
export const sessionSchema = z.discriminatedUnion('signedIn', [
  z.object({ signedIn: z.literal(false) }),
  meSchema.extend({ signedIn: z.literal(true) }),
]);

export type Session = z.infer<typeof sessionSchema>;

/** The account a session names, or undefined when it says signed out. */
export function meOf(session: Session): Me | undefined {
  if (!session.signedIn) return undefined;
  const { signedIn: _, ...me } = session;
  return me;
}
