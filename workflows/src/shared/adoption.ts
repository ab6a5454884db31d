import { findRulebook } from '@cs/rules';
import type { InstrumentKind, RulebookRef } from '@cs/domain/core';

/** Shared with the rule changes' rollouts (rules/src/governance). */
export { versionInUse } from '@cs/rules';
import type { Command } from './spec';

/**
 * A later rulebook version reaches a running instrument only by an explicit adoption: a version of
 * this instrument's own rulebook, other than the one it runs under, and not one that began before
 * it (going back is not an adoption). The caselead or an admin records why.
 */
export function refuseAdoption(kind: InstrumentKind, command: Extract<Command, { type: 'rulebook.adopted' }>, current: RulebookRef): string | undefined {
  const { rulebookId, version } = command.payload;
  const book = findRulebook(rulebookId, version);
  if (!book) return `rulebook ${rulebookId}@${version} is not known`;
  if (book.kind !== kind) return `rulebook ${rulebookId}@${version} is for a ${book.kind}, not a ${kind}`;
  if (book.version === current.version) return `the ${kind} already runs under ${rulebookId}@${version}`;
  const now = findRulebook(current.id, current.version);
  if (now && book.effectiveFrom < now.effectiveFrom) return `${rulebookId}@${version} is older than ${current.id}@${current.version}, which the ${kind} runs under: only a later version can be adopted`;
  return undefined;
}
