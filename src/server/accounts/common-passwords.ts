import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { ApiError } from '../errors.ts';

// The dictionaries (common and breached passwords, keyboard patterns) load once, on first use.
let checker: ZxcvbnFactory | undefined;

/** zxcvbn's score: 3 means about 10^8 guesses or more, OWASP's bar for an online-attack-resistant password. */
const MIN_SCORE = 3;

/**
 * Refuses a password that is common, breached or guessable. The message never quotes the password:
 * errors are shown and sometimes logged, and the password is a secret even when it is weak.
 */
export async function refuseWeakPassword(password: string, field: string, email?: string): Promise<void> {
  checker ??= new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
  const result = await checker.check(password, email ? [email, ...email.split(/[@.]/)] : []);
  if (result.score < MIN_SCORE) {
    throw new ApiError(400, (words) => words.server.problems.weakPassword(field), field);
  }
}
