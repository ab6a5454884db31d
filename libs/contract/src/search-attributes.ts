import { defineSearchAttributeKey, type SearchAttributeUpdatePair } from '@temporalio/common';
import type { InstrumentKind, IsoDate, Phase } from '@cs/domain/core';

/**
 * The search attributes every instrument's workflow keeps current, so that admins find instruments
 * in the Temporal Web UI (and `temporal workflow list --query`) by what the register filters on:
 * the workflows upsert them, the API links to lists filtered by them, the servers register them.
 */
export const searchAttributeKeys = {
  council: defineSearchAttributeKey('Council', 'KEYWORD'),
  kind: defineSearchAttributeKey('InstrumentKind', 'KEYWORD'),
  phase: defineSearchAttributeKey('Phase', 'KEYWORD'),
  nextDueOn: defineSearchAttributeKey('NextDueOn', 'DATETIME'),
  overdue: defineSearchAttributeKey('Overdue', 'BOOL'),
};

/** Each key as the Temporal CLI names its type: `--search-attribute Council=Keyword`, `--type Keyword`. */
const cliTypes = { KEYWORD: 'Keyword', DATETIME: 'Datetime', BOOL: 'Bool' } as const;
export const searchAttributeDeclarations: { name: string; cliType: string }[] = Object.values(searchAttributeKeys).map((key) => ({
  name: key.name,
  cliType: cliTypes[key.type],
}));

/** What an instrument is found by: the values its register row holds. */
export interface SearchableInstrument {
  councilSlug: string;
  kind: InstrumentKind;
  phase: Phase;
  nextDueOn: IsoDate | null;
  overdueCount: number;
}

/** A date as the Datetime attribute holds it: midnight UTC of that date. */
export const dueInstant = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

/** The attribute values for an instrument; no next due date clears `NextDueOn`. */
export function searchAttributesOf(row: SearchableInstrument): SearchAttributeUpdatePair[] {
  const k = searchAttributeKeys;
  return [
    { key: k.council, value: row.councilSlug },
    { key: k.kind, value: row.kind },
    { key: k.phase, value: row.phase },
    { key: k.nextDueOn, value: row.nextDueOn ? dueInstant(row.nextDueOn) : null },
    { key: k.overdue, value: row.overdueCount > 0 },
  ];
}

/** The register's filters, as a visibility query can ask them. */
export interface InstrumentSearch {
  council?: string;
  kind?: InstrumentKind;
  phase?: Phase;
  overdue?: boolean;
  /** Only instruments with a next due date on or before this date. */
  dueOnOrBefore?: IsoDate;
}

/**
 * A visibility query (Temporal's list filter) for instruments matching every given filter, one row
 * per instrument as in the register: the runs an instrument continued as new from are left out.
 */
export function visibilityQuery(search: InstrumentSearch): string {
  const k = searchAttributeKeys;
  const text = (v: string) => JSON.stringify(v); // double-quoted, quotes inside escaped
  const terms = ['ExecutionStatus != "ContinuedAsNew"'];
  if (search.council) terms.push(`${k.council.name} = ${text(search.council)}`);
  if (search.kind) terms.push(`${k.kind.name} = ${text(search.kind)}`);
  if (search.phase) terms.push(`${k.phase.name} = ${text(search.phase)}`);
  if (search.overdue !== undefined) terms.push(`${k.overdue.name} = ${search.overdue}`);
  if (search.dueOnOrBefore) terms.push(`${k.nextDueOn.name} <= ${text(dueInstant(search.dueOnOrBefore).toISOString())}`);
  return terms.join(' AND ');
}
