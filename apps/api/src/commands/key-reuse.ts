import { isDeepStrictEqual } from 'util';
import type { Actor, Command, Fact } from '@cs/domain';

/**
 * Why an answered command is not this request's own, or undefined when it is. Temporal answers an
 * update id it has seen with the first update's result, so a key reused for another command (or
 * by another user) would be told "recorded" while nothing of theirs was.
 */
export function keyReuseRefusal(fact: Fact, actor: Actor, command: Command): string | undefined {
  const same =
    fact.type === command.type &&
    fact.effectiveOn === command.effectiveOn &&
    fact.actor.id === actor.id &&
    isDeepStrictEqual(fact.payload, command.payload);
  if (same) return undefined;
  return `Idempotency-Key ${fact.id} was already used for another command (${fact.type} effective ${fact.effectiveOn}); give a new command a new key`;
}

/** A fact recorded before this request arrived is a retry's answer: nothing new happened. */
export function recordedBefore(fact: Fact, requestedAt: number): boolean {
  return Date.parse(fact.recordedAt) < requestedAt;
}
