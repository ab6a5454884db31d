import { z } from 'zod';
import { IsoDate } from '../dates';
import { Council } from '../roles';
import { Id, Text } from './text';

/** An area for improvement named by Ofsted; the plan must cover each one (notice cl. 4). */
export const AreaForImprovement = z.object({ id: Id, text: Text });

/** DfE issues an improvement notice (notice preamble): the fact that starts a notice's life. */
export const NoticeIssued = z.object({
  council: Council,
  trigger: z.object({
    kind: z.enum(['ilacs-inadequate', 'focused-visit-priority-actions']),
    inspectionPublishedOn: IsoDate,
  }),
  areasForImprovement: z.array(AreaForImprovement).max(100).default([]),
  /** The date the plan's actions are due (cl. 11); the rules derive it when it is not given. */
  deadlineOn: IsoDate.optional(),
});

/** The caselead's decision at assessment (cl. 13, 2023 report); never taken by the product. */
export const AssessmentDecided = z.object({
  decision: z.enum(['lift', 'continue', 'extend', 'escalate']),
  /** For 'extend': the new deadline. */
  newDeadlineOn: IsoDate.optional(),
  reason: Text,
});
