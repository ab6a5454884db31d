import { runLifecycle, type LifecycleInput, type LifecycleResult } from '../shared/lifecycle';
import { continuingBoard } from './continuing-board';

/** Support and supervision after a notice is lifted, then the Ambitions Board until it closes. */
export async function continuingBoardWorkflow(input: LifecycleInput): Promise<LifecycleResult> {
  return runLifecycle(continuingBoard, input);
}
