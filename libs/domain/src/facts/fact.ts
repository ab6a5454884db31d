import { z } from 'zod/mini';
import { DatePrecision, IsoDate } from '../dates';
import { Actor } from '../roles';
import { factPayloads, FactType, PayloadOf, typeLiteral } from './catalogue';
import { variantOnFirstUse } from './variant-on-first-use';

/**
 * Something that happened to an instrument: when it happened (effectiveOn, which every rule reads)
 * and when the product learned it (recordedAt). Backdated entry is normal: onboarding a notice
 * that has run for years means entering its past.
 */
const FactBase = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  effectiveOn: IsoDate,
  /** Absent: the record states the day. `month` or `year`: effectiveOn is a day within what the record states. */
  precision: z.optional(DatePrecision),
  recordedAt: z.iso.datetime(),
  actor: Actor,
});

const variants = (Object.keys(factPayloads) as FactType[]).map((type) =>
  variantOnFirstUse(type, () => z.extend(FactBase, { type: typeLiteral(type), payload: factPayloads[type] })),
);

export const Fact = z.discriminatedUnion('type', variants as unknown as [(typeof variants)[0], ...typeof variants]);

/** A fact whose payload is typed by its type name. */
export type FactOf<T extends FactType> = z.infer<typeof FactBase> & { type: T; payload: PayloadOf<T> };
export type Fact = { [T in FactType]: FactOf<T> }[FactType];

/** The facts of one type, in order of effective date then recording. */
export function factsOfType<T extends FactType>(facts: readonly Fact[], type: T): FactOf<T>[] {
  return facts.filter((f) => f.type === type) as unknown as FactOf<T>[];
}

/** Facts effective on or before a date: what was known to have happened by then. */
export function factsUpTo(facts: readonly Fact[], asOf: IsoDate): Fact[] {
  return facts.filter((f) => f.effectiveOn <= asOf);
}

/** Chronological order by effective date; ties keep recording order. Stable and deterministic. */
export function chronological(facts: readonly Fact[]): Fact[] {
  // A log is mostly in date order, a few facts entered late: insertion sort moves just those (and
  // keeps ties in recording order). Far from order, it gives up for the general sort.
  const out = facts.slice();
  let budget = 4 * out.length;
  for (let i = 1; i < out.length && budget >= 0; i++) {
    const f = out[i];
    let j = i;
    for (; j > 0 && out[j - 1].effectiveOn > f.effectiveOn && budget-- >= 0; j--) out[j] = out[j - 1];
    out[j] = f;
  }
  if (budget >= 0) return out;
  return facts
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.effectiveOn < b.f.effectiveOn ? -1 : a.f.effectiveOn > b.f.effectiveOn ? 1 : a.i - b.i))
    .map(({ f }) => f);
}
