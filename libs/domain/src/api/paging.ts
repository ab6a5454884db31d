import { z } from 'zod';

/** A whole number given as query text, within bounds. */
export const wholeNumberText = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

export const pagingFields = {
  page: wholeNumberText(1, 100000).default(1),
  pageSize: wholeNumberText(1, 100).default(20),
};

/** Paging through an instrument's audit trail. */
export const AuditQuery = z.object(pagingFields).strict();
export type AuditQuery = z.infer<typeof AuditQuery>;
