import { z } from 'zod/mini';
import { Id, Text } from './text';

/** The programme office starts a DfE review cycle (cl. 6). */
export const ReviewStarted = z.object({ reviewId: Id });
/** The council's self-assessment before the review (cl. 10). */
export const SelfAssessmentSubmitted = z.object({
  reviewId: Id,
  covers: z.object({
    progressAgainstObjectives: z.boolean(),
    staffSurveys: z.boolean(),
    supervision: z.boolean(),
  }),
});
/** The review meeting took place, covering these topics (cl. 7). */
export const ReviewHeld = z.object({ reviewId: Id, virtual: z._default(z.boolean(), false), topics: z.array(Id).check(z.maxLength(50)) });
/** The caselead records the review's outcome. */
export const ReviewOutcomeRecorded = z.object({
  reviewId: Id,
  outcome: z.enum(['sufficient-progress', 'insufficient-progress']),
  summary: Text,
});
