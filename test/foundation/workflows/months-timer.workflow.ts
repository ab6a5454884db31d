import { sleep } from '@temporalio/workflow';
// A path alias on purpose: this file proves the bundle resolves `@cs/...` imports.
import { addMonths, daysBetween } from '@cs/domain';

/** Waits from `from` until six calendar months later, as a review cadence would, then says when. */
export async function sixMonthTimerWorkflow(from: string): Promise<string> {
  const due = addMonths(from, 6);
  await sleep(`${daysBetween(from, due)} days`);
  return due;
}
