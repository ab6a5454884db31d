import type {
  Council,
  Flag,
  InstrumentKind,
  IsoDate,
  Obligation,
  OpenDecision,
  Phase,
  RulebookRef,
} from '@cs/domain/core';

/** Instruments this one came from and led to (escalation, step-down, lifting, replacement, an earlier chain). */
export interface Links {
  from?: string;
  to?: string;
}

/**
 * What a state query returns for any instrument: where it stands as of a date, what the rules say
 * is due, wrong and open (each with its explanation), and the instrument's own detail.
 */
export interface InstrumentView<D = unknown> {
  workflowId: string;
  kind: InstrumentKind;
  council: Council;
  startedOn: IsoDate;
  asOf: IsoDate;
  phase: Phase;
  endedOn?: IsoDate;
  links: Links;
  factCount: number;
  detail: D;
  rulebooks: RulebookRef[];
  obligations: Obligation[];
  flags: Flag[];
  /** Only the decisions the rules say are open now; the person takes them. */
  openDecisions: OpenDecision[];
  nextDueOn?: IsoDate;
  /** Set when the rules refused the facts (RulesInputError): the state is shown without them. */
  rulesError?: string;
}
