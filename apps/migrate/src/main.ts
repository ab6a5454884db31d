import 'reflect-metadata';
import { loadEnv } from '@cs/config';
import { logDatabaseWait, migrateDatabase } from '@cs/persistence';

/**
 * The migrate step: brings the database schema up to this release, once, before (or while) the API
 * and worker replicas start; they wait for it rather than migrate themselves, which would race.
 */
async function main() {
  const env = loadEnv();
  // The schema's owner migrates; the app's own role (DATABASE_URL) may not (docs/api.md, "The database roles").
  const url = env.DATABASE_MIGRATION_URL ?? env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_MIGRATION_URL (or DATABASE_URL) is not set');
  const applied = await migrateDatabase(url, { waitMs: env.DATABASE_WAIT_MS, onWait: logDatabaseWait('migrate') });
  console.log(JSON.stringify({ level: 'info', msg: applied.length ? 'migrations applied' : 'schema already up to date', applied }));
}

main().catch((err) => {
  console.error(JSON.stringify({ level: 'error', msg: 'migrate failed', error: String(err?.message || err?.code || err) }));
  process.exit(1);
});
