import type { Fact, InstrumentKind, IsoDate, RulebookRef } from '@cs/domain/core';
import { findRulebook, inForce } from '../registry';

/** The base rulebook version an instrument runs under on a date: pinned at its start, or adopted since. */
export function versionInUse(kind: InstrumentKind, facts: readonly Fact[], startedOn: IsoDate, pins: readonly RulebookRef[] | undefined, on: IsoDate): RulebookRef {
  const adopted = facts.filter((f) => f.type === 'rulebook.adopted' && f.effectiveOn <= on).pop();
  if (adopted?.type === 'rulebook.adopted') return { id: adopted.payload.rulebookId, version: adopted.payload.version };
  const pinned = pins?.find((p) => findRulebook(p.id)?.kind === kind);
  const book = pinned ?? inForce(kind, startedOn);
  return { id: book.id, version: book.version };
}
