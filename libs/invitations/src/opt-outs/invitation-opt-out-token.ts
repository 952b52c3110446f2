// Signed "never invite me again" tokens for an address: `<addressKey>.<language>.<hmac>`, the key as base64url (a
// link's path segment may be at most 100 characters). No login, no expiry (RFC 8058 links must keep working). The
// address itself is not in the link: only its keyed hash, which is also what the opt-out is stored under, so a
// token turns off exactly the one address its mail went to.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const OPT_OUT_LANGUAGES = ['de', 'en'] as const;
export type OptOutLanguage = (typeof OPT_OUT_LANGUAGES)[number];

const ENCODED_ADDRESS_KEY = /^[A-Za-z0-9_-]{43}$/;

export interface InvitationOptOutClaim {
  /** The keyed hash of the lower-cased address (`emailKey` of libs/social-graph). */
  addressKey: string;
  /** The language of the mail the link came in, which its pages speak. */
  language: OptOutLanguage;
}

// The purpose comes first, so that no other signed token of Neuland (unsubscribe links) can pass for this one. The
// key is signed as the link spells it: base64url has several spellings of some values, and only one may pass.
const signature = (secret: string, encodedKey: string, language: string) =>
  createHmac('sha256', secret).update(`invitation-opt-out\n${encodedKey}\n${language}`).digest('base64url');

export function signInvitationOptOutToken(secret: string, claim: InvitationOptOutClaim): string {
  const encodedKey = Buffer.from(claim.addressKey, 'hex').toString('base64url');
  return `${encodedKey}.${claim.language}.${signature(secret, encodedKey, claim.language)}`;
}

/** The claim of a genuine token, or undefined for anything else (forged, altered, truncated, garbage). */
export function verifyInvitationOptOutToken(
  secret: string,
  token: string,
): InvitationOptOutClaim | undefined {
  const [encodedKey, language, given, ...rest] = token.split('.');
  if (rest.length > 0 || !encodedKey || !language || !given) return undefined;
  if (!ENCODED_ADDRESS_KEY.test(encodedKey) || !(OPT_OUT_LANGUAGES as readonly string[]).includes(language)) {
    return undefined;
  }
  const expected = Buffer.from(signature(secret, encodedKey, language));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  return {
    addressKey: Buffer.from(encodedKey, 'base64url').toString('hex'),
    language: language as OptOutLanguage,
  };
}

/** For the `List-Unsubscribe` header: mail clients POST to it (RFC 8058), so it is the API's route. */
export const invitationOptOutUrl = (appUrl: string, token: string) =>
  `${appUrl}/api/v1/invitation-opt-outs/${token}`;

/** For the mail's body: the web app's page, which asks first and offers to undo. */
export const invitationOptOutPageUrl = (appUrl: string, token: string) => `${appUrl}/never-invite/${token}`;
