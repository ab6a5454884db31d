import { condition, proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import { pauseRolloutSignal, rolloutProgressQuery, type Activities, type RolloutInput, type RolloutState } from '@cs/contract';

const { rolloutTargets, finishRollout } = proxyActivities<Pick<Activities, 'rolloutTargets' | 'finishRollout'>>({ startToCloseTimeout: '1 minute' });
const { rolloutInstrument } = proxyActivities<Pick<Activities, 'rolloutInstrument'>>({
  startToCloseTimeout: '1 minute',
  // An instrument that cannot be reached is retried until it can: a refusal is an outcome, not an error.
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * Applies a drafted rule change (or ends its amendment) on every open instrument it reaches: the
 * update on each has an id derived from rollout and instrument, so after any crash the workflow
 * resumes where its history stands and a repeated step records nothing twice. Thin: the targets,
 * each instrument's commands and their outcomes are the activities' (rule-change.activities.ts).
 */
export async function ruleChangeRolloutWorkflow(input: RolloutInput): Promise<RolloutState> {
  const state: RolloutState = { total: null, done: 0, items: [], paused: false };
  setHandler(rolloutProgressQuery, () => state);
  setHandler(pauseRolloutSignal, (paused) => {
    state.paused = paused;
  });
  const targets = await rolloutTargets(input.rolloutId);
  state.total = targets.length;
  const width = Math.max(1, Math.min(input.concurrency ?? 8, 50));
  for (let i = 0; i < targets.length; i += width) {
    await condition(() => !state.paused);
    const batch = targets.slice(i, i + width);
    const outcomes = await Promise.all(batch.map((workflowId) => rolloutInstrument({ rolloutId: input.rolloutId, workflowId, actor: input.actor, endOn: input.endOn })));
    state.items.push(...outcomes);
    state.done += outcomes.length;
    if (input.pauseMs && i + width < targets.length) await sleep(input.pauseMs);
  }
  await finishRollout(input.rolloutId);
  return state;
}
