import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '@cs/domain';
import { ActorCache } from './actor-cache';
import { bearerToken, hashToken } from '@cs/persistence';
import { AuthenticatedRequest, PUBLIC, ROLES } from './auth.decorators';
import { TokenStore } from '@cs/persistence';

/** Every route needs a live (unrevoked, unexpired) Bearer token unless marked @Public; @AllowRoles narrows it further. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenStore,
    private readonly trusted: ActorCache,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    const req = ctx.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const token = bearerToken(req.header('authorization'));
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) {
      // A public route may tell a known caller more (an admin sees why a dependency is down).
      if (token) req.actor = await this.trusted.actorFor(hashToken(token), (hash) => this.tokens.actorForHash(hash)).catch(() => undefined);
      return true;
    }
    if (!token) throw new UnauthorizedException('send Authorization: Bearer <token> (see docs/api.md, "Getting a token")');
    const actor = await this.trusted.actorFor(hashToken(token), (hash) => this.tokens.actorForHash(hash));
    if (!actor) throw new UnauthorizedException(await this.tokens.whyRefused(hashToken(token)));
    req.actor = actor;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(actor.role)) {
      throw new ForbiddenException(`only ${roles.join(', ')} may do this; you are ${actor.role}`);
    }
    return true;
  }
}
