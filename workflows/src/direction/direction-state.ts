import type { Fact, FactOf, IsoDate, PayloadOf } from '@cs/domain/core';

type Arrangement = PayloadOf<'direction.issued'>['arrangement'];

/** A statutory direction (s497A Education Act 1996) as its facts tell it. */
export interface DirectionState {
  issued: FactOf<'direction.issued'>['payload'] & { on: IsoDate };
  arrangement: Arrangement;
  commissioner?: { name: string; appointedOn: IsoDate };
  reports: { reportKind: 'initial' | 'review'; on: IsoDate }[];
  revisions: { arrangement: Arrangement; reason: string; on: IsoDate }[];
  inspections: { kind: string; judgement?: string; on: IsoDate }[];
  ended?: { outcome: 'step-down' | 'revoke'; reason: string; on: IsoDate };
}

/** One more fact, later in time than every fact folded so far. */
export function stepDirection(s: DirectionState, f: Fact): DirectionState {
  const on = f.effectiveOn;
  switch (f.type) {
    case 'commissioner.appointed':
      return { ...s, commissioner: { name: f.payload.name, appointedOn: on } };
    case 'commissioner.reported':
      return { ...s, reports: [...s.reports, { reportKind: f.payload.reportKind, on }] };
    case 'direction.revised':
      return { ...s, arrangement: f.payload.arrangement, revisions: [...s.revisions, { ...f.payload, on }] };
    case 'inspection.published':
      return { ...s, inspections: [...s.inspections, { kind: f.payload.kind, judgement: f.payload.judgement, on }] };
    case 'direction.ended':
      return { ...s, ended: { ...f.payload, on } };
    default:
      return s;
  }
}

export function foldDirection(facts: readonly Fact[]): DirectionState {
  const [start, ...rest] = facts as [FactOf<'direction.issued'>, ...Fact[]];
  const init: DirectionState = {
    issued: { ...start.payload, on: start.effectiveOn },
    arrangement: start.payload.arrangement,
    reports: [],
    revisions: [],
    inspections: [],
  };
  return rest.reduce(stepDirection, init);
}
