import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { migrateDatabase } from '@cs/persistence';
import { startEmbeddedPostgres } from './embedded-postgres';
import { freePort, stopChild } from './processes';
import { startDevServer } from './temporal-dev-server';

/**
 * The real servers the integration tests run against, in a process of their own (jest cannot load
 * the ESM-only embedded-postgres): a Temporal dev server and an embedded Postgres in a fresh
 * temporary folder, migrated. Writes their addresses to the file named by argv[2], then waits for SIGTERM.
 */
async function main() {
  const readyFile = process.argv[2];
  const [temporalPort, uiPort, pgPort] = [await freePort(), await freePort(), await freePort()];
  const dir = mkdtempSync(join(tmpdir(), 'cs-intervention-test-'));
  const [temporal, pg] = await Promise.all([
    startDevServer({ dataDir: dir, port: temporalPort, uiPort, persistent: true }),
    startEmbeddedPostgres(dir, pgPort),
  ]);
  // The migrate step, once, as a deployment runs it: as the owner; the tests (like the app)
  // connect as the app's role.
  await migrateDatabase(pg.url);
  const stop = async () => {
    await Promise.all([stopChild(temporal), pg.stop()]);
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  writeFileSync(
    readyFile,
    JSON.stringify({
      TEMPORAL_ADDRESS: `127.0.0.1:${temporalPort}`,
      TEMPORAL_UI_URL: `http://127.0.0.1:${uiPort}`,
      DATABASE_URL: pg.appUrl,
      DATABASE_MIGRATION_URL: pg.url,
      TEST_DATA_DIR: dir,
    }),
  );
}

main().catch((err) => {
  console.error('[test-servers]', err);
  process.exit(1);
});
