import { z } from 'zod';
import { IsoDate } from '../dates';

/** One thing on an instrument's projected timeline. */
export const ProjectedEvent = z.object({
  on: IsoDate,
  /** A duty falling due (assumed done that day), the deadline, or a decision opening. */
  what: z.enum(['duty', 'deadline', 'decision-opens']),
  /** The obligation kind (board-meeting, dfe-review, self-assessment, adviser-report...) or the decision. */
  kind: z.string(),
  ruleId: z.string(),
  subject: z.string().optional(),
  /** The rule's own sentence for it, citing the clause. */
  says: z.string(),
});
export type ProjectedEvent = z.infer<typeof ProjectedEvent>;

export const Projection = z.object({
  from: IsoDate,
  until: IsoDate,
  deadlineOn: z.optional(IsoDate),
  rulebooks: z.array(z.string()),
  events: z.array(ProjectedEvent),
});
export type Projection = z.infer<typeof Projection>;
