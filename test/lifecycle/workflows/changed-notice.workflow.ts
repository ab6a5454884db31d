import { sleep } from '@temporalio/workflow';
import type { InstrumentWorkflow } from '@cs/contract';
import { notice } from '../../../workflows/src/notice/notice';
import { runLifecycle } from '../../../workflows/src/shared/lifecycle';

/**
 * The notice workflow with a change a developer might make without a patch: wait a day before
 * anything else. A notice already running did not, so replaying its history must fail.
 */
export const noticeWorkflow: InstrumentWorkflow = async (input) => {
  await sleep('1 day');
  return runLifecycle(notice, input);
};
