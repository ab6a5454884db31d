import { z } from 'zod/mini';
import { Id, Name, Text } from './text';

/** DfE appoints an adviser (notice cl. 3). */
export const AdviserAppointed = z.object({ name: Name });
/** An adviser's recommendation; the plan must cover it (cl. 4). */
export const RecommendationMade = z.object({ id: Id, text: Text });
/** Regular reports of progress or concern (cl. 12), or the adviser's recommendation that the notice be lifted. */
export const AdviserReported = z.object({ kind: z.enum(['progress', 'concern', 'recommends-lifting']), summary: Text });
/** The adviser asks for a diagnostic review of an area. */
export const DiagnosticReviewRequested = z.object({ scope: Text });
