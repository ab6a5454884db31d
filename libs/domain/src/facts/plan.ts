import { z } from 'zod/mini';
import { IsoDate } from '../dates';
import { Rag } from '../instrument';
import { Id, Name, Text } from './text';

/** One objective of the improvement plan; `covers` names the areas and recommendations it answers. */
export const Objective = z.object({
  id: Id,
  title: Text,
  covers: z._default(z.array(Id).check(z.maxLength(50)), []),
  lead: z.optional(Name),
  targetOn: z.optional(IsoDate),
});
export type Objective = z.infer<typeof Objective>;

/** The council's improvement plan is agreed (cl. 4). */
export const PlanAgreed = z.object({ objectives: z.array(Objective).check(z.minLength(1), z.maxLength(200)) });
export const ObjectiveAdded = Objective;

/** A progress update on one objective (cl. 5a), rated for delivery and, optionally, impact. */
export const ProgressRecorded = z.object({
  objectiveId: Id,
  delivery: Rag,
  impact: z.optional(Rag),
  note: z.optional(Text),
});
