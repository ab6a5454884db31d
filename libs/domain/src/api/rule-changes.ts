import { z } from 'zod';
import { IsoDate } from '../dates';
import { Draft, RuleChange } from '../governance';

/** Drafting a rule change: the change itself (an amendment with its window, or a rulebook version). */
export const DraftBody = RuleChange;
export type DraftBody = z.infer<typeof DraftBody>;

export const DraftIdParams = z.object({ id: z.uuid('must be a draft id (a UUID)') }).strict();
export type DraftIdParams = z.infer<typeof DraftIdParams>;

export const DraftList = z.array(Draft);

/** The impact preview as of a date (today when absent), as JSON or CSV. */
export const ImpactQuery = z.object({ asOf: z.optional(IsoDate), format: z.enum(['json', 'csv']).default('json') }).strict();
export type ImpactQuery = z.infer<typeof ImpactQuery>;

/** Applying a draft: how many instruments are updated at once (the throttle). */
export const ApplyBody = z.object({ concurrency: z.number().int().min(1).max(50).default(8) }).strict();
export type ApplyBody = z.infer<typeof ApplyBody>;

/** Ending an amendment: the day its window closes (the drafted end, or today, when absent). */
export const EndBody = z.object({ endOn: z.optional(IsoDate), concurrency: z.number().int().min(1).max(50).default(8) }).strict();
export type EndBody = z.infer<typeof EndBody>;

/** An instrument's projection from a date (today when absent), under the rules in force or a draft. */
export const ProjectionQuery = z.object({ from: z.optional(IsoDate), draftId: z.uuid('must be a draft id (a UUID)').optional() }).strict();
export type ProjectionQuery = z.infer<typeof ProjectionQuery>;

/** A rollout started: where to watch it. */
export const RolloutStarted = z.object({ rolloutId: z.string(), draftId: z.string(), action: z.enum(['apply', 'end']), progress: z.string() });
export type RolloutStarted = z.infer<typeof RolloutStarted>;
