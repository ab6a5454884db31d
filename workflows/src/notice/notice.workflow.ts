import type { InstrumentWorkflow } from '@cs/contract';
import { runLifecycle } from '../shared/lifecycle';
import { notice } from './notice';

/** An improvement notice, from issue to lifting or escalation. Input: the notice.issued command. */
export const noticeWorkflow: InstrumentWorkflow = (input) => runLifecycle(notice, input);
