import { InstrumentKind, IsoDate, type Fact } from '@cs/domain/core';
import { z } from 'zod';
import { CitationRequired } from './parameter';
import type { Rule } from './rule';

/** One parameter an amendment overrides while its window is open, with its own citation. */
export const Override = z.object({
  value: z.unknown().refine((v) => v !== undefined && v !== null, 'an override needs a value'),
  citation: CitationRequired,
});

/**
 * A temporary, dated amendment (e.g. the Covid-19 flexibilities letter). Its window opens on the
 * effective date of a `flexibility.started` fact naming it and closes on the effective date of the
 * matching `flexibility.ended` (that day is already back to the base rulebook).
 */
export const AmendmentData = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  version: z.string().min(1),
  title: z.string().min(1),
  /** How a sentence names it: "the Covid letter". */
  citeAs: z.string().min(1),
  appliesTo: z.array(InstrumentKind).min(1),
  sources: z.array(CitationRequired).min(1),
  window: z.object({ startFact: z.literal('flexibility.started'), endFact: z.literal('flexibility.ended') }),
  overrides: z.record(z.string(), Override),
});

export type Amendment = z.infer<typeof AmendmentData> & { rules: Rule[] };

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
