// The limits on what a client can do to accounts it may not own: guess passwords, and make Neuland mail an address.
// Counted per account or per target address (keyed by a hash: Redis never holds the address itself), so no
// header and no second IP address gets around them.
import { createHash } from 'node:crypto';
import { HttpError, type RateLimit } from '@neuland/http';

const QUARTER_HOUR = 15 * 60;
const HOUR = 60 * 60;

export const ACCOUNT_RATE_LIMITS = {
  /** Wrong passwords at login, per address typed (known or not: the count must not tell them apart). */
  failedLogins: {
    name: 'failed-logins-by-account',
    points: 10,
    durationSeconds: QUARTER_HOUR,
    code: HttpError.TOO_MANY_REQUESTS,
    refusal: 'Too many failed logins for this address',
  },
  /** Wrong current passwords where an action asks for it again (new password, new address, deletion). */
  wrongCurrentPasswords: {
    name: 'wrong-current-passwords-by-account',
    points: 10,
    durationSeconds: QUARTER_HOUR,
    code: HttpError.TOO_MANY_REQUESTS,
    refusal: 'Too many wrong passwords',
  },
  /** Mails a member asks for (a new verification link, a link to a new address). */
  mailsAskedByAccount: {
    name: 'account-mails-by-account',
    points: 5,
    durationSeconds: HOUR,
    code: HttpError.TOO_MANY_REQUESTS,
    refusal: 'Too many mails asked for',
  },
  /** Account mails to one address, whoever asks (sign-up, reset, verification, change of address). */
  mailsToAddress: {
    name: 'account-mails-to-address',
    points: 5,
    durationSeconds: HOUR,
    code: HttpError.TOO_MANY_REQUESTS,
    refusal: 'Too many mails to this address',
  },
} satisfies Record<string, RateLimit>;

/** The key of an address in rate limits: normalised and hashed. */
export const addressKey = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
