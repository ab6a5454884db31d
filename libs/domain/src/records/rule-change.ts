import { z } from 'zod';
import { RuleChange, DraftStatus, RolloutAction, RolloutOutcome } from '../governance';

/** A drafted rule change as stored: who drafted what, when, and where it stands. */
export const DraftRecord = z.object({
  id: z.string(),
  change: RuleChange,
  status: DraftStatus,
  draftedById: z.string(),
  draftedByRole: z.string(),
  draftedAt: z.date(),
  rolloutId: z.string().nullable(),
  rollbackId: z.string().nullable(),
});
export type DraftRecord = z.infer<typeof DraftRecord>;

/** A rollout of a draft (apply) or of its end (end): who started it, when, over how many instruments. */
export const RolloutRecord = z.object({
  id: z.string(),
  draftId: z.string(),
  action: RolloutAction,
  startedById: z.string(),
  startedAt: z.date(),
  total: z.number().int().nullable(),
  finishedAt: z.date().nullable(),
});
export type RolloutRecord = z.infer<typeof RolloutRecord>;

/** What the rollout did on one instrument; written once per instrument, whatever the retries. */
export const RolloutItemRecord = z.object({
  rolloutId: z.string(),
  workflowId: z.string(),
  outcome: RolloutOutcome,
  factId: z.string().nullable(),
  message: z.string().nullable(),
  recordedAt: z.date(),
});
export type RolloutItemRecord = z.infer<typeof RolloutItemRecord>;
