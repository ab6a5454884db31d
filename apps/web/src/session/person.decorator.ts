import { createParamDecorator, ExecutionContext, ForbiddenException } from '@nestjs/common';
import type { Role } from '@cs/domain';
import { SignInRequired } from '../common/error.filter';
import type { SignedIn } from './session.store';
import type { WebRequest } from './web-request';

/** The signed-in person; a page using it sends anyone else to sign in. `roles` narrows it further. */
export const Person = createParamDecorator((roles: Role[] | undefined, ctx: ExecutionContext): SignedIn => {
  const person = ctx.switchToHttp().getRequest<WebRequest>().person;
  if (!person) throw new SignInRequired();
  if (roles && !roles.includes(person.user.role)) throw new ForbiddenException(`only ${roles.join(', ')} may use this page`);
  return person;
});
