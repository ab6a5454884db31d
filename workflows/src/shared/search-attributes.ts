import { patched, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { searchAttributesOf, type SearchableInstrument } from '@cs/contract';

/** Histories recorded before instruments had search attributes replay without the upsert. */
const SEARCH_ATTRIBUTES_PATCH = 'search-attributes';

/**
 * Keeps the run's search attributes equal to its register row, so the Web UI finds instruments as
 * the register does. Upserts only what changed since the run's last upsert (or what the previous
 * run carried over), so an unchanged instrument adds nothing to its history.
 */
export function keepSearchable(row: SearchableInstrument): void {
  if (!patched(SEARCH_ATTRIBUTES_PATCH)) return;
  const current = workflowInfo().typedSearchAttributes;
  const changed = searchAttributesOf(row).filter(({ key, value }) => !sameValue(current.get(key), value));
  if (changed.length) upsertSearchAttributes(changed);
}

function sameValue(held: unknown, wanted: unknown): boolean {
  if (held instanceof Date && wanted instanceof Date) return held.getTime() === wanted.getTime();
  return (held ?? null) === (wanted ?? null);
}
