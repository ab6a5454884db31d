import { ChildProcess } from 'child_process';
// eslint-disable-next-line @typescript-eslint/no-require-imports
import exitHook = require('async-exit-hook');
import { join, resolve } from 'path';
import { ConfigError, loadEnv } from '@cs/config';
import { EmbeddedPostgresHandle, startEmbeddedPostgres } from './servers/embedded-postgres';
import { startMailCatcher, type MailCatcher } from './servers/mail-catcher';
import { isPortOpen, nodeArgs, repoRoot, spawnService, stopChild, waitForOutput, waitForPort } from './servers/processes';
import { startDevServer } from './servers/temporal-dev-server';

const root = repoRoot;

/**
 * Starts the product on its embedded defaults: a Temporal dev server (state in DATA_DIR, Web UI),
 * an embedded PostgreSQL (data in DATA_DIR), migrations, the worker, the API and the web service. TEMPORAL_ADDRESS
 * or DATABASE_URL switch to servers you run yourself. Ctrl-C stops every child cleanly.
 */
async function main() {
  const env = loadEnv();
  const dataDir = resolve(root, env.DATA_DIR);
  const children: ChildProcess[] = [];
  let pg: EmbeddedPostgresHandle | undefined;
  let mail: MailCatcher | undefined;
  let stopping = false;
  const stopChildren = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping...');
    for (const child of [...children].reverse()) await stopChild(child);
    await mail?.stop();
    await pg?.stop();
  };
  const stop = (code: number) => void stopChildren().then(() => process.exit(code));
  // embedded-postgres exits the process on SIGINT/SIGTERM through async-exit-hook once its own
  // hook is done; registering ours there too makes that exit wait until every child has stopped.
  exitHook.forceExitTimeout(30_000);
  exitHook((done) => void stopChildren().finally(done));

  const started = Date.now();
  let temporalAddress = env.TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    if (await isPortOpen(env.TEMPORAL_DEV_PORT)) throw new Error(`port ${env.TEMPORAL_DEV_PORT} is busy: set TEMPORAL_DEV_PORT, or TEMPORAL_ADDRESS to use that server`);
    console.log(`Starting the Temporal dev server (state in ${join(dataDir, 'temporal.sqlite')})...`);
    children.push(await startDevServer({ dataDir, port: env.TEMPORAL_DEV_PORT, uiPort: env.TEMPORAL_UI_PORT, logFile: join(dataDir, 'temporal.log') }));
    temporalAddress = `127.0.0.1:${env.TEMPORAL_DEV_PORT}`;
  }
  let databaseUrl = env.DATABASE_URL;
  let migrationUrl = env.DATABASE_MIGRATION_URL ?? env.DATABASE_URL;
  if (!databaseUrl) {
    console.log(`Starting the embedded PostgreSQL (data in ${join(dataDir, 'postgres')})...`);
    pg = await startEmbeddedPostgres(dataDir, env.EMBEDDED_PG_PORT);
    databaseUrl = pg.appUrl;
    migrationUrl = pg.url;
  }
  if (!env.SMTP_URL) {
    // Reminders need somewhere to go: a local catcher whose inbox a person can open.
    console.log(`Starting the mail catcher (messages in ${join(dataDir, 'mail')})...`);
    mail = await startMailCatcher({ dir: join(dataDir, 'mail'), smtpPort: env.MAIL_CATCHER_SMTP_PORT, uiPort: env.MAIL_CATCHER_UI_PORT });
  }
  const childEnv = { ...process.env, TEMPORAL_ADDRESS: temporalAddress, DATABASE_URL: databaseUrl };
  // The migrate step, once, before the worker and the API (which wait for the schema, never migrate),
  // as the schema's owner; the services connect as the app's role, which may not change the schema
  // or the audit log.
  const migrate = spawnService('migrate', process.execPath, nodeArgs('apps/migrate/src/main.ts'), {
    cwd: root,
    env: { ...childEnv, DATABASE_MIGRATION_URL: migrationUrl },
  });
  const migrated = await new Promise<number | null>((resolve) => migrate.once('exit', resolve));
  if (migrated !== 0) throw new Error(`the migrate step failed (exit ${migrated}); see its lines above`);

  const spawned: Record<string, ChildProcess> = {};
  for (const [name, entry] of [['worker', 'apps/worker/src/main.ts'], ['api', 'apps/api/src/main.ts'], ['web', 'apps/web/src/main.ts']]) {
    const child = spawnService(name, process.execPath, nodeArgs(entry), { cwd: root, env: childEnv });
    child.once('exit', (code) => !stopping && (console.error(`${name} exited (${code}); stopping`), stop(1)));
    children.push(child);
    spawned[name] = child;
  }
  // Ready means a command would be carried out: the API and the web service listen and the worker
  // polls (it bundles the workflows first, which takes longer than the API's start).
  await Promise.all([
    waitForPort(env.API_PORT, 120_000),
    waitForPort(env.WEB_PORT, 120_000),
    waitForOutput(spawned.worker, /"msg":"worker polling"/, 120_000),
  ]);

  const api = `http://127.0.0.1:${env.API_PORT}`;
  const ui = env.TEMPORAL_UI_URL ?? (env.TEMPORAL_ADDRESS ? undefined : `http://127.0.0.1:${env.TEMPORAL_UI_PORT}`);
  console.log(
    [
      '',
      `Ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      `  Web service      http://127.0.0.1:${env.WEB_PORT}   (sign in with an access key: docs/web.md)`,
      `  API              ${api}`,
      `  API docs         ${api}/docs`,
      `  Temporal Web UI  ${ui ?? '(your cluster\'s UI: set TEMPORAL_UI_URL)'}`,
      `  Mail inbox       ${mail ? `http://127.0.0.1:${mail.uiPort} (reminders; SMTP on ${mail.smtpPort})` : `(sent through ${env.SMTP_URL!.replace(/:[^:@/]+@/, ':***@')})`}`,
      `  Temporal         ${temporalAddress}${env.TEMPORAL_ADDRESS ? '' : ` (its log: ${join(dataDir, 'temporal.log')})`}`,
      `  PostgreSQL       ${databaseUrl.replace(/:[^:@/]+@/, ':***@')}`,
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : `Start failed: ${err?.stack ?? err}`);
  process.exit(1);
});
