import { z } from 'zod';
import { Council, InstrumentKind, IsoDate, Phase, RulebookRef } from '@cs/domain/core';
// The rules' result schemas: the API checks views with them; workflows never load this file.
import { Flag, Obligation, OpenDecision } from '@cs/domain';

/** Instruments this one came from and led to (escalation, step-down, lifting). */
export const Links = z.object({ from: z.string().optional(), to: z.string().optional() });
export type Links = z.infer<typeof Links>;

/**
 * What the `state` query returns for any instrument: where it stands as of a date, what the rules
 * say is due, wrong and open (each with its explanation), and the instrument's own detail.
 */
export const InstrumentView = z.object({
  workflowId: z.string(),
  kind: InstrumentKind,
  council: Council,
  startedOn: IsoDate,
  asOf: IsoDate,
  phase: Phase,
  endedOn: z.optional(IsoDate),
  links: Links,
  factCount: z.number().int(),
  /** The instrument's own folded state (plan, board, reviews, ...): its shape depends on the kind. */
  detail: z.record(z.string(), z.unknown()),
  rulebooks: z.array(RulebookRef),
  obligations: z.array(Obligation),
  flags: z.array(Flag),
  /** Only the decisions the rules say are open now; the person takes them. */
  openDecisions: z.array(OpenDecision),
  nextDueOn: z.optional(IsoDate),
  /** Set when the rules refused the facts (RulesInputError): the state is shown without them. */
  rulesError: z.string().optional(),
});

/** The view with its detail typed by the instrument (NoticeState, DirectionState, ...). */
export type InstrumentView<D = unknown> = Omit<z.infer<typeof InstrumentView>, 'detail'> & { detail: D };
