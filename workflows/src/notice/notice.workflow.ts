import { runLifecycle, type LifecycleInput, type LifecycleResult } from '../shared/lifecycle';
import { notice } from './notice';

/** An improvement notice, from issue to lifting or escalation. Input: the notice.issued command. */
export async function noticeWorkflow(input: LifecycleInput): Promise<LifecycleResult> {
  return runLifecycle(notice, input);
}
