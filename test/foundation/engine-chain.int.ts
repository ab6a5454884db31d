import { INestApplication } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import { EngineCheckEntity, openDatabase, TokenStore } from '@cs/persistence';
import { connectWorker } from '@cs/temporal';
import { createApp } from '../../apps/api/src/app';
import { createActivities } from '../../apps/worker/src/activities';
import { createInterventionWorker } from '../../apps/worker/src/worker';
import { testEnv } from '../support/env';

// The whole chain against real servers: HTTP → NestJS → Temporal dev server → worker activity →
// Postgres (TypeORM) → back out through the API.
describe('engine chain', () => {
  const env = testEnv({ TEMPORAL_TASK_QUEUE: `engine-chain-${Date.now()}` });
  let db: DataSource;
  let connection: NativeConnection;
  let worker: Worker;
  let running: Promise<void>;
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    db = await openDatabase(env.DATABASE_URL!);
    connection = await connectWorker(env);
    worker = await createInterventionWorker({
      connection,
      namespace: env.TEMPORAL_NAMESPACE,
      taskQueue: env.TEMPORAL_TASK_QUEUE,
      activities: createActivities({ db, workerIdentity: 'engine-chain-test', reminderLeadDays: 14 }),
    });
    running = worker.run();
    app = await createApp(env);
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
    worker?.shutdown();
    await running;
    await connection?.close();
    await db?.destroy();
  });

  it('reports ready when Temporal and Postgres answer', async () => {
    const res = await fetch(`${base}/health/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, temporal: { ok: true }, postgres: { ok: true } });
  });

  it('starts a workflow whose activity writes to Postgres, and reads the row back', async () => {
    const admin = await new TokenStore(db).issue({ name: 'Engine checker', role: 'admin' });
    const res = await fetch(`${base}/health/chain`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id: string; workerIdentity: string; requestedAt: string; completedAt: string };
    expect(body.id).toMatch(/^engine-check\//);
    expect(body.workerIdentity).toBe('engine-chain-test');

    const row = await db.getRepository(EngineCheckEntity).findOneBy({ id: body.id });
    expect(row?.workerIdentity).toBe('engine-chain-test');
    expect(new Date(body.completedAt).getTime()).toBeGreaterThanOrEqual(new Date(body.requestedAt).getTime());
  });

  it('gives every response a request id', async () => {
    const res = await fetch(`${base}/health/live`, { headers: { 'X-Request-Id': 'abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
  });
});
