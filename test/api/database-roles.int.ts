import { Client } from 'pg';
import { testEnv } from '../support/env';

// The app connects as a role that may INSERT and SELECT the audit log and nothing more there;
// migrations run as the owner (tools/start.ts and the test servers both do it that way).
describe('database roles', () => {
  const env = testEnv();
  let app: Client;
  let owner: Client;

  beforeAll(async () => {
    expect(env.DATABASE_MIGRATION_URL).toBeDefined();
    app = new Client({ connectionString: env.DATABASE_URL });
    owner = new Client({ connectionString: env.DATABASE_MIGRATION_URL });
    await app.connect();
    await owner.connect();
  });
  afterAll(async () => {
    await app?.end();
    await owner?.end();
  });

  /** The SQLSTATE a statement fails with, or 'ok'. */
  const outcome = async (client: Client, sql: string, params: unknown[] = []) =>
    client.query(sql, params).then(
      () => 'ok',
      (err: { code?: string }) => err.code ?? 'error',
    );
  const auditLine = [`roles/${Date.now()}`, 'adviser.appointed', 'user-roles-test', 'admin', 'accepted', '{}'];
  const insertAudit = `INSERT INTO audit_log (workflow_id, command_type, actor_id, actor_role, recorded_at, outcome, payload)
    VALUES ($1, $2, $3, $4, now(), $5, $6) RETURNING id`;

  it('is not the owner: the app role is neither superuser nor able to create tables', async () => {
    const me = await app.query(`SELECT current_user AS name, rolsuper FROM pg_roles WHERE rolname = current_user`);
    expect(me.rows[0]).toEqual({ name: 'cs_app', rolsuper: false });
    expect(await outcome(app, 'CREATE TABLE roles_probe (id int)')).toBe('42501');
    expect(await outcome(app, 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change')).toBe('42501');
  });

  it('may INSERT and SELECT the audit log, and not TRUNCATE, DELETE or UPDATE it', async () => {
    const inserted = await app.query(insertAudit, auditLine);
    const id = inserted.rows[0].id as string;
    expect((await app.query('SELECT workflow_id FROM audit_log WHERE id = $1', [id])).rows).toEqual([{ workflow_id: auditLine[0] }]);
    // 42501 is insufficient_privilege: refused by the grants, before the append-only trigger.
    expect(await outcome(app, 'TRUNCATE audit_log')).toBe('42501');
    expect(await outcome(app, 'DELETE FROM audit_log WHERE id = $1', [id])).toBe('42501');
    expect(await outcome(app, `UPDATE audit_log SET reason = 'rewritten' WHERE id = $1`, [id])).toBe('42501');
    expect((await owner.query('SELECT count(*)::int AS n FROM audit_log WHERE id = $1', [id])).rows).toEqual([{ n: 1 }]);
  });

  it('may read and write what the product keeps elsewhere', async () => {
    for (const table of ['instrument_register', 'notification_outbox', 'app_user', 'api_token', 'engine_check']) {
      const rights = await app.query(
        `SELECT bool_and(has_table_privilege(current_user, $1, p)) AS all FROM unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE']) AS p`,
        [table],
      );
      expect([table, rights.rows[0].all]).toEqual([table, true]);
    }
    // Only the owner records migrations; the app reads them.
    expect(await outcome(app, 'SELECT count(*) FROM migrations')).toBe('ok');
    expect(await outcome(app, `DELETE FROM migrations WHERE name = 'nothing'`)).toBe('42501');
  });
});
