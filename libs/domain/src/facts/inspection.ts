import { z } from 'zod';
import { Judgement } from '../instrument';

/** Ofsted publishes an inspection, monitoring visit or focused visit. */
export const InspectionPublished = z.object({
  kind: z.enum(['ilacs', 'monitoring-visit', 'focused-visit']),
  /** Graded inspections only (ILACS). */
  judgement: Judgement.optional(),
  priorityActions: z.boolean().default(false),
});
