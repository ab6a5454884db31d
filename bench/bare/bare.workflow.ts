import {
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  sleep,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { ACTIVITY_OPTIONS } from '../../workflows/src/shared/activity-options';
import type { BareActivities } from './activities';
import { appendUpdate } from './messages';
import { STEP, type Plan } from './plan';

/** The input of a bare workflow: its plan, what the product starts with, and what a run carries. */
export interface BareInput {
  plan: Plan;
  start: unknown;
  carried?: { appended: unknown[]; pending: number };
  /** Started as a child at the plan's `c` step, as the product hands over to its successor. */
  successor?: { workflowId: string; input: BareInput };
}

// The product's own activity options (timeouts, retry policy), so retries and timeouts cost the same.
const { effect } = proxyActivities<BareActivities>(ACTIVITY_OPTIONS);

/** Never fires in a benchmark, even when a live run skips months between facts: the product's didn't. */
const UNFIRED_TIMER = '3650 days';

/**
 * The floor the product is measured against: no rules, no validation, no state but the appended
 * arguments (carried across runs as the product carries its facts); it only does, in order, the
 * updates, activities, timers, hand-over and continue-as-new runs the product's history did.
 */
export async function bareWorkflow(input: BareInput): Promise<{ appended: number }> {
  const appended = input.carried?.appended ?? [input.start];
  let pending = input.carried?.pending ?? 0;
  setHandler(appendUpdate, (arg: unknown) => {
    appended.push(arg);
    pending++;
    return appended.length;
  });
  const [steps, ...later] = input.plan;
  const { workflowId } = workflowInfo();
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (step === STEP.update) {
      await condition(() => pending > 0);
      pending--;
    } else if (step === STEP.activity) {
      await effect(workflowId, i);
    } else if (step === STEP.timer && steps[i + 1] === STEP.timerFired) {
      await sleep(1);
      i++;
    } else if (step === STEP.timer) {
      await condition(() => pending > 0, UNFIRED_TIMER);
    } else if (step === STEP.child && input.successor) {
      const { workflowId: childId, input: childInput } = input.successor;
      await startChild(bareWorkflow, { workflowId: childId, args: [childInput], parentClosePolicy: ParentClosePolicy.ABANDON });
    } else if (step === STEP.end) {
      await condition(allHandlersFinished);
      return { appended: appended.length };
    }
  }
  if (later.length) {
    await condition(allHandlersFinished);
    return continueAsNew<typeof bareWorkflow>({ ...input, plan: later, carried: { appended, pending } });
  }
  // The product's workflow was still open at the end of its history: keep taking updates.
  for (;;) {
    await condition(() => pending > 0);
    pending--;
  }
}
