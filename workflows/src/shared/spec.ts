import type { InstrumentWorkflowType, Links } from '@cs/contract';
import type { Council, DatePrecision, EvaluationResult, Fact, FactType, InstrumentKind, IsoDate, PayloadOf, Phase } from '@cs/domain/core';

/** A command typed by its fact type, so a switch on `type` narrows the payload. */
export type Command = { [T in FactType]: { type: T; effectiveOn: IsoDate; precision?: DatePrecision; payload: PayloadOf<T> } }[FactType];

/**
 * The date a successor starts on: the date of the fact that handed over, as precisely as the record
 * gave it (a direction escalated "in May 2022" starts in May 2022, marked so). Facts recorded before
 * precision existed carry none, so their successors start exactly as before.
 */
export const handOverDate = (fact: Fact): { effectiveOn: IsoDate; precision?: DatePrecision } => ({
  effectiveOn: fact.effectiveOn,
  ...(fact.precision ? { precision: fact.precision } : {}),
});

/** What an instrument-specific check sees when a command arrives. */
export interface CheckContext<S> {
  /** The instrument folded from the facts effective on or before the command's date. */
  atEffective: S;
  /** The instrument folded from every fact: where it stands now. */
  now: S;
  /** The rules' answer as of the command's effective date, without the command. */
  rulesAtEffective: () => EvaluationResult | undefined;
}

/** A workflow to start when a fact ends or hands over an instrument (escalation, lifting, step-down). */
export interface Successor {
  workflowType: InstrumentWorkflowType;
  workflowId: string;
  start: { command: Command; actor: Fact['actor']; recordedAt: string };
}

/**
 * One kind of instrument, described for the shared lifecycle machinery: how its facts fold into
 * state, what it accepts when, where it stands, and what it hands over to.
 */
export interface InstrumentSpec<S> {
  kind: InstrumentKind;
  startType: FactType;
  /** The fact types this instrument records after its start. */
  accepts: readonly FactType[];
  council(start: Fact): Council;
  fold(facts: readonly Fact[]): S;
  /** The fold with one more fact, later in time than every fact folded so far (as fold would give). */
  step(state: S, fact: Fact): S;
  phase(state: S, rules: EvaluationResult | undefined): Phase;
  /** The date the instrument ended (lifted, escalated, stepped down, revoked, closed), if it has. */
  endedOn(state: S): IsoDate | undefined;
  /**
   * What an ended instrument still records, and so stays open for: a trust, company or partner council
   * a direction set up outlives it, until services come back to the council. None by default.
   */
  afterEnd?(state: S): readonly FactType[];
  /** Why the lifecycle does not allow this command now, or undefined when it does. */
  refuse(command: Command, ctx: CheckContext<S>): string | undefined;
  /** A fact after which a new run should start (the end of a review cycle): keeps history small. */
  isBoundary(fact: Fact): boolean;
  successor(fact: Fact, state: S, self: { workflowId: string; links: Links }): Successor | undefined;
  /** Links an instrument states at its start (a second notice following an earlier chain). */
  startLinks?(start: Fact): Links | undefined;
}
