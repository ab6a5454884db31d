import { workflowInfo } from '@temporalio/workflow';

/** Past this many events a run hands over to a new one, whatever else happens. */
export const EVENT_BUDGET = 2_000;
/** A natural boundary (a finished review cycle) starts a new run once the history has this many events. */
export const BOUNDARY_MIN_EVENTS = 100;

/**
 * When a lifecycle run should continue as new: when the server suggests it, past the event budget,
 * or at a natural boundary with enough history behind it. Keeps each run's history small.
 * `answeringCommand`: false defers the boundary's hand-over to a workflow task that answers a
 * command (see lifecycle.ts); the budget and the server's suggestion do not wait.
 */
export function shouldContinueAsNew(atBoundary: boolean, answeringCommand = true): boolean {
  const info = workflowInfo();
  return (
    info.continueAsNewSuggested ||
    info.historyLength >= EVENT_BUDGET ||
    (atBoundary && answeringCommand && info.historyLength >= BOUNDARY_MIN_EVENTS)
  );
}
