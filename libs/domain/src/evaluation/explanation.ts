import { z } from 'zod/mini';

/** A place in a source document: "improvement-notice-2019, cl. 5b". */
export const Citation = z.object({
  document: z.string(),
  clause: z.string(),
  /** A short quotation or paraphrase of what the clause says. */
  text: z.optional(z.string()),
  /**
   * Whether the value is the law or an instrument's own words (`law`), or a documented default
   * where the record is silent (`practice`): what is usually done, not what anyone was told to do.
   */
  basis: z.optional(z.enum(['law', 'practice'])),
});
export type Citation = z.infer<typeof Citation>;

export const RulebookRef = z.object({ id: z.string(), version: z.string() });
export type RulebookRef = z.infer<typeof RulebookRef>;
