import { addDays } from '@cs/domain';
import { freePort, nodeTsArgs } from '../../tools/servers/processes';
import { ApiHarness, eventually, startApi } from '../api/support/api-harness';
import { launchUntil, Restartable } from '../support/restartable';
import { traffordThrough } from './support/notice';

// A tracker import runs in the API process that took the file. When that process is killed
// mid-import and started again, the job must not show "running" for ever: it is failed, saying
// why and what to do, and importing the same file again finishes it without recording twice.
describe('an API process killed mid-import', () => {
  let api: ApiHarness;
  let importer: Restartable;
  let path: string;
  let po: string;
  let port: number;

  beforeAll(async () => {
    api = await startApi('import-restart');
    ({ path } = await traffordThrough(api, '2019-07-18'));
    po = await api.tokenFor('programme-office', path.split('/')[3]);
    port = await freePort();
    // The API as production runs it (its main.ts), a process of its own the test can SIGKILL.
    importer = new Restartable('api', () => launchUntil(/api listening/, nodeTsArgs('apps/api/src/main.ts'), { DATABASE_URL: api.env.DATABASE_URL!, TEMPORAL_TASK_QUEUE: api.env.TEMPORAL_TASK_QUEUE, API_PORT: String(port), LOG_LEVEL: 'error' }));
    await importer.start();
  });
  afterAll(async () => {
    await importer?.kill('SIGTERM');
    await api?.stop();
  });

  const commit = async (csv: string) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}/imports?mode=commit`, { method: 'POST', headers: { authorization: `Bearer ${po}`, 'content-type': 'text/csv' }, body: csv });
    return { status: res.status, body: (await res.json()) as { id: string; total: number } };
  };
  const job = async (id: string) => (await api.call('GET', `/imports/${id}`, { token: po })).body;

  it('fails the job with why once its process is gone, and a second import of the file finishes it', async () => {
    const lines = ['record,date,objective,delivery'];
    for (let i = 0; i < 300; i++) lines.push(`progress,${addDays('2019-08-20', Math.floor(i / 8))},obj-${(i % 8) + 1},${['red', 'amber', 'green'][i % 3]}`);
    const csv = lines.join('\n');
    const started = await commit(csv);
    expect([started.status, started.body.total]).toEqual([202, 300]);
    const partway = await eventually(async () => {
      const j = await job(started.body.id);
      return j.done >= 10 ? j : undefined;
    }, 60_000);
    expect(partway.status).toBe('running');
    await importer.kill('SIGKILL');
    await importer.start();

    const ended = await eventually(async () => {
      const j = await job(started.body.id);
      return j.status === 'running' ? undefined : j;
    }, 90_000);
    expect(ended).toMatchObject({ status: 'failed', finishedAt: expect.stringMatching(/^\d{4}-/) });
    expect(ended.error).toBe(
      'the API process running this import stopped before it finished (a restart or a crash): import the same file again to finish (rows already recorded are not recorded twice)',
    );
    expect(ended.done).toBeLessThan(300);

    const again = await commit(csv);
    expect(again.status).toBe(202);
    const finished = await eventually(async () => {
      const j = await job(again.body.id);
      return j.status === 'running' ? undefined : j;
    }, 240_000);
    expect(finished).toMatchObject({ status: 'done', done: 300, refused: 0 });
    // What the first run gave before it was killed is found, not given twice.
    expect(finished.duplicates).toBeGreaterThanOrEqual(ended.done);
    expect(finished.recorded + finished.duplicates).toBe(300);
  }, 420_000);
});
