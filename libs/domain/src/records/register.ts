import { z } from 'zod';
import { IsoDate } from '../dates';
import { InstrumentKind, Phase } from '../instrument';

/**
 * One row of the register: a projection of an instrument's workflow state, for lists and filters.
 * The workflow is the truth for one instrument; `version` lets a retried projection be idempotent.
 */
export const RegisterEntry = z.object({
  workflowId: z.string(),
  kind: InstrumentKind,
  councilSlug: z.string(),
  councilName: z.string(),
  phase: Phase,
  startedOn: IsoDate,
  nextDueOn: z.nullable(IsoDate),
  overdueCount: z.number().int(),
  flagCount: z.number().int(),
  linkedFrom: z.string().nullable(),
  linkedTo: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.date(),
});
export type RegisterEntry = z.infer<typeof RegisterEntry>;
