import { randomUUID } from 'crypto';
import type { DataSource } from 'typeorm';
import { Actor, type Role, type TokenListing } from '@cs/domain';
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
  expiresAt: Date;
}

/** The default lifetime; the API and the CLI pass TOKEN_LIFETIME_DAYS (libs/config). */
const DEFAULT_LIFETIME_DAYS = 90;
const DAY_MS = 86_400_000;

/** What revoking a token did: `unknown` when no token has that id. */
export type RevokeOutcome = 'revoked' | 'already revoked' | 'unknown';

interface TokenRow {
  id: string;
  label: string;
  created_at: Date;
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
  user_id: string;
  name: string;
  role: Role;
  council: string | null;
}

/** Users and their API tokens in Postgres. Used by the guard on every request and by the CLI. */
export class TokenStore {
  constructor(
    private readonly db: DataSource,
    private readonly lifetimeDays = DEFAULT_LIFETIME_DAYS,
  ) {}

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

  async addToken(userId: string, label: string): Promise<{ tokenId: string; token: string; expiresAt: Date }> {
    const token = newToken();
    const tokenId = `token-${randomUUID()}`;
    const createdAt = new Date();
    const expiresAt = new Date(createdAt.getTime() + this.lifetimeDays * DAY_MS);
    await this.db
      .getRepository(ApiTokenEntity)
      .insert({ id: tokenId, userId, tokenHash: hashToken(token), label, createdAt, revokedAt: null, expiresAt, lastUsedAt: null });
    return { tokenId, token, expiresAt };
  }

  /**
   * Revokes a token: what happened, so callers can tell an unknown id (a 404, a refusal) from a
   * token revoked now or before (done either way). One statement: the row keeps its first
   * revocation time, and `revoked_at = now()` holds only for the row this statement revoked.
   */
  async revoke(tokenId: string): Promise<RevokeOutcome> {
    // TypeORM answers an UPDATE through query() with [rows, affected count], not the rows.
    const [rows]: [{ now: boolean }[], number] = await this.db.query(
      'UPDATE api_token SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 RETURNING revoked_at = now() AS now',
      [tokenId],
    );
    if (!rows.length) return 'unknown';
    return rows[0].now ? 'revoked' : 'already revoked';
  }

  /** The actor a live token stands for, or undefined for an unknown or revoked token. */
  actorFor(token: string): Promise<Actor | undefined> {
    return this.actorForHash(hashToken(token));
  }

  /**
   * The same, by the token's hash (what the guard's cache is keyed by). A live token's use is
   * recorded in the same statement: the guard asks at most once a second per token, so this is
   * its last use to within a second without a write per request.
   */
  async actorForHash(tokenHash: string): Promise<Actor | undefined> {
    const rows: { id: string; role: string; council: string | null }[] = await this.db.query(
      `WITH used AS (
         UPDATE api_token SET last_used_at = now()
          WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now() RETURNING user_id)
       SELECT u.id, u.role, u.council FROM used JOIN app_user u ON u.id = used.user_id`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return undefined;
    const parsed = Actor.safeParse({ id: row.id, role: row.role, council: row.council ?? undefined });
    return parsed.success ? parsed.data : undefined;
  }

  /** Why a token the guard refused is refused, in words its holder can act on. */
  async whyRefused(tokenHash: string): Promise<string> {
    const rows: { revoked_at: Date | null; expires_at: Date }[] = await this.db.query(
      'SELECT revoked_at, expires_at FROM api_token WHERE token_hash = $1',
      [tokenHash],
    );
    const row = rows[0];
    if (row?.revoked_at) return 'the token was revoked: ask an admin for a new one';
    if (row) return `the token expired at ${row.expires_at.toISOString()}: ask an admin for a new one`;
    return 'the token is unknown';
  }

  /** Every token with its user, newest first, for admins: never the token or its hash. */
  list(): Promise<TokenListing[]> {
    return this.listed();
  }

  /** One token as the list shows it, or undefined when no token has that id. */
  async find(tokenId: string): Promise<TokenListing | undefined> {
    return (await this.listed(tokenId))[0];
  }

  private async listed(tokenId?: string): Promise<TokenListing[]> {
    const rows: TokenRow[] = await this.db.query(
      `SELECT t.id, t.label, t.created_at, t.expires_at, t.last_used_at, t.revoked_at,
              u.id AS user_id, u.name, u.role, u.council
         FROM api_token t JOIN app_user u ON u.id = t.user_id
        ${tokenId ? 'WHERE t.id = $1' : ''}
        ORDER BY t.created_at DESC, t.id`,
      tokenId ? [tokenId] : [],
    );
    const now = Date.now();
    return rows.map((r) => ({
      tokenId: r.id,
      label: r.label,
      user: { id: r.user_id, name: r.name, role: r.role, council: r.council },
      createdAt: r.created_at.toISOString(),
      expiresAt: r.expires_at.toISOString(),
      lastUsedAt: r.last_used_at?.toISOString() ?? null,
      revokedAt: r.revoked_at?.toISOString() ?? null,
      status: r.revoked_at ? 'revoked' : r.expires_at.getTime() <= now ? 'expired' : 'live',
    }));
  }

  async hasAdmin(): Promise<boolean> {
    return (await this.db.getRepository(UserEntity).countBy({ role: 'admin' })) > 0;
  }
}
