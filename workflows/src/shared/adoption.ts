import { findRulebook, inForce } from '@cs/rules';
import type { Fact, InstrumentKind, IsoDate, RulebookRef } from '@cs/domain/core';
import type { Command } from './spec';

/** The base rulebook version an instrument runs under on a date: pinned at its start, or adopted since. */
export function versionInUse(kind: InstrumentKind, facts: readonly Fact[], startedOn: IsoDate, pins: RulebookRef[] | undefined, on: IsoDate): RulebookRef {
  const adopted = facts.filter((f) => f.type === 'rulebook.adopted' && f.effectiveOn <= on).pop();
  if (adopted?.type === 'rulebook.adopted') return { id: adopted.payload.rulebookId, version: adopted.payload.version };
  const pinned = pins?.find((p) => findRulebook(p.id)?.kind === kind);
  const book = pinned ?? inForce(kind, startedOn);
  return { id: book.id, version: book.version };
}

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
