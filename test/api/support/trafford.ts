import type { Fact, FactType } from '@cs/domain';
import { TRAFFORD, traffordNoticeFacts } from '../../../rules/src/fixtures/trafford';

/** The Trafford notice from the seeds, under a council slug of this run's own. */
export function traffordFacts(slug: string): Fact[] {
  return traffordNoticeFacts().map((f) =>
    f.type === 'notice.issued' ? ({ ...f, payload: { ...f.payload, council: { ...TRAFFORD.council, slug } } } as Fact) : f,
  );
}

export function firstOf(facts: Fact[], type: FactType, after = ''): Fact {
  const found = facts.find((f) => f.type === type && f.effectiveOn >= after);
  if (!found) throw new Error(`no ${type} fact after ${after}`);
  return found;
}

/** A fact as the body of a command request. */
export function commandBody(f: Fact): { type: string; effectiveOn: string; payload: unknown } {
  return { type: f.type, effectiveOn: f.effectiveOn, payload: f.payload };
}

/** A starting fact as the body of POST /notices or /directions. */
export function registration(f: Fact): { effectiveOn: string; payload: unknown } {
  return { effectiveOn: f.effectiveOn, payload: f.payload };
}

export const TRAFFORD_ISSUED_ON = TRAFFORD.issuedOn;
