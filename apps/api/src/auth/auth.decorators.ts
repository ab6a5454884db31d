import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Actor, Role } from '@cs/domain';

export const PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';

/** No token needed: health, the OpenAPI document and the docs page. */
export const Public = () => SetMetadata(PUBLIC, true);

/** Only these roles may call the endpoint (403 otherwise). */
export const AllowRoles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export interface AuthenticatedRequest {
  actor?: Actor;
}

/** The caller, as the guard resolved them from their token. */
export const Caller = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('Caller used on a public route');
  return actor;
});
