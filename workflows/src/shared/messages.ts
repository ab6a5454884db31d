import { defineQuery, defineUpdate } from '@temporalio/workflow';
import { z } from 'zod';
import { Actor, Command, type Fact, type IsoDate } from '@cs/domain';
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

/** What an accepted command returns: the fact as stored and the instrument's state just after. */
export interface CommandAccepted<D = unknown> {
  fact: Fact;
  /** True when this update id had already been recorded: nothing new happened. */
  duplicate: boolean;
  state: InstrumentView<D>;
}

/** The names every instrument workflow answers to; each instrument's messages.ts narrows the types. */
export const commandUpdateName = 'command';
export const stateQueryName = 'state';
export const factsQueryName = 'facts';

export const commandUpdate = defineUpdate<CommandAccepted, [CommandInput]>(commandUpdateName);
/** The live state as of a date: the workflow clock's date when none is given. */
export const stateQuery = defineQuery<InstrumentView, [IsoDate?]>(stateQueryName);
export const factsQuery = defineQuery<Fact[]>(factsQueryName);
