import type { ChildProcess } from 'child_process';
import { execFileSync } from 'child_process';
import { join } from 'path';
import { openDatabase, TokenStore } from '@cs/persistence';
import { compiledNodeArgs, freePort, repoRoot, spawnService, stopChild, waitForPort } from '../../tools/servers/processes';

// The production build runs: `npm run build` emits JavaScript and the workflow bundle, and the
// compiled migrate step, worker and API (started as README's production start does) serve a whole
// engine check against the real Temporal and PostgreSQL, with no TypeScript at run time.
describe('the compiled product', () => {
  const children: ChildProcess[] = [];
  const lines: string[] = [];

  afterAll(async () => {
    for (const child of children.reverse()) await stopChild(child);
  });

  it('builds, migrates, and answers an engine check through the compiled worker and API', async () => {
    execFileSync('bash', [join(repoRoot, 'tools', 'build.sh')], { stdio: 'ignore' });
    const port = await freePort();
    const env = { ...process.env, API_PORT: String(port), TEMPORAL_TASK_QUEUE: `compiled-${port}`, LOG_LEVEL: 'error' };
    const run = (name: string, entry: string) => {
      const child = spawnService(name, process.execPath, compiledNodeArgs(entry), { cwd: repoRoot, env });
      child.stdout?.on('data', (c: Buffer) => lines.push(c.toString()));
      children.push(child);
      return child;
    };

    const migrate = run('migrate', 'apps/migrate/src/main.ts');
    expect(await new Promise((resolve) => migrate.once('exit', resolve))).toBe(0);
    expect(lines.join('')).toMatch(/"msg":"(schema already up to date|migrations applied)"/);

    run('worker', 'apps/worker/src/main.ts');
    run('api', 'apps/api/src/main.ts');
    await waitForPort(port, 60_000);
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
    const db = await openDatabase(process.env.DATABASE_URL!);
    const admin = await new TokenStore(db).issue({ name: 'Compiled check', role: 'admin' }).finally(() => db.destroy());
    const chain = await fetch(`http://127.0.0.1:${port}/health/chain`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` } });
    const body = (await chain.json()) as { id?: string; workerIdentity?: string };
    expect([chain.status, body.id]).toEqual([200, expect.stringMatching(/^engine-check\//)]);
    expect(body.workerIdentity).toMatch(/^worker@/);
  }, 300_000);
});
