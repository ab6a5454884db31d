import type { InstrumentWorkflow } from '@cs/contract';
import { runLifecycle } from '../shared/lifecycle';
import { continuingBoard } from './continuing-board';

/** Support and supervision after a notice is lifted, then the Ambitions Board until it closes. */
export const continuingBoardWorkflow: InstrumentWorkflow = (input) => runLifecycle(continuingBoard, input);
