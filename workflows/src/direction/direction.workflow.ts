import type { InstrumentWorkflow } from '@cs/contract';
import { runLifecycle } from '../shared/lifecycle';
import { direction } from './direction';

/** A statutory direction, on escalation or issued directly, until step-down or revocation. */
export const directionWorkflow: InstrumentWorkflow = (input) => runLifecycle(direction, input);
