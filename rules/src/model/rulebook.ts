import { InstrumentKind, IsoDate, RulebookRef } from '@cs/domain/core';
import { z } from 'zod';
import { CitationRequired, Parameter } from './parameter';
import type { Rule } from './rule';

/** The data half of a rulebook, checked by zod when the set is loaded. */
export const RulebookData = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  version: z.string().min(1),
  title: z.string().min(1),
  kind: InstrumentKind,
  /** The first date its parameters must cover: reading any needed parameter from then on succeeds. */
  effectiveFrom: IsoDate,
  sources: z.array(CitationRequired).min(1),
  parameters: z.record(z.string(), Parameter),
});

export type Rulebook = z.infer<typeof RulebookData> & { rules: Rule[] };

export function refOf(book: { id: string; version: string }): RulebookRef {
  return { id: book.id, version: book.version };
}
