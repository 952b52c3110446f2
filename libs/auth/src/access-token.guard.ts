// The global guard: every route needs a valid bearer token or web session unless it is marked @Public(), and
// @Roles() narrows it. CallerIdentity reads who is asking; cookie sessions must prove with the CSRF token that the
// request comes from the web app.
import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { HttpError } from '@neuland/http';
import type { AuthenticatedUser } from './authenticated-user.js';
import { type CallerRequest, CallerIdentity } from './caller-identity.js';
import { IS_PUBLIC, REQUIRED_ROLES } from './decorators.js';
import type { Role } from './roles.js';

interface RequestWithUser extends CallerRequest {
  user?: AuthenticatedUser;
}

@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly callers: CallerIdentity,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const user = await this.callers.identify(request, { required: !isPublic });
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
}
