// `@RequireVerifiedEmail()` on a route or controller: members who have not opened their verification link get 403.
// Enforced by a second global guard that runs after the access-token guard, so features need no imports but this.
import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedUser } from '../authenticated-user.js';
import { AuthError } from '../auth-errors.js';

const REQUIRES_VERIFIED_EMAIL = 'neuland:requiresVerifiedEmail';

/** RSVP, invitations, imports: only for members whose e-mail address is verified. */
export const RequireVerifiedEmail = () => SetMetadata(REQUIRES_VERIFIED_EMAIL, true);

@Injectable()
export class VerifiedEmailGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<boolean>(REQUIRES_VERIFIED_EMAIL, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!required) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
    // Read from PostgreSQL by the access-token guard in this very request: never older than the request.
    if (user?.emailVerified) return true;
    throw emailNotVerified();
  }
}

export const emailNotVerified = () =>
  new ForbiddenException({
    error: AuthError.EMAIL_NOT_VERIFIED,
    message: 'Confirm your e-mail address first: open the link we mailed you.',
  });
