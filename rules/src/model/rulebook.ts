import { InstrumentKind, IsoDate, RulebookRef } from '@cs/domain/core';
import { z } from 'zod/mini';
import { citationRequired, parameterSchema } from './parameter';
import type { Rule } from './rule';

/** The data half of a rulebook, checked by zod when the set is loaded (built for each check: parameter.ts). */
export const rulebookData = () => z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  version: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  kind: InstrumentKind,
  /** The first date its parameters must cover: reading any needed parameter from then on succeeds. */
  effectiveFrom: IsoDate,
  sources: z.array(citationRequired()).check(z.minLength(1)),
  parameters: z.record(z.string(), parameterSchema()),
});

export type Rulebook = z.infer<ReturnType<typeof rulebookData>> & { rules: Rule[] };

export function refOf(book: { id: string; version: string }): RulebookRef {
  return { id: book.id, version: book.version };
}
