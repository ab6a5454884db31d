import { z } from 'zod';
import { Fact, IsoDate, Phase, RulebookRef, type Fact as FactType } from '@cs/domain/core';
import { CommandInput } from './command';
import { Links } from './view';

/** What starts an instrument: the command that creates it, as a person gave it. */
export const StartCommand = CommandInput;
export type StartCommand = CommandInput;

/** What one run hands to the next at continue-as-new: the facts are the instrument. */
export const Carried = z.object({
  facts: z.array(Fact),
  links: Links,
  projectionVersion: z.number().int(),
  notified: z.array(z.string()),
  runs: z.number().int(),
  /** Facts recorded but not yet acted on (a hand-over to a successor may still be owed). */
  pending: z.array(z.string()).optional(),
  /** The rulebook versions pinned at the start (absent for runs begun before pinning: those in force on the start date). */
  pins: z.array(RulebookRef).optional(),
});
// The facts typed by their type name (the schema's inferred union is looser).
export type Carried = Omit<z.infer<typeof Carried>, 'facts'> & { facts: FactType[] };

/** The input of every instrument workflow (notice, direction, continuing board). */
export const LifecycleInput = z.object({
  start: StartCommand,
  links: Links.optional(),
  carried: Carried.optional(),
});
export type LifecycleInput = Omit<z.infer<typeof LifecycleInput>, 'carried'> & { carried?: Carried };

/** What an instrument workflow returns when the instrument ends. */
export const LifecycleResult = z.object({
  workflowId: z.string(),
  phase: Phase,
  endedOn: z.optional(IsoDate),
  linkedTo: z.string().optional(),
  runs: z.number().int(),
});
export type LifecycleResult = z.infer<typeof LifecycleResult>;
