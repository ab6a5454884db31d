import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Actor, CouncilSlug, Role } from '@cs/domain';
import { ApiTokenEntity, SsoIdentityEntity, UserEntity } from '@cs/persistence';
import { isCouncilUser } from '@cs/contract';
import { TokenStore, type RevokeOutcome } from '@cs/persistence';

/** A user as an admin sets them up: a name, one role, and for council roles one council. */
export const UserForm = z
  .object({
    name: z.string().trim().min(1, 'Enter a name').max(200, 'must be at most 200 characters'),
    role: Role,
    council: z.preprocess((v) => (v === '' ? undefined : v), CouncilSlug.optional()),
  })
  .superRefine((u, ctx) => {
    if (isCouncilUser(Actor.parse({ id: 'new', role: u.role, council: u.council })) && !u.council) {
      ctx.addIssue({ code: 'custom', path: ['council'], message: `a ${u.role} belongs to a council: choose one` });
    }
  });
export type UserForm = z.infer<typeof UserForm>;

export const SsoForm = z.object({ email: z.email('Enter an e-mail address such as name@example.gov.uk').transform((e) => e.toLowerCase()) });

/**
 * Users, their access keys (the API tokens people sign in with) and their single sign-on grants,
 * for the admin pages: after the first admin, nobody needs the CLI.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly tokens: TokenStore,
  ) {}

  async list() {
    return this.db.query(
      `SELECT u.id, u.name, u.role, u.council,
              (SELECT count(*)::int FROM api_token t WHERE t.user_id = u.id AND t.revoked_at IS NULL) AS live_keys
         FROM app_user u ORDER BY u.name, u.id`,
    ) as Promise<{ id: string; name: string; role: string; council: string | null; live_keys: number }[]>;
  }

  async find(id: string) {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id });
    if (!user) return undefined;
    const keys = await this.db.getRepository(ApiTokenEntity).find({ where: { userId: id }, order: { createdAt: 'DESC' } });
    const sso = await this.db.getRepository(SsoIdentityEntity).find({ where: { userId: id }, order: { email: 'ASC' } });
    return { user, keys, sso };
  }

  /** A new user and their first access key, shown once. */
  create(form: UserForm) {
    return this.tokens.issue({ name: form.name, role: form.role, council: form.council }, 'issued by an admin');
  }

  async update(id: string, form: UserForm): Promise<void> {
    await this.db.getRepository(UserEntity).update({ id }, { name: form.name, role: form.role, council: form.council ?? null });
  }

  issueKey(userId: string) {
    return this.tokens.addToken(userId, 'issued by an admin');
  }

  /** Revokes one of this user's keys (a signed-in session's key too: that session ends). */
  async revokeKey(userId: string, tokenId: string): Promise<RevokeOutcome> {
    const owned = await this.db.getRepository(ApiTokenEntity).existsBy({ id: tokenId, userId });
    return owned ? this.tokens.revoke(tokenId) : 'unknown';
  }

  async grantSso(userId: string, issuer: string, email: string): Promise<string | undefined> {
    const taken = await this.db.getRepository(SsoIdentityEntity).findOneBy({ issuer, email });
    if (taken) return taken.userId === userId ? undefined : `${email} is already granted to another user`;
    await this.db.getRepository(SsoIdentityEntity).insert({ issuer, email, userId, createdAt: new Date() });
    return undefined;
  }

  async removeSso(userId: string, email: string): Promise<void> {
    await this.db.getRepository(SsoIdentityEntity).delete({ userId, email });
  }
}
