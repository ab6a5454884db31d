import { z } from 'zod';
import { Fact, IsoDate, Obligation } from '@cs/domain/core';
import { InstrumentView } from './view';

/**
 * What the `overview` query returns: an instrument as its page shows it, in one answer and of a
 * size that does not grow with the instrument's age. The state without the folded detail; every
 * obligation still to be met, and the latest met ones (or all); every fact as a mark for the drawn
 * timeline (date and type only), and one page of the facts in full, newest first.
 */
export const InstrumentOverview = z.object({
  state: InstrumentView.omit({ detail: true, obligations: true }),
  obligations: z.object({
    /** Due and overdue, soonest first: always all of them. */
    open: z.array(Obligation),
    /** Met, latest first: the latest few, or all when asked. */
    met: z.array(Obligation),
    /** How many are met in all, shown or not. */
    metTotal: z.number().int(),
  }),
  /** Every fact up to the as-of date, oldest first: enough to draw it. */
  marks: z.array(z.object({ type: z.string(), effectiveOn: IsoDate })),
  /** One page of the facts up to the as-of date, newest first. */
  facts: z.object({
    items: z.array(Fact),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  }),
});
export type InstrumentOverview = z.infer<typeof InstrumentOverview>;
