import { z } from 'zod/mini';
import { IsoDate } from '../dates';
import { Text } from './text';

/**
 * A term an instrument states in its own words (a notice's review interval, a direction's report
 * dates): it overrides the rulebook's default for that instrument, cited to the instrument itself.
 * `parameter` names a rulebook parameter (e.g. `review.maxIntervalMonths`); the rules refuse a name
 * the instrument's rulebook does not define.
 */
export const StatedTerm = z.object({
  parameter: z.string().check(z.regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/, 'must be a rulebook parameter name such as review.maxIntervalMonths')),
  /** A number, a yes/no, or a list of numbers (review months: [6, 12, 18]). */
  value: z.union([z.number().check(z.gte(0), z.lte(10_000)), z.boolean(), z.array(z.number().check(z.gte(0), z.lte(10_000))).check(z.minLength(1), z.maxLength(50))]),
  /** Where the instrument says so: "para 6". */
  clause: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  text: z.optional(Text),
});
export type StatedTerm = z.infer<typeof StatedTerm>;

/** A report the instrument itself says is due on a date (a commissioner's report, a chair's report). */
export const StatedReport = z.object({
  dueOn: IsoDate,
  kind: z._default(z.enum(['initial', 'review']), 'review'),
  clause: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
});
export type StatedReport = z.infer<typeof StatedReport>;

/** What an instrument states, beyond the rulebook: duties in its words, terms, report dates. */
export const InstrumentTerms = {
  /** How the instrument is cited: "Improvement notice to Slough Borough Council, 2021-11-05". */
  document: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(300))),
  terms: z.optional(z.array(StatedTerm).check(z.maxLength(50))),
  reportsDue: z.optional(z.array(StatedReport).check(z.maxLength(50))),
  /** Duties and conditions as the instrument words them (a board chair's quarterly reports ...). */
  duties: z.optional(z.array(Text).check(z.maxLength(50))),
};

/** How a direction arranges children's services (s497A(2A) revisions). */
export const Arrangement = z.enum(['council-control', 'partner-council', 'trust', 'council-owned-company']);

/** A decision the rules did not open, recorded because the record shows it was taken. */
export const Override = z.object({ reason: Text });

/** What a decision rests on, as the record states it. */
export const DecisionBasis = z.enum(['re-inspection', 'adviser-recommendation', 'commissioner-recommendation', 'ministerial']);

/** Another instrument this one follows (an earlier chain for the same council). */
export const InstrumentId = z.string().check(z.regex(/^[a-z-]+\/[a-z0-9-]+\/\d{4}-\d{2}-\d{2}$/, 'must be an instrument id such as notice/slough/2011-05-10'));
