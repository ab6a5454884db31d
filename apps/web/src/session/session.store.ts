import type { DataSource } from 'typeorm';
import { Actor, type Role } from '@cs/domain';
import { WebSessionEntity } from '@cs/persistence';
import type { TokenStore } from '@cs/persistence';
import { hashSessionId, newSessionId, seal, unseal } from './seal';

/** The person behind a live session, and the API token their requests are made with. */
export interface SignedIn {
  sessionId: string;
  user: { id: string; name: string; role: Role; council?: string };
  token: string;
}

/** How often a session's expiry is pushed on (a write per minute at most, not per request). */
const TOUCH_EVERY_MS = 60_000;

/**
 * Sessions in Postgres (web_session): a restart of the web service signs nobody out. Each session
 * has its own API token for the same user, revoked when the session ends (sign-out, expiry), so
 * revoking a user's tokens in the admin pages also ends their sessions.
 */
export class SessionStore {
  constructor(
    private readonly db: DataSource,
    private readonly tokens: TokenStore,
    private readonly idleMs: number,
  ) {}

  async start(userId: string, how: string): Promise<string> {
    const id = newSessionId();
    const { tokenId, token } = await this.tokens.addToken(userId, `web session (${how})`);
    const now = new Date();
    await this.db.getRepository(WebSessionEntity).insert({
      idHash: hashSessionId(id),
      userId,
      apiTokenId: tokenId,
      sealedToken: seal(token, id),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.idleMs),
    });
    return id;
  }

  /** The live session with this id, its expiry pushed on; undefined when unknown, expired or revoked. */
  async find(id: string): Promise<SignedIn | undefined> {
    const rows: { user_id: string; name: string; role: string; council: string | null; sealed_token: string; expires_at: Date }[] =
      await this.db.query(
        `SELECT s.user_id, u.name, u.role, u.council, s.sealed_token, s.expires_at
           FROM web_session s JOIN app_user u ON u.id = s.user_id JOIN api_token t ON t.id = s.api_token_id
          WHERE s.id_hash = $1 AND s.expires_at > now() AND t.revoked_at IS NULL`,
        [hashSessionId(id)],
      );
    const row = rows[0];
    if (!row) return undefined;
    const token = unseal(row.sealed_token, id);
    const actor = Actor.safeParse({ id: row.user_id, role: row.role, council: row.council ?? undefined });
    if (!token || !actor.success) return undefined;
    if (new Date(row.expires_at).getTime() - Date.now() < this.idleMs - TOUCH_EVERY_MS) {
      await this.db.query('UPDATE web_session SET expires_at = $2 WHERE id_hash = $1', [hashSessionId(id), new Date(Date.now() + this.idleMs)]);
    }
    return { sessionId: id, user: { id: row.user_id, name: row.name, role: actor.data.role, council: actor.data.council }, token };
  }

  /** Sign-out: the session's token is revoked and the session forgotten. */
  async end(id: string): Promise<void> {
    const rows: { api_token_id: string }[] = await this.db.query('DELETE FROM web_session WHERE id_hash = $1 RETURNING api_token_id', [
      hashSessionId(id),
    ]);
    for (const row of rows) await this.tokens.revoke(row.api_token_id);
  }

  /** Ends every expired session (their tokens revoked); run at start and now and then. */
  async endExpired(): Promise<number> {
    const rows: { api_token_id: string }[] = await this.db.query('DELETE FROM web_session WHERE expires_at <= now() RETURNING api_token_id');
    for (const row of rows) await this.tokens.revoke(row.api_token_id);
    return rows.length;
  }
}
