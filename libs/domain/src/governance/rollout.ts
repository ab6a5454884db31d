import { z } from 'zod';
import { Id } from '../facts/text';

/** What happened on one instrument during a rollout. */
export const RolloutOutcome = z.enum(['recorded', 'already-recorded', 'not-affected', 'refused']);
export type RolloutOutcome = z.infer<typeof RolloutOutcome>;

export const RolloutItem = z.object({ workflowId: z.string(), outcome: RolloutOutcome, factId: z.string().nullable(), message: z.string().nullable() });
export type RolloutItem = z.infer<typeof RolloutItem>;

/** Applying a draft (`apply`) or ending its amendment (`end`), on every affected instrument. */
export const RolloutAction = z.enum(['apply', 'end']);
export type RolloutAction = z.infer<typeof RolloutAction>;

export const RolloutProgress = z.object({
  rolloutId: Id,
  draftId: z.string(),
  action: RolloutAction,
  status: z.enum(['running', 'completed', 'failed', 'unknown']),
  total: z.number().int(),
  done: z.number().int(),
  recorded: z.number().int(),
  alreadyRecorded: z.number().int(),
  notAffected: z.number().int(),
  refused: z.number().int(),
  /** The instruments that refused the change, each with its reason. */
  failures: z.array(RolloutItem),
});
export type RolloutProgress = z.infer<typeof RolloutProgress>;
