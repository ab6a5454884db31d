import { randomUUID } from 'crypto';
import type { DataSource } from 'typeorm';
import { Actor, type Role } from '@cs/domain';
import { ApiTokenEntity, UserEntity } from '../entities';
import { hashToken, newToken } from './api-token';
import { isCouncilUser } from '@cs/contract';

export interface NewUser {
  name: string;
  role: Role;
  council?: string;
  /** Where reminders about their role's duties are sent. */
  email?: string;
}

export interface IssuedToken {
  userId: string;
  tokenId: string;
  token: string;
}

/** Users and their API tokens in Postgres. Used by the guard on every request and by the CLI. */
export class TokenStore {
  constructor(private readonly db: DataSource) {}

  /** Creates a user and gives them a first token; the token is returned once and never stored. */
  async issue(user: NewUser, label = 'issued by cli'): Promise<IssuedToken> {
    const actor = Actor.parse({ id: 'new', role: user.role, council: user.council });
    if (isCouncilUser(actor) && !actor.council) throw new Error(`a ${user.role} belongs to a council: give --council`);
    const userId = `user-${randomUUID()}`;
    await this.db.getRepository(UserEntity).insert({
      id: userId,
      name: user.name,
      role: user.role,
      council: user.council ?? null,
      email: user.email ?? null,
      createdAt: new Date(),
    });
    return { userId, ...(await this.addToken(userId, label)) };
  }

  async addToken(userId: string, label: string): Promise<{ tokenId: string; token: string }> {
    const token = newToken();
    const tokenId = `token-${randomUUID()}`;
    await this.db
      .getRepository(ApiTokenEntity)
      .insert({ id: tokenId, userId, tokenHash: hashToken(token), label, createdAt: new Date(), revokedAt: null });
    return { tokenId, token };
  }

  async revoke(tokenId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      'UPDATE api_token SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id',
      [tokenId],
    );
    return rows.length > 0;
  }

  /** The actor a live token stands for, or undefined for an unknown or revoked token. */
  actorFor(token: string): Promise<Actor | undefined> {
    return this.actorForHash(hashToken(token));
  }

  /** The same, by the token's hash (what the guard's cache is keyed by). */
  async actorForHash(tokenHash: string): Promise<Actor | undefined> {
    const rows: { id: string; role: string; council: string | null }[] = await this.db.query(
      `SELECT u.id, u.role, u.council FROM api_token t JOIN app_user u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return undefined;
    const parsed = Actor.safeParse({ id: row.id, role: row.role, council: row.council ?? undefined });
    return parsed.success ? parsed.data : undefined;
  }

  async hasAdmin(): Promise<boolean> {
    return (await this.db.getRepository(UserEntity).countBy({ role: 'admin' })) > 0;
  }
}
