import { ApplicationFailure } from '@temporalio/common';

/**
 * Why the engine refuses a request, as the `type` of the ApplicationFailure an update validator or
 * a workflow start throws: the API answers by type (403, 409, 404, 400), never by reading messages.
 */
export const refusalTypes = {
  /** Who asks may not do this (role, council). */
  forbidden: 'Forbidden',
  /** Where the instrument stands does not allow it now (phase, dates, ended, rules). */
  conflict: 'Conflict',
  /** What the request names does not exist. */
  notFound: 'NotFound',
  /** The request is malformed (details carry each field and why). */
  invalid: 'Invalid',
} as const;
export type RefusalKind = keyof typeof refusalTypes;
export type RefusalType = (typeof refusalTypes)[RefusalKind];

/** One field that is wrong and why: the details of an `invalid` refusal. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** A refusal to throw from workflow code: non-retryable, typed, its reason the message. */
export function refusal(kind: RefusalKind, reason: string, issues?: FieldIssue[]): ApplicationFailure {
  return ApplicationFailure.create({ message: reason, type: refusalTypes[kind], nonRetryable: true, details: issues ? [issues] : undefined });
}

/** The kind of a refusal failure, or undefined for any other failure. */
export function refusalKindOf(failure: ApplicationFailure): RefusalKind | undefined {
  return (Object.keys(refusalTypes) as RefusalKind[]).find((k) => refusalTypes[k] === failure.type);
}
