import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { AuthenticatedUser } from './authenticated-user.js';
import type { Role } from './roles.js';

export const IS_PUBLIC = 'neuland:isPublic';
export const REQUIRED_ROLES = 'neuland:requiredRoles';

/** The route answers without a token. Every other route needs one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The route answers only to these roles (admins pass every role check). */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser =>
    context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user,
);
