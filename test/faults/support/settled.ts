import type { Client } from '@temporalio/client';
import type { ApiClient } from '../../api/support/api-harness';
import { outcomeOf, type Outcome } from './outcome';
import type { Script } from './script';

/** The dates the outcome reads the notice's state as of: across its life, and after it. */
export const LIFE_DATES = ['2019-09-01', '2020-03-01', '2020-12-01', '2021-09-01', '2022-06-01', '2023-02-20', '2026-01-01'];

/**
 * The outcome once the notice has finished its work: the lifting ends its workflow once the
 * continuing board is started and the register written. An activity a killed worker had started
 * is retried only after its timeout, so this can take a while after the last command is answered.
 */
export async function settled(temporal: Client, api: ApiClient, script: Script, timeoutMs = 120_000): Promise<Outcome> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status } = await temporal.workflow.getHandle(script.workflowId).describe().catch(() => ({ status: { name: 'UNKNOWN' } }));
    // A read may meet a 503 while the worker replays the closed run: ask again.
    const now = status.name === 'COMPLETED' ? await outcomeOf(api, script, LIFE_DATES).catch(() => undefined) : undefined;
    if (now && (now.register as { linkedTo?: string } | undefined)?.linkedTo) return now;
    if (Date.now() > deadline) throw new Error(`the notice did not complete with its register row linked within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
