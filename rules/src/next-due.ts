import type { EvaluationResult, IsoDate } from '@cs/domain/core';

/** The earliest dueOn among obligations still 'due' (not met, not yet overdue): the next wake-up. */
export function nextDueDate(result: EvaluationResult): IsoDate | undefined {
  let next: IsoDate | undefined;
  for (const o of result.obligations) if (o.status === 'due' && (next === undefined || o.dueOn < next)) next = o.dueOn;
  return next;
}
