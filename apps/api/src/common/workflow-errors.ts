import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';

/** A decision the engine took about a request: it is the caller's to act on, never a 500. */
export interface Refusal {
  status: 403 | 404 | 409;
  reason: string;
}

/** The validator's refusals that are about who asks rather than where the instrument stands. */
const roleRefusal = /^role \S+ may not record|may not act on/;

/**
 * Reads a Temporal client error as a refusal: unknown workflow → 404; already registered → 409;
 * a command the update validator rejected → 403 (role or council) or 409 (lifecycle), with the
 * validator's own reason. Anything else is not a refusal (a dependency down, or a bug).
 */
export function refusalOf(err: unknown): Refusal | undefined {
  if (err instanceof WorkflowNotFoundError) return { status: 404, reason: `no instrument ${err.workflowId || ''}`.trim() };
  if (err instanceof WorkflowExecutionAlreadyStartedError) {
    return { status: 409, reason: `${err.workflowId} is already registered` };
  }
  if (err instanceof WorkflowUpdateFailedError) {
    const cause = err.cause;
    const reason = cause instanceof ApplicationFailure || cause instanceof Error ? cause.message : err.message;
    return { status: roleRefusal.test(reason) ? 403 : 409, reason };
  }
  return undefined;
}

/**
 * The server dropped an update it had not accepted because the run it was sent to closed: it
 * continued as new (a retry reaches the next run) or it ended (a retry gets the same answer again).
 */
export function droppedByClosingRun(err: unknown): boolean {
  return err instanceof WorkflowNotFoundError && /aborted by closing workflow/.test(err.message);
}

export function refusalError(status: Refusal['status']): string {
  return { 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict' }[status];
}
