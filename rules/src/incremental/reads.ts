import type { Reads, RuleContext } from '../model';

const sameList = (a: readonly object[], b: readonly object[]) => a.length === b.length && a.every((f, i) => f === b[i]);

/**
 * Whether a rule that read `reads` (model/context.ts) would read the same in `ctx`. Facts compare by
 * identity: the facts checked once (checkOnce) are frozen, so the same object is the same fact;
 * facts not checked once are parsed afresh by every evaluation and so never match.
 */
export function unchanged(reads: Reads, ctx: RuleContext): boolean {
  if (reads.asOf && reads.asOf.value !== ctx.asOf) return false;
  if (reads.endedOn && reads.endedOn.value !== ctx.endedOn) return false;
  if (reads.all && !sameList(reads.all, ctx.facts)) return false;
  for (const [t, facts] of reads.types) if (!sameList(facts, ctx.of(t))) return false;
  return true;
}
