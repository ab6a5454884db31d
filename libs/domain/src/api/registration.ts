import { z } from 'zod';
import { DatePrecision, IsoDate } from '../dates';
import { DirectionIssued, NoticeIssued } from '../facts/payloads';

/** Register an improvement notice: the notice.issued command; its date and council make its id. */
export const RegisterNoticeBody = z.object({ effectiveOn: IsoDate, precision: DatePrecision.optional(), payload: NoticeIssued }).strict();
export type RegisterNoticeBody = z.infer<typeof RegisterNoticeBody>;

/** Register a statutory direction made directly (not by escalating a notice). */
export const RegisterDirectionBody = z.object({ effectiveOn: IsoDate, precision: DatePrecision.optional(), payload: DirectionIssued }).strict();
export type RegisterDirectionBody = z.infer<typeof RegisterDirectionBody>;

export const Registered = z.object({
  workflowId: z.string(),
  runId: z.string(),
  /** Where the instrument lives in this API. */
  path: z.string(),
});
export type Registered = z.infer<typeof Registered>;
