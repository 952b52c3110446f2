// Who is asking, from a bearer token or the web session cookie: the one place both are checked, for the global guard
// and for routes Nest does not serve (the queue dashboard). Who the caller is (role, verified address) is read from
// PostgreSQL on every request, never from the token or the cookie, so a change to it reaches live sessions at once.
import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { HttpError } from '@neuland/http';
import type { AuthenticatedUser } from './authenticated-user.js';
import { AuthError } from './auth-errors.js';
import { CheckedTokens } from './checked-tokens.js';
import { SessionsService } from './sessions/sessions.service.js';
import { CSRF_HEADER, SESSION_COOKIE } from './web-session/web-session-cookies.js';
import { csrfTokenMatches, WebSessionStore } from './web-session/web-session.store.js';

export interface CallerRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
}

/**
 * How a cookie-session request that changes something proves it comes from Neuland's own pages: the web app echoes
 * the CSRF token; pages it does not write (the queue dashboard) are trusted when the browser's Origin is this site's.
 */
export type CsrfProof = 'token' | { origin: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const invalidToken = () =>
  new UnauthorizedException({
    error: AuthError.INVALID_TOKEN,
    message: 'The access token is invalid or expired.',
  });

@Injectable()
export class CallerIdentity {
  constructor(
    private readonly tokens: CheckedTokens,
    private readonly webSessions: WebSessionStore,
    private readonly accountSessions: SessionsService,
  ) {}

  /**
   * The caller, or undefined when nobody is logged in and `required` is false. With `required`, a missing, broken
   * or ended login throws 401; a cookie request that changes something without its CSRF proof throws 403.
   */
  async identify(
    request: CallerRequest,
    { required, csrf = 'token' }: { required: boolean; csrf?: CsrfProof },
  ): Promise<AuthenticatedUser | undefined> {
    return (
      (await this.userFromToken(request, required)) ?? (await this.userFromSession(request, required, csrf))
    );
  }

  /** Public routes still learn who is asking when a valid token comes along. */
  private async userFromToken(
    request: CallerRequest,
    required: boolean,
  ): Promise<AuthenticatedUser | undefined> {
    const header = request.headers.authorization;
    const token =
      typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) return undefined;
    const claims = this.tokens.claimsOf(token);
    const user =
      typeof claims?.sid === 'string' && typeof claims.sub === 'string'
        ? await this.accountSessions.liveIdentity(claims.sid, claims.sub)
        : undefined;
    if (!user && required) throw invalidToken();
    return user;
  }

  /** A bearer token wins; without one, the web session cookie may stand in. */
  private async userFromSession(
    request: CallerRequest,
    required: boolean,
    csrf: CsrfProof,
  ): Promise<AuthenticatedUser | undefined> {
    const id = request.cookies?.[SESSION_COOKIE];
    const session = id ? await this.webSessions.find(id) : undefined;
    // A browser session counts only while its account session lives: "log out everywhere" and a reset end both.
    const user = session && (await this.accountSessions.liveIdentity(session.sessionId, session.userId));
    if (id && session && !user) await this.webSessions.end(id);
    if (!session || !user) {
      if (!required) return undefined;
      if (id) throw new UnauthorizedException({ error: AuthError.SESSION_EXPIRED, message: 'Log in again.' });
      throw new UnauthorizedException({ error: HttpError.UNAUTHENTICATED, message: 'Log in first.' });
    }
    // The browser sends the cookie with any request to this site; only Neuland's own pages can prove they sent it.
    if (!SAFE_METHODS.has(request.method) && !provesOwnPage(request, session.csrfToken, csrf)) {
      throw new ForbiddenException({
        error: AuthError.CSRF_TOKEN_INVALID,
        message: 'This request lacks the X-CSRF-Token of your session. Reload the page and try again.',
      });
    }
    return user;
  }
}

function provesOwnPage(request: CallerRequest, csrfToken: string, proof: CsrfProof): boolean {
  if (proof === 'token') return csrfTokenMatches(request.headers[CSRF_HEADER], csrfToken);
  // Browsers send Origin with every fetch that changes something, and a page cannot forge it.
  return request.headers.origin === proof.origin;
}
