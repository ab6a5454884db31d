import { Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { TokenParams, TokensQuery, type TokenListing } from '@cs/domain';
import { AllowRoles } from '../auth/auth.decorators';
import { TokenStore } from '@cs/persistence';
import { ZodPipe } from '../common/zod.pipe';

/** Admins see every API token (whose, when it expires, when it was last used, whether revoked) and revoke any one. */
@Controller('tokens')
export class TokensController {
  constructor(private readonly tokens: TokenStore) {}

  @AllowRoles('admin')
  @Get()
  async list(@Query(new ZodPipe(TokensQuery)) q: TokensQuery) {
    const items = await this.tokens.list();
    return { items: q.status ? items.filter((t) => t.status === q.status) : items };
  }

  /** Revoking a token already revoked answers it as it stands (its first revocation time kept). */
  @AllowRoles('admin')
  @Post(':id/revoke')
  @HttpCode(200)
  async revoke(@Param(new ZodPipe(TokenParams)) p: TokenParams): Promise<TokenListing> {
    const outcome = await this.tokens.revoke(p.id);
    const token = outcome === 'unknown' ? undefined : await this.tokens.find(p.id);
    if (!token) throw new NotFoundException(`no token ${p.id}: GET /tokens lists them`);
    return token;
  }
}
