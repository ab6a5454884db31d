import { Worker } from '@temporalio/worker';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { join } from 'path';
import { bundlerOptions } from '../../apps/worker/src/bundle-aliases';
import { createTimeSkippingEnv } from '../support/time-skipping';

describe('time-skipping test server (Java, from Maven Central)', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await createTimeSkippingEnv();
  });
  afterAll(() => env?.teardown());

  it('runs a six-month timer in seconds of wall time', async () => {
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: 'months-timer',
      workflowsPath: join(__dirname, 'workflows', 'months-timer.workflow.ts'),
      bundlerOptions,
    });
    const skippedFrom = await env.currentTimeMs();
    const wallStart = Date.now();
    const due = await worker.runUntil(
      env.client.workflow.execute('sixMonthTimerWorkflow', {
        args: ['2019-11-23'],
        taskQueue: 'months-timer',
        workflowId: `six-month-timer-${wallStart}`,
      }),
    );
    const wallMs = Date.now() - wallStart;
    const skippedDays = ((await env.currentTimeMs()) - skippedFrom) / 86_400_000;

    expect(due).toBe('2020-05-23');
    expect(skippedDays).toBeGreaterThanOrEqual(182);
    expect(wallMs).toBeLessThan(30_000);
  });
});
