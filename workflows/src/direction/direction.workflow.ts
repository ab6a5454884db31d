import { runLifecycle, type LifecycleInput, type LifecycleResult } from '../shared/lifecycle';
import { direction } from './direction';

/** A statutory direction, on escalation or issued directly, until step-down or revocation. */
export async function directionWorkflow(input: LifecycleInput): Promise<LifecycleResult> {
  return runLifecycle(direction, input);
}
