import type { Role } from './roles.js';

/**
 * Who is asking, read afresh from PostgreSQL on every request (session, role, verified address): a change to any
 * of them takes effect on every live session and token at once.
 */
export interface AuthenticatedUser {
  id: string;
  role: Role;
  emailVerified: boolean;
  /** The login this request belongs to (absent when a service acts for a member outside a request). */
  sessionId?: string;
}

/** A token names its session and its account, nothing else: everything else may change while it lives. */
export interface AccessTokenClaims {
  sub: string;
  sid: string;
}

/**
 * A member as a service acts for them outside a request (the coffee meetup of a trip, the seed): the checks a
 * request would have made (verified address, role) are the calling service's to make.
 */
export const actingFor = (id: string, role: Role = 'member'): AuthenticatedUser => ({
  id,
  role,
  emailVerified: true,
});
