import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * An embedded PostgreSQL as a process of its own: `postgres-process.ts <dataDir> <port>`. Prints
 * `ready <url>` once it accepts connections and stops the database on SIGTERM or SIGINT. Lets a
 * test stop and restart the database under a running product (test/faults), and loads the
 * ESM-only package outside jest.
 */
async function main() {
  const [dataDir, port] = process.argv.slice(2);
  if (!dataDir || !port) throw new Error('usage: postgres-process.ts <dataDir> <port>');
  const pg = await startEmbeddedPostgres(dataDir, Number(port));
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    pg.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  console.log(`ready ${pg.url}`);
}

main().catch((err) => {
  console.error('[postgres-process]', err);
  process.exit(1);
});
