import type { Fact, FactOf, IsoDate, PayloadOf } from '@cs/domain/core';

/** After lifting: support and supervision, then the Ambitions Board (2023 report). */
export interface ContinuingBoardState {
  support: FactOf<'support.started'>['payload'] & { on: IsoDate };
  ambitionsBoard?: PayloadOf<'ambitions-board.established'> & { establishedOn: IsoDate };
  meetings: { on: IsoDate; ambitionsReported: string[] }[];
  inspections: { kind: string; judgement?: string; on: IsoDate }[];
  /** A trust or company the direction set up handing services back to the council during support. */
  servicesReturned?: PayloadOf<'arrangement.ended'> & { on: IsoDate };
  closed?: { reason: string; on: IsoDate };
}

/** One more fact, later in time than every fact folded so far. */
export function stepContinuingBoard(s: ContinuingBoardState, f: Fact): ContinuingBoardState {
  const on = f.effectiveOn;
  switch (f.type) {
    case 'ambitions-board.established':
      return { ...s, ambitionsBoard: { ...f.payload, establishedOn: on } };
    case 'ambitions-board.met':
      return { ...s, meetings: [...s.meetings, { on, ambitionsReported: f.payload.ambitionsReported }] };
    case 'inspection.published':
      return { ...s, inspections: [...s.inspections, { kind: f.payload.kind, judgement: f.payload.judgement, on }] };
    case 'arrangement.ended':
      return { ...s, servicesReturned: { ...f.payload, on } };
    case 'ambitions-board.closed':
      return { ...s, closed: { reason: f.payload.reason, on } };
    default:
      return s;
  }
}

export function foldContinuingBoard(facts: readonly Fact[]): ContinuingBoardState {
  const [start, ...rest] = facts as [FactOf<'support.started'>, ...Fact[]];
  return rest.reduce(stepContinuingBoard, { support: { ...start.payload, on: start.effectiveOn }, meetings: [], inspections: [] });
}
