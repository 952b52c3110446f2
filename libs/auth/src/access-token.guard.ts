// The global guard: every route needs a valid bearer token or web session unless it is marked @Public(), and
// @Roles() narrows it. Cookie sessions must prove with the CSRF token that the request comes from the web app.
import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { AccessTokenClaims, AuthenticatedUser } from './authenticated-user.js';
import { IS_PUBLIC, REQUIRED_ROLES } from './decorators.js';
import { RevokedSessions } from './sessions/revoked-sessions.js';
import { SessionsService } from './sessions/sessions.service.js';
import type { Role } from './user.entity.js';
import { CSRF_HEADER, SESSION_COOKIE } from './web-session/web-session-cookies.js';
import { csrfTokenMatches, WebSessionStore } from './web-session/web-session.store.js';

interface RequestWithUser {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
  user?: AuthenticatedUser;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly revokedSessions: RevokedSessions,
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
        error: 'FORBIDDEN',
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
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
      if (await this.revokedSessions.has(claims.sid)) throw new Error('the session has ended');
      return { id: claims.sub, role: claims.role, sessionId: claims.sid };
    } catch {
      if (required) {
        throw new UnauthorizedException({
          error: 'INVALID_TOKEN',
          message: 'The access token is invalid or expired.',
        });
      }
      return undefined;
    }
  }

  /** A bearer token wins; without one, the web session cookie may stand in. */
  private async userFromSession(
    request: RequestWithUser,
    required: boolean,
  ): Promise<AuthenticatedUser | undefined> {
    const id = request.cookies?.[SESSION_COOKIE];
    const session = id ? await this.liveWebSession(id) : undefined;
    if (!session) {
      if (!required) return undefined;
      if (id) throw new UnauthorizedException({ error: 'SESSION_EXPIRED', message: 'Log in again.' });
      throw new UnauthorizedException({ error: 'UNAUTHENTICATED', message: 'Log in first.' });
    }
    // The browser sends the cookie with any request to this site; only the web app can read the CSRF token.
    if (
      !SAFE_METHODS.has(request.method) &&
      !csrfTokenMatches(request.headers[CSRF_HEADER], session.csrfToken)
    ) {
      throw new ForbiddenException({
        error: 'CSRF_TOKEN_INVALID',
        message: 'This request lacks the X-CSRF-Token of your session. Reload the page and try again.',
      });
    }
    return session.user;
  }

  /** A browser session counts only while its account session lives: "log out everywhere" and a reset end both. */
  private async liveWebSession(id: string) {
    const session = await this.webSessions.find(id);
    if (!session) return undefined;
    if (await this.accountSessions.isLive(session.user.sessionId)) return session;
    await this.webSessions.end(id);
    return undefined;
  }
}
