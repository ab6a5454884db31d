import { MigrationInterface, QueryRunner } from 'typeorm';

/** The group role the app's login role belongs to (docs/api.md, "The database roles"). */
export const APP_ACCESS_ROLE = 'cs_app_access';

/**
 * Tokens that expire and say when they were last used; and the least the app needs, as a role:
 * read and write the register, outbox, users, tokens and checks, but only INSERT and SELECT the
 * audit log (no UPDATE, DELETE or TRUNCATE: the log cannot be emptied through the app's
 * connection even by a bug or an injection). Runs as the schema's owner, whose default privileges
 * give the role the same on tables later migrations create; a later table that must be
 * append-only revokes as this one does.
 */
export class LeastPrivilege1764750000000 implements MigrationInterface {
  name = 'LeastPrivilege1764750000000';

  async up(q: QueryRunner): Promise<void> {
    // Tokens issued before expiry existed live 90 days from their issue, as new ones do by default.
    await q.query(`ALTER TABLE api_token ADD COLUMN expires_at timestamptz, ADD COLUMN last_used_at timestamptz`);
    await q.query(`UPDATE api_token SET expires_at = created_at + interval '90 days'`);
    await q.query(`ALTER TABLE api_token ALTER COLUMN expires_at SET NOT NULL`);

    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ACCESS_ROLE}') THEN CREATE ROLE ${APP_ACCESS_ROLE} NOLOGIN; END IF;
      EXECUTE format('GRANT USAGE ON SCHEMA %I TO ${APP_ACCESS_ROLE}', current_schema());
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO ${APP_ACCESS_ROLE}', current_schema());
      EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO ${APP_ACCESS_ROLE}', current_schema());
      EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ACCESS_ROLE}', current_schema());
      EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ACCESS_ROLE}', current_schema());
    END $$`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${APP_ACCESS_ROLE}`);
    // The app reads which migrations ran (to refuse to start on a schema it does not know); only
    // the owner records them.
    await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON migrations FROM ${APP_ACCESS_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN
      IF EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ACCESS_ROLE}') THEN
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I REVOKE ALL ON TABLES FROM ${APP_ACCESS_ROLE}', current_schema());
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I REVOKE ALL ON SEQUENCES FROM ${APP_ACCESS_ROLE}', current_schema());
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM ${APP_ACCESS_ROLE}', current_schema());
        EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM ${APP_ACCESS_ROLE}', current_schema());
        EXECUTE format('REVOKE USAGE ON SCHEMA %I FROM ${APP_ACCESS_ROLE}', current_schema());
      END IF;
    END $$`);
    await q.query(`ALTER TABLE api_token DROP COLUMN last_used_at, DROP COLUMN expires_at`);
  }
}
