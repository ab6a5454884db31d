import { DeterminismViolationError } from '@temporalio/workflow';
import { Worker } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { bundlerOptions, workflowsPath } from '../../apps/worker/src/bundle-aliases';
import { instrumentWorkflowTypes } from '@cs/contract';
import { HISTORIES_DIR, historyFromFixture } from './support/histories';

// Histories recorded from the lifecycle tests (RECORD_HISTORIES=1) replayed against today's
// workflow code: a change that would break a running notice fails here (see docs/lifecycle.md).
describe('replay of recorded lifecycle histories', () => {
  const files = readdirSync(HISTORIES_DIR).filter((f) => f.endsWith('.json')).sort();

  it('has recorded histories of every lifecycle workflow', () => {
    const types = files.map((f) => historyFromFixture(readFileSync(join(HISTORIES_DIR, f), 'utf8')).events[0].workflowExecutionStartedEventAttributes?.workflowType?.name);
    expect(new Set(types)).toEqual(new Set(Object.values(instrumentWorkflowTypes)));
  });

  it('replays every one of them without nondeterminism', async () => {
    const histories = files.map((f) => ({ workflowId: f.replace(/\.json$/, ''), history: historyFromFixture(readFileSync(join(HISTORIES_DIR, f), 'utf8')) }));
    const failures: string[] = [];
    let replayed = 0;
    for await (const result of Worker.runReplayHistories({ workflowsPath, bundlerOptions, replayName: 'lifecycle-fixtures' }, histories)) {
      replayed++;
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
    expect(replayed).toBe(files.length);
  });

  it('fails a changed workflow: the gate can fail', async () => {
    const changed = join(__dirname, 'workflows', 'changed-notice.workflow.ts');
    const notices = files.filter((f) => f.startsWith('trafford-notice-'));
    expect(notices.length).toBeGreaterThan(0);
    const history = historyFromFixture(readFileSync(join(HISTORIES_DIR, notices[0]), 'utf8'));
    await expect(Worker.runReplayHistory({ workflowsPath: changed, bundlerOptions, replayName: 'changed-notice' }, history)).rejects.toThrow(
      DeterminismViolationError,
    );
  });
});
