import { Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { Actor, type FeedTokenIssued, type FeedTokenSummary } from '@cs/domain';

const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

interface Row {
  id: string;
  label: string;
  created_at: Date;
  revoked_at: Date | null;
}

const summary = (r: Row): FeedTokenSummary => ({
  id: r.id,
  label: r.label,
  createdAt: new Date(r.created_at).toISOString(),
  revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
});

/** Each user's calendar feed tokens: issued once, stored as hashes, revoked one by one. */
@Injectable()
export class FeedTokensService {
  constructor(private readonly db: DataSource) {}

  async issue(actor: Actor, label = 'calendar'): Promise<FeedTokenIssued> {
    const token = `csf_${randomBytes(32).toString('base64url')}`;
    const id = `feed-${randomUUID()}`;
    const [row]: Row[] = await this.db.query(
      'INSERT INTO calendar_feed_token (id, user_id, token_hash, label, created_at) VALUES ($1, $2, $3, $4, now()) RETURNING id, label, created_at, revoked_at',
      [id, actor.id, hash(token), label],
    );
    return { ...summary(row), token, caseloadFeed: `/calendar/caseload?token=${token}` };
  }

  async list(actor: Actor): Promise<FeedTokenSummary[]> {
    const rows: Row[] = await this.db.query('SELECT id, label, created_at, revoked_at FROM calendar_feed_token WHERE user_id = $1 ORDER BY created_at', [actor.id]);
    return rows.map(summary);
  }

  async revoke(actor: Actor, id: string): Promise<FeedTokenSummary> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [[row]]: [Row[], number] = await this.db.query(
      `UPDATE calendar_feed_token SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id, label, created_at, revoked_at`,
      [id, actor.id],
    );
    if (!row) throw new NotFoundException(`you have no feed token ${id}`);
    return summary(row);
  }

  /** The user a live feed token stands for; 401 for an unknown or revoked one. */
  async actorFor(token: string): Promise<Actor> {
    const rows: { id: string; role: string; council: string | null }[] = await this.db.query(
      `SELECT u.id, u.role, u.council FROM calendar_feed_token t JOIN app_user u ON u.id = t.user_id WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
      [hash(token)],
    );
    const parsed = rows[0] && Actor.safeParse({ id: rows[0].id, role: rows[0].role, council: rows[0].council ?? undefined });
    if (!parsed?.success) throw new UnauthorizedException('the feed token is unknown or revoked: issue a new one with POST /calendar/feed-tokens');
    return parsed.data;
  }
}
