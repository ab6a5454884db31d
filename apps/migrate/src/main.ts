import 'reflect-metadata';
import { loadEnv } from '@cs/config';
import { logDatabaseWait, migrateDatabase } from '@cs/persistence';

/**
 * The migrate step: brings the database schema up to this release, once, before (or while) the API
 * and worker replicas start; they wait for it rather than migrate themselves, which would race.
 */
async function main() {
  const env = loadEnv();
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set');
  const applied = await migrateDatabase(env.DATABASE_URL, { waitMs: env.DATABASE_WAIT_MS, onWait: logDatabaseWait('migrate') });
  console.log(JSON.stringify({ level: 'info', msg: applied.length ? 'migrations applied' : 'schema already up to date', applied }));
}

main().catch((err) => {
  console.error(JSON.stringify({ level: 'error', msg: 'migrate failed', error: String(err?.message || err?.code || err) }));
  process.exit(1);
});
