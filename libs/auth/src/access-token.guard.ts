// The global guard: every route needs a valid bearer token or web session unless it is marked @Public(), and
// @Roles() narrows it. Cookie sessions must prove with the CSRF token that the request comes from the web app.
// Who the caller is (role, verified address) is read from PostgreSQL on every request, never from the token or
// the cookie, so a change to it reaches live sessions at once.
import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { HttpError } from '@neuland/http';
import type { AccessTokenClaims, AuthenticatedUser } from './authenticated-user.js';
import { IS_PUBLIC, REQUIRED_ROLES } from './decorators.js';
import { SessionsService } from './sessions/sessions.service.js';
import type { Role } from './roles.js';
import { CSRF_HEADER, SESSION_COOKIE } from './web-session/web-session-cookies.js';
import { csrfTokenMatches, WebSessionStore } from './web-session/web-session.store.js';
import { AuthError } from './auth-errors.js';

interface RequestWithUser {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
  user?: AuthenticatedUser;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const invalidToken = () =>
  new UnauthorizedException({
    error: AuthError.INVALID_TOKEN,
    message: 'The access token is invalid or expired.',
  });

@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly webSessions: WebSessionStore,
    private readonly accountSessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const user =
      (await this.userFromToken(request, !isPublic)) ?? (await this.userFromSession(request, !isPublic));
    if (user) request.user = user;
    if (isPublic) return true;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && user!.role !== 'admin' && !roles.includes(user!.role)) {
      throw new ForbiddenException({
        error: HttpError.FORBIDDEN,
        message: `This needs the role ${roles.join(' or ')}.`,
      });
    }
    return true;
  }

  /** Public routes still learn who is asking when a valid token comes along. */
  private async userFromToken(
    request: RequestWithUser,
    required: boolean,
  ): Promise<AuthenticatedUser | undefined> {
    const header = request.headers.authorization;
    const token =
      typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) return undefined;
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      if (required) throw invalidToken();
      return undefined;
    }
    const user =
      typeof claims.sid === 'string' && typeof claims.sub === 'string'
        ? await this.accountSessions.liveIdentity(claims.sid, claims.sub)
        : undefined;
    if (!user && required) throw invalidToken();
    return user;
  }

  /** A bearer token wins; without one, the web session cookie may stand in. */
  private async userFromSession(
    request: RequestWithUser,
    required: boolean,
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
    // The browser sends the cookie with any request to this site; only the web app can read the CSRF token.
    if (
      !SAFE_METHODS.has(request.method) &&
      !csrfTokenMatches(request.headers[CSRF_HEADER], session.csrfToken)
    ) {
      throw new ForbiddenException({
        error: AuthError.CSRF_TOKEN_INVALID,
        message: 'This request lacks the X-CSRF-Token of your session. Reload the page and try again.',
      });
    }
    return user;
  }
}
