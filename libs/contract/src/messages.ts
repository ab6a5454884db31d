import type { QueryDefinition, UpdateDefinition } from '@temporalio/common';
import type { OverviewQuery } from '@cs/domain';
import type { Fact, IsoDate } from '@cs/domain/core';
import type { CommandAccepted } from './accepted';
import type { CommandInput } from './command';
import type { InstrumentOverview } from './overview';
import type { InstrumentView } from './view';

// The same objects `defineUpdate` / `defineQuery` build, made here so the API can share them
// without loading @temporalio/workflow: only the types come from the SDK.
function update<Ret, Args extends unknown[]>(name: string): UpdateDefinition<Ret, Args> {
  return { type: 'update', name } as UpdateDefinition<Ret, Args>;
}
function query<Ret, Args extends unknown[] = []>(name: string): QueryDefinition<Ret, Args> {
  return { type: 'query', name } as QueryDefinition<Ret, Args>;
}

/** Record a fact on an instrument; validated (role, council, phase, effective date) before it is accepted. */
export const commandUpdate = update<CommandAccepted, [CommandInput]>('command');
/** The instrument as of a date: the workflow clock's London date when none is given. */
export const stateQuery = query<InstrumentView, [IsoDate?]>('state');
/** Every fact recorded on the instrument, in the order recorded. */
export const factsQuery = query<Fact[]>('facts');
/** What the instrument's page shows, in one answer: the state without its detail, open and latest met obligations, a page of facts. */
export const overviewQuery = query<InstrumentOverview, [Partial<OverviewQuery>?]>('overview');
