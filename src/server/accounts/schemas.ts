import { z } from 'zod';

export const email = z
  .email()
  .max(254)
  .transform((e) => e.toLowerCase());
export const password = z.string().min(10).max(200);

export const credentialsSchema = z.object({ email, password });
export const passwordChangeSchema = z.object({ currentPassword: z.string().max(200), newPassword: password });
export const accountDeletionSchema = z.object({ password: z.string().max(200) });

export const meSchema = z.object({
  email: z.string(),
  /** Send this back in the x-unknot-csrf header on every request that changes something. */
  csrf: z.string(),
  loginExpiresAt: z.string(),
});

export const hints: Record<string, string> = {
  email: 'an email address such as name@example.org',
  password: 'a password of 10 to 200 characters',
  newPassword: 'a new password of 10 to 200 characters',
  currentPassword: 'your current password',
};
