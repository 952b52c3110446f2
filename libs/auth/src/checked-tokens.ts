// A bearer token's signature is checked once per process, not once per request: the HMAC and the parsing behind it
// were a tenth of what a token adds to a request's CPU. What the check proves (these claims were signed with our key)
// never changes, so a token that passed is kept with its claims; whether it has expired is asked on every use, as
// jsonwebtoken asks it. Whether its session still lives is not this file's business: the caller asks PostgreSQL.
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AccessTokenClaims } from './authenticated-user.js';

/** Enough for every token in use at once on one process; a token pushed out is checked again on its next use. */
export const MAX_CHECKED_TOKENS = 10_000;

type Claims = AccessTokenClaims & { exp?: number };

@Injectable()
export class CheckedTokens {
  private readonly checked = new Map<string, Claims>();

  constructor(private readonly jwt: JwtService) {}

  /** The token's claims, or undefined when it is forged, malformed or expired. */
  claimsOf(token: string): AccessTokenClaims | undefined {
    const kept = this.checked.get(token);
    if (kept) {
      if (!hasExpired(kept)) return kept;
      this.checked.delete(token);
      return undefined;
    }
    let claims: Claims;
    try {
      claims = this.jwt.verify<Claims>(token);
    } catch {
      return undefined;
    }
    // Oldest out first: a Map keeps insertion order.
    if (this.checked.size >= MAX_CHECKED_TOKENS) this.checked.delete(this.checked.keys().next().value!);
    this.checked.set(token, claims);
    return claims;
  }
}

/** jsonwebtoken's own rule: expired from the second `exp` names, on the wall clock. */
const hasExpired = (claims: Claims) =>
  typeof claims.exp === 'number' && Math.floor(Date.now() / 1000) >= claims.exp;
