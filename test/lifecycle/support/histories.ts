import type { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';

const History = temporal.api.history.v1.History;

/**
 * Fixture format: protobufjs toObject with int64, enums and bytes as strings. (The SDK's
 * historyToJSON fails in this install: @temporalio/common and @temporalio/proto each carry their own
 * protobufjs, so its `instanceof Type` check fails.) Worker.runReplayHistories takes the History
 * that historyFromFixture rebuilds.
 */
export function historyToFixture(history: temporal.api.history.v1.IHistory): string {
  return JSON.stringify(History.toObject(History.fromObject(history), { longs: String, enums: String, bytes: String }));
}

export function historyFromFixture(text: string): temporal.api.history.v1.History {
  return History.fromObject(JSON.parse(text));
}

export const HISTORIES_DIR = join(__dirname, '..', '..', 'fixtures', 'histories');

export interface RunSize {
  runId: string;
  events: number;
  bytes: number;
}

/** Every run of a workflow, oldest first, found by following continue-as-new back from the latest. */
export async function runsOf(client: Client, workflowId: string) {
  const runs: { runId: string; history: temporal.api.history.v1.IHistory }[] = [];
  let runId: string | undefined = undefined;
  for (;;) {
    const history: temporal.api.history.v1.IHistory = await client.workflow.getHandle(workflowId, runId).fetchHistory();
    const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
    const id: string = runId ?? (await client.workflow.getHandle(workflowId).describe()).runId;
    runs.unshift({ runId: id, history });
    runId = started?.continuedExecutionRunId ?? undefined;
    if (!runId) return runs;
  }
}

/** Events and bytes per run: the bounded-history figure the docs quote. */
export async function runSizes(client: Client, workflowId: string): Promise<RunSize[]> {
  return (await runsOf(client, workflowId)).map((r) => ({
    runId: r.runId,
    events: r.history.events?.length ?? 0,
    bytes: historyToFixture(r.history).length,
  }));
}

/**
 * Writes the first, a middle and the last run of a workflow to
 * test/fixtures/histories/<name>-<recorded on>-run<n>.json when RECORD_HISTORIES=1, so the replay
 * test proves that changed workflow code still replays the instruments already running. Three runs
 * cover start, carried-over state and the ending. Histories recorded before are kept beside the new
 * ones: instruments started under older code are still running and must still replay.
 */
export async function recordHistories(client: Client, workflowId: string, name: string): Promise<number> {
  if (process.env.RECORD_HISTORIES !== '1') return 0;
  mkdirSync(HISTORIES_DIR, { recursive: true });
  const recordedOn = new Date().toISOString().slice(0, 10);
  const runs = await runsOf(client, workflowId);
  const keep = [...new Set([0, Math.floor((runs.length - 1) / 2), runs.length - 1])];
  for (const i of keep) writeFileSync(join(HISTORIES_DIR, `${name}-${recordedOn}-run${i + 1}.json`), historyToFixture(runs[i].history));
  return keep.length;
}
