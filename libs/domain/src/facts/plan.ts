import { z } from 'zod';
import { IsoDate } from '../dates';
import { Rag } from '../instrument';
import { Id, Name, Text } from './text';

/** One objective of the improvement plan; `covers` names the areas and recommendations it answers. */
export const Objective = z.object({
  id: Id,
  title: Text,
  covers: z.array(Id).max(50).default([]),
  lead: Name.optional(),
  targetOn: IsoDate.optional(),
});
export type Objective = z.infer<typeof Objective>;

/** The council's improvement plan is agreed (cl. 4). */
export const PlanAgreed = z.object({ objectives: z.array(Objective).min(1).max(200) });
export const ObjectiveAdded = Objective;

/** A progress update on one objective (cl. 5a), rated for delivery and, optionally, impact. */
export const ProgressRecorded = z.object({
  objectiveId: Id,
  delivery: Rag,
  impact: Rag.optional(),
  note: Text.optional(),
});
