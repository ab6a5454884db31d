import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { migrateDatabase } from '@cs/persistence';
import { createApp } from '../../apps/api/src/app';
import { freePort, nodeTsArgs } from '../../tools/servers/processes';
import { testEnv } from '../support/env';
import { launchUntil, Restartable } from '../support/restartable';

/** Embedded PostgreSQL as a process of its own (the package is ESM, which jest will not load). */
const postgresOn = (dir: string, port: number) =>
  new Restartable('postgres', () => launchUntil(/^ready /, nodeTsArgs('tools/servers/postgres-process.ts').concat(dir, String(port))));

// The API started before its PostgreSQL (a host booting, a container not ready yet): it waits,
// with a line for each try, and comes up by itself; with none at all it gives up with the reason.
describe('the API starting before PostgreSQL', () => {
  const urlOn = (port: number) => `postgres://postgres:postgres@127.0.0.1:${port}/cs_intervention`;
  let warnings: string[];
  beforeEach(() => {
    warnings = [];
    jest.spyOn(console, 'warn').mockImplementation((line: string) => void warnings.push(line));
  });
  afterEach(() => jest.restoreAllMocks());

  it('waits for a PostgreSQL that starts 2 s later, then answers ready', async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'cs-late-pg-'));
    let app: INestApplication | undefined;
    // Its database made first and the server stopped: a server that comes back, as a host's does.
    // (A first start creates the database only after it accepts connections, which the API would
    // race: a missing database is a wrong URL to the API, refused at once.)
    const pg = postgresOn(dir, port);
    await pg.start();
    await pg.kill('SIGTERM');
    const booting = createApp(testEnv({ DATABASE_URL: urlOn(port), DATABASE_WAIT_MS: '60000', LOG_LEVEL: 'error' }));
    booting.catch(() => undefined); // awaited below; a rejection before then is not unhandled
    await new Promise((r) => setTimeout(r, 2000));
    await pg.start();
    try {
      await migrateDatabase(urlOn(port)); // the migrate step: the API waits for it too
      app = await booting;
      await app.listen(0, '127.0.0.1');
      const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(200);
      expect(warnings.length).toBeGreaterThan(0);
      expect(JSON.parse(warnings[0])).toMatchObject({ level: 'warn', msg: 'api waiting for PostgreSQL', attempt: 1, reason: expect.stringMatching(/ECONNREFUSED/) });
    } finally {
      await app?.close();
      await pg.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives up after DATABASE_WAIT_MS with the reason when none comes', async () => {
    const port = await freePort();
    const t0 = Date.now();
    await expect(createApp(testEnv({ DATABASE_URL: urlOn(port), DATABASE_WAIT_MS: '1500', LOG_LEVEL: 'error' }))).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1500);
    expect(warnings.length).toBeGreaterThanOrEqual(1);
  });
});
