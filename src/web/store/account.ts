import { deleteKv, getKv, putKv } from './db.ts';

/** The account this device signed in with, kept so a restart resumes it (and only then talks to a server). */
interface KeptAccount {
  email?: string;
}

export function keptAccount(): Promise<KeptAccount | undefined> {
  return getKv<KeptAccount>('account');
}

export function rememberAccount(email: string): Promise<void> {
  return putKv('account', { email });
}

export function forgetAccount(): Promise<void> {
  return deleteKv('account');
}
