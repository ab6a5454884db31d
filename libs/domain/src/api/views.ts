import { AuditEntry } from '../records/audit';
import { z } from 'zod';
import { DatePrecision, IsoDate } from '../dates';
import { Obligation } from '../evaluation';
import { Actor } from '../roles';

/** What happened (facts, by effective date) and what is due (open obligations, by due date). */
export const Timeline = z.object({
  workflowId: z.string(),
  asOf: IsoDate,
  past: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      effectiveOn: IsoDate,
      /** Present when the record gives only the month or the year of this fact. */
      precision: DatePrecision.optional(),
      recordedAt: z.string(),
      actor: Actor,
      payload: z.unknown(),
    }),
  ),
  due: z.array(Obligation),
});
export type TimelineEvent = z.infer<typeof Timeline>['past'][number];

/** One line of the audit trail as the API returns it. */
// The audit record as stored, with its time as an ISO string on the wire.
export const AuditLine = AuditEntry.extend({ recordedAt: z.string() });
export type AuditLine = z.infer<typeof AuditLine>;

export const AuditPage = z.object({
  items: z.array(AuditLine),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
