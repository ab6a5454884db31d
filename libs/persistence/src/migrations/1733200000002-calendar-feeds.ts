import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calendar feed tokens: a calendar client cannot send a bearer header, so each user may have feed
 * tokens that go in the feed's URL. They read calendars and nothing else, stored as hashes, each
 * revocable on its own.
 */
export class CalendarFeeds1733200000002 implements MigrationInterface {
  name = 'CalendarFeeds1733200000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE calendar_feed_token (
      id text PRIMARY KEY, user_id text NOT NULL REFERENCES app_user(id), token_hash text NOT NULL UNIQUE,
      label text NOT NULL, created_at timestamptz NOT NULL, revoked_at timestamptz)`);
    await q.query(`CREATE INDEX calendar_feed_token_user ON calendar_feed_token (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS calendar_feed_token`);
  }
}
