// Invitation tokens: 32 random bytes handed out once; only their SHA-256 is stored and looked up.
import { createHash, randomBytes } from 'node:crypto';

export interface IssuedToken {
  token: string;
  hash: Buffer;
}

export function issueInvitationToken(): IssuedToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashInvitationToken(token) };
}

export const hashInvitationToken = (token: string): Buffer =>
  createHash('sha256').update(token, 'utf8').digest();

/** base64url of 32 bytes; anything else cannot be a token and is refused before touching the database. */
export const looksLikeInvitationToken = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);
