import { defineQuery, defineUpdate } from '@temporalio/workflow';
import { z } from 'zod';
import { Actor, Command, type Fact, type IsoDate } from '@cs/domain/core';
import type { InstrumentView } from './view';

/**
 * What a person asks an instrument to record: the command (type, effective date, payload), who asks
 * (the role travels with the command) and when the product learned it. The update id (the API's
 * Idempotency-Key) becomes the fact id, so a retried request has one effect.
 */
export const CommandInput = z.object({
  command: Command,
  actor: Actor,
  recordedAt: z.string().datetime(),
});
export type CommandInput = z.infer<typeof CommandInput>;

/**
 * What an accepted command returns: the fact as stored and a summary of the state just after. Kept
 * small on purpose: every update result is written to history. The full state is the `state` query.
 */
export interface CommandAccepted {
  fact: Fact;
  /** True when this update id had already been recorded: nothing new happened. */
  duplicate: boolean;
  summary: StateSummary;
}

export interface StateSummary {
  asOf: IsoDate;
  phase: InstrumentView['phase'];
  nextDueOn?: IsoDate;
  overdue: number;
  flags: number;
  openDecisions: string[];
  links: InstrumentView['links'];
}

export function summarise(view: InstrumentView): StateSummary {
  return {
    asOf: view.asOf,
    phase: view.phase,
    nextDueOn: view.nextDueOn,
    overdue: view.obligations.filter((o) => o.status === 'overdue').length,
    flags: view.flags.length,
    openDecisions: view.openDecisions.map((d) => d.decision),
    links: view.links,
  };
}

/** The names every instrument workflow answers to; each instrument's messages.ts narrows the types. */
export const commandUpdateName = 'command';
export const stateQueryName = 'state';
export const factsQueryName = 'facts';

export const commandUpdate = defineUpdate<CommandAccepted, [CommandInput]>(commandUpdateName);
/** The live state as of a date: the workflow clock's date when none is given. */
export const stateQuery = defineQuery<InstrumentView, [IsoDate?]>(stateQueryName);
export const factsQuery = defineQuery<Fact[]>(factsQueryName);
