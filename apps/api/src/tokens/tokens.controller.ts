import { Controller, Get, Query } from '@nestjs/common';
import { TokensQuery } from '@cs/domain';
import { AllowRoles } from '../auth/auth.decorators';
import { TokenStore } from '@cs/persistence';
import { ZodPipe } from '../common/zod.pipe';

/** Admins see every API token: whose, when it expires, when it was last used, whether revoked. */
@Controller('tokens')
export class TokensController {
  constructor(private readonly tokens: TokenStore) {}

  @AllowRoles('admin')
  @Get()
  async list(@Query(new ZodPipe(TokensQuery)) q: TokensQuery) {
    const items = await this.tokens.list();
    return { items: q.status ? items.filter((t) => t.status === q.status) : items };
  }
}
