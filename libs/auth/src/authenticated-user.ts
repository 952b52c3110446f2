import type { Role } from './user.entity.js';

/** Who is asking: read from the bearer token on every request. */
export interface AuthenticatedUser {
  id: string;
  role: Role;
  /** The login this token belongs to (absent when a service acts for a member outside a request). */
  sessionId?: string;
}

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  sid: string;
}
