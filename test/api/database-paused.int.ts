import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { migrateDatabase, openDatabase, TokenStore } from '@cs/persistence';
import { createApp } from '../../apps/api/src/app';
import { freePort, nodeTsArgs } from '../../tools/servers/processes';
import { testEnv } from '../support/env';
import { launchUntil, Restartable } from '../support/restartable';

/** The postmaster (first line of postmaster.pid) and every process it started: the whole server. */
function serverProcesses(dataDir: string): number[] {
  const postmaster = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after its ')'.
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false; // exited meanwhile
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

// A PostgreSQL that stops answering mid-run (every server process SIGSTOPped: connections stay open
// and new ones are accepted by the kernel, but nothing answers) must give 503 with Retry-After and
// no internals, never 500 and never a request held for ever; and the API must answer again by
// itself when the server resumes. Every way a request meets the stopped server is exercised: a
// pooled connection whose query gets no answer, a new connection whose handshake gets none, and a
// request queued for a connection while the pool is full.
describe('PostgreSQL paused under the running API', () => {
  const urlOn = (port: number) => `postgres://postgres:postgres@127.0.0.1:${port}/cs_intervention`;
  let dir: string;
  let pg: Restartable;
  let app: INestApplication | undefined;
  let paused: number[] = [];

  afterAll(async () => {
    for (const pid of paused) process.kill(pid, 'SIGCONT');
    await app?.close();
    await pg?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After while it does not answer, then 200 once it does', async () => {
    const port = await freePort();
    dir = mkdtempSync(join(tmpdir(), 'cs-paused-pg-'));
    pg = new Restartable('postgres', () => launchUntil(/^ready /, nodeTsArgs('tools/servers/postgres-process.ts').concat(dir, String(port))));
    await pg.start();
    await migrateDatabase(urlOn(port));
    const db = await openDatabase(urlOn(port));
    const { token } = await new TokenStore(db).issue({ name: 'Reader', role: 'viewer' }).finally(() => db.destroy());
    // The product's own setting for how long one query may go unanswered, lowered so the test is short.
    app = await createApp(testEnv({ DATABASE_URL: urlOn(port), DATABASE_QUERY_TIMEOUT_MS: '3000', LOG_LEVEL: 'error' }));
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const register = async () => {
      const started = Date.now();
      try {
        const res = await fetch(`${base}/register`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(40_000) });
        return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { message?: string }, ms: Date.now() - started };
      } catch {
        return { status: 'no answer within 40 s', retryAfter: null, body: {} as { message?: string }, ms: Date.now() - started };
      }
    };
    // Warm: some pooled connections, idle, that the pause will leave open.
    expect((await Promise.all([register(), register(), register()])).map((r) => r.status)).toEqual([200, 200, 200]);

    paused = serverProcesses(dir);
    for (const pid of paused) process.kill(pid, 'SIGSTOP');
    await new Promise((r) => setTimeout(r, 1100)); // past the guard's one-second trust: every request asks PostgreSQL
    // More requests than the pool has connections (10): some meet an idle connection, some open a new one, some queue.
    const answers = await Promise.all(Array.from({ length: 14 }, register));
    expect(answers.map((a) => [a.status, a.retryAfter, a.body.message])).toEqual(
      answers.map(() => [503, '5', 'a dependency is unreachable; retry shortly']),
    );

    for (const pid of paused) process.kill(pid, 'SIGCONT');
    paused = [];
    const deadline = Date.now() + 30_000;
    let after = await register();
    while (after.status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      after = await register();
    }
    expect(after.status).toBe(200);
  }, 180_000);
});
