import { z } from 'zod';
import { wholeNumberText } from './paging';

/** Paging through a run's Temporal event history. */
export const HistoryQuery = z
  .object({
    runId: z.string().uuid('must be a run id (UUID)').optional(),
    pageSize: wholeNumberText(1, 1000).default(100),
    pageToken: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,4000}$/, 'must be the nextPageToken of a previous page')
      .optional(),
  })
  .strict();
export type HistoryQuery = z.infer<typeof HistoryQuery>;

export const HistoryEvent = z.object({
  eventId: z.number().int(),
  time: z.string().nullable(),
  type: z.string(),
  /** A one-line reading of the event: which update, activity, timer or fact. */
  summary: z.string(),
});
export type HistoryEvent = z.infer<typeof HistoryEvent>;

export const HistoryPage = z.object({
  workflowId: z.string(),
  runId: z.string(),
  status: z.string(),
  webUiUrl: z.string(),
  /** The Temporal Web UI's list of this council's instruments, by the `Council` search attribute. */
  webUiCouncilUrl: z.string(),
  events: z.array(HistoryEvent),
  nextPageToken: z.string().nullable(),
});
export type HistoryPage = z.infer<typeof HistoryPage>;
