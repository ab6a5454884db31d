import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The web service's sessions (kept here so a restart signs nobody out) and the single sign-on
 * identities admins grant: a provider's user, by issuer and e-mail, is one of our users.
 */
export class WebSessions1733300000000 implements MigrationInterface {
  name = 'WebSessions1733300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE web_session (
      id_hash text PRIMARY KEY,
      user_id text NOT NULL REFERENCES app_user(id),
      api_token_id text NOT NULL REFERENCES api_token(id),
      sealed_token text NOT NULL,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL)`);
    await q.query(`CREATE INDEX web_session_expiry ON web_session (expires_at)`);
    await q.query(`CREATE TABLE sso_identity (
      issuer text NOT NULL,
      email text NOT NULL,
      user_id text NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (issuer, email))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS sso_identity`);
    await q.query(`DROP TABLE IF EXISTS web_session`);
  }
}
