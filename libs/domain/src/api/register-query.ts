import { RegisterEntry } from '../records/register';
import { z } from 'zod';
import { InstrumentKind, Phase } from '../instrument';
import { CouncilSlug } from './instrument-ref';
import { pagingFields, wholeNumberText } from './paging';

const booleanText = z
  .enum(['true', 'false'], { message: 'must be true or false' })
  .transform((v) => v === 'true');
/** Filters and paging for the register (query string: every value is text). */
export const RegisterQuery = z
  .object({
    council: CouncilSlug.optional(),
    kind: z.optional(InstrumentKind),
    phase: z.optional(Phase),
    /** true: only instruments with an overdue obligation; false: only those without. */
    overdue: booleanText.optional(),
    /** Only instruments whose next due date falls within this many days from today (or is past). */
    dueWithinDays: wholeNumberText(0, 3660).optional(),
    ...pagingFields,
  })
  .strict();
export type RegisterQuery = z.infer<typeof RegisterQuery>;

// The register row as stored, less its projection version, plus the instrument's API path.
export const RegisterItem = RegisterEntry.omit({ version: true, updatedAt: true }).extend({
  path: z.string(),
  updatedAt: z.string(),
});
export type RegisterItem = z.infer<typeof RegisterItem>;

export const RegisterPage = z.object({
  items: z.array(RegisterItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** The same filters in the Temporal Web UI, by the instruments' search attributes. */
  webUiUrl: z.string(),
});
export type RegisterPage = z.infer<typeof RegisterPage>;
