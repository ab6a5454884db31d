import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';
import { refusal, refusalKindOf, refusalTypes, type FieldIssue, type RefusalKind } from '@cs/contract';

/** A decision the engine took about a request: it is the caller's to act on, never a 500. */
export interface Refusal {
  status: 400 | 403 | 404 | 409;
  reason: string;
  /** For a 400: each field that is wrong and why. */
  issues?: FieldIssue[];
}

/** The HTTP status of each kind of refusal the workflows throw (libs/contract refusals). */
const statusOf: Record<RefusalKind, Refusal['status']> = { invalid: 400, forbidden: 403, notFound: 404, conflict: 409 };

/**
 * Reads an error as a refusal, by class and failure type: a typed refusal the API raised (an
 * unknown instrument) → its type's status; another unknown workflow → 404; already registered →
 * 409; a command the update validator refused → the status of its refusal type, with the
 * validator's reason. Anything else is not a refusal (a dependency down, or a bug).
 */
export function refusalOf(err: unknown): Refusal | undefined {
  // A typed refusal the API itself raised (an instrument nobody registered: instrumentNotFound).
  if (err instanceof ApplicationFailure) {
    const kind = refusalKindOf(err);
    return kind ? { status: statusOf[kind], reason: err.message } : undefined;
  }
  if (err instanceof WorkflowNotFoundError) return { status: 404, reason: `no workflow ${err.workflowId || ''}`.trim() };
  if (err instanceof WorkflowExecutionAlreadyStartedError) {
    return { status: 409, reason: `${err.workflowId} is already registered` };
  }
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    const kind = refusalKindOf(err.cause);
    // An update failure of another type (none is thrown today) is still the engine declining it.
    if (!kind) return { status: 409, reason: err.cause.message };
    const issues = kind === 'invalid' ? fieldIssues(err.cause.details?.[0]) : undefined;
    return { status: statusOf[kind], reason: err.cause.message, ...(issues ? { issues } : {}) };
  }
  return undefined;
}

function fieldIssues(detail: unknown): FieldIssue[] {
  const issues = Array.isArray(detail) ? detail.filter((i): i is FieldIssue => typeof i?.field === 'string' && typeof i?.message === 'string') : [];
  return issues.length ? issues : [{ field: '(body)', message: 'invalid' }];
}

export function refusalError(status: Refusal['status']): string {
  return { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict' }[status];
}

/** The body of a refusal: status, error, the engine's reason, and for a 400 each field and why. */
export function refusalBody(r: Refusal) {
  return { statusCode: r.status, error: refusalError(r.status), message: r.reason, ...(r.status === 400 ? { issues: r.issues ?? [] } : {}) };
}

/**
 * The typed refusal for an instrument whose workflow Temporal does not hold (never registered, or
 * in another namespace): every route that names an instrument answers it 404 in the same words.
 */
export function instrumentNotFound(workflowId: string): ApplicationFailure {
  return refusal('notFound', `no instrument ${workflowId}: GET /register lists the instruments you may see`);
}

/** Whether an error is that refusal (raised by TemporalClientService for an unknown instrument). */
export function isInstrumentNotFound(err: unknown): err is ApplicationFailure {
  return err instanceof ApplicationFailure && err.type === refusalTypes.notFound;
}
