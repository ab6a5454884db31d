import { InstrumentKind, IsoDate, type Fact } from '@cs/domain/core';
import { z } from 'zod/mini';
import { citationRequired } from './parameter';
import type { Rule } from './rule';

/** One parameter an amendment overrides while its window is open, with its own citation. */
const override = () =>
  z.object({
    value: z.unknown().check(z.refine((v) => v !== undefined && v !== null, 'an override needs a value')),
    citation: citationRequired(),
  });

/**
 * A temporary, dated amendment (e.g. the Covid-19 flexibilities letter). Its window opens on the
 * effective date of a `flexibility.started` fact naming it and closes on the effective date of the
 * matching `flexibility.ended` (that day is already back to the base rulebook). Built for each
 * check (parameter.ts).
 */
export const amendmentData = () => z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  version: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  /** How a sentence names it: "the Covid letter". */
  citeAs: z.string().check(z.minLength(1)),
  appliesTo: z.array(InstrumentKind).check(z.minLength(1)),
  sources: z.array(citationRequired()).check(z.minLength(1)),
  window: z.object({ startFact: z.literal('flexibility.started'), endFact: z.literal('flexibility.ended') }),
  overrides: z.record(z.string(), override()),
});

export type Amendment = z.infer<ReturnType<typeof amendmentData>> & { rules: Rule[] };

/** A concrete window: from (inclusive) to (exclusive, open-ended when absent). */
export interface Window {
  amendmentId: string;
  from: IsoDate;
  to?: IsoDate;
  startFactId: string;
  endFactId?: string;
}

export function inWindow(w: Window, date: IsoDate): boolean {
  return w.from <= date && (w.to === undefined || date < w.to);
}

export function windowsOverlap(a: Window, b: Window): boolean {
  return (a.to === undefined || b.from < a.to) && (b.to === undefined || a.from < b.to);
}

/** Windows of an amendment from chronological facts: each start pairs with the next end. */
export function windowsFromFacts(amendmentId: string, facts: readonly Fact[]): Window[] {
  const windows: Window[] = [];
  let open: Window | undefined;
  for (const f of facts) {
    if (f.type === 'flexibility.started' && f.payload.amendmentId === amendmentId && !open) {
      open = { amendmentId, from: f.effectiveOn, startFactId: f.id };
    } else if (f.type === 'flexibility.ended' && f.payload.amendmentId === amendmentId && open) {
      windows.push({ ...open, to: f.effectiveOn, endFactId: f.id });
      open = undefined;
    }
  }
  if (open) windows.push(open);
  return windows;
}
