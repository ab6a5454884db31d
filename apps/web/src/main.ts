import { ConfigError, loadEnv } from '@cs/config';
import { logDatabaseWait, openDatabase } from '@cs/persistence';
import { createWebApp } from './app';

async function main() {
  const env = loadEnv();
  if (!env.DATABASE_URL) throw new ConfigError('Invalid configuration:\n  DATABASE_URL: the web service keeps its sessions in PostgreSQL; set it (tools/start.sh does)');
  const db = await openDatabase(env.DATABASE_URL, { waitMs: env.DATABASE_WAIT_MS, onWait: logDatabaseWait('web'), queryTimeoutMs: env.DATABASE_QUERY_TIMEOUT_MS });
  const { app, sessions } = await createWebApp(env, db);
  await app.listen(env.WEB_PORT, '127.0.0.1');
  // Expired sessions' API tokens are revoked, not just left unused.
  setInterval(() => void sessions.endExpired().catch(() => undefined), 10 * 60_000).unref();
  console.log(JSON.stringify({ level: 'info', msg: 'web listening', url: `http://127.0.0.1:${env.WEB_PORT}` }));
}

main().catch((err) => {
  console.error(JSON.stringify({ level: 'error', msg: 'web failed to start', error: String(err?.message || err?.code || err) }));
  process.exit(1);
});
