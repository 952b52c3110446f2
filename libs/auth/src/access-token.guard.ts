// The global guard: every route needs a valid bearer token unless it is marked @Public(), and @Roles() narrows it.
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
import type { Role } from './user.entity.js';

interface RequestWithUser {
  headers: Record<string, string | string[] | undefined>;
  user?: AuthenticatedUser;
}

@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly revokedSessions: RevokedSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const user = await this.userFromToken(request, !isPublic);
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
    if (!token) {
      if (required) throw new UnauthorizedException({ error: 'UNAUTHENTICATED', message: 'Log in first.' });
      return undefined;
    }
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
}
