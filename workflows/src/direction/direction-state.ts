import type { Fact, FactOf, IsoDate, PayloadOf } from '@cs/domain/core';

type Arrangement = PayloadOf<'direction.issued'>['arrangement'];

/** A statutory direction (s497A Education Act 1996) as its facts tell it. */
export interface DirectionState {
  issued: FactOf<'direction.issued'>['payload'] & { on: IsoDate };
  arrangement: Arrangement;
  /** The commissioner in post now, if any. */
  commissioner?: { name: string; appointedOn: IsoDate };
  /** Every commissioner there has been, with the date each left. */
  commissioners: { name: string; appointedOn: IsoDate; leftOn?: IsoDate }[];
  /** An adviser under the direction (in place of, or beside, a commissioner). */
  adviser?: { name: string; appointedOn: IsoDate };
  adviserReports: { kind: PayloadOf<'adviser.reported'>['kind']; on: IsoDate }[];
  reports: { reportKind: 'initial' | 'review'; on: IsoDate; recommends?: string }[];
  revisions: { arrangement: Arrangement; reason: string; on: IsoDate; duties?: string[] }[];
  /** A trust or company taking over services on its own date. */
  live: { arrangement: Arrangement; body: string; on: IsoDate }[];
  ministerialDecisions: { decision: string; on: IsoDate }[];
  rulebookAdoptions: (PayloadOf<'rulebook.adopted'> & { on: IsoDate })[];
  inspections: { kind: string; judgement?: string; on: IsoDate }[];
  ended?: { outcome: 'step-down' | 'revoke'; reason: string; on: IsoDate; supportAndSupervision?: boolean };
}

/** One more fact, later in time than every fact folded so far. */
export function stepDirection(s: DirectionState, f: Fact): DirectionState {
  const on = f.effectiveOn;
  switch (f.type) {
    case 'commissioner.appointed':
      return { ...s, commissioner: { name: f.payload.name, appointedOn: on }, commissioners: [...s.commissioners, { name: f.payload.name, appointedOn: on }] };
    case 'commissioner.left':
      return { ...s, commissioner: undefined, commissioners: s.commissioners.map((c) => (c.leftOn ? c : { ...c, leftOn: on })) };
    case 'adviser.appointed':
      return { ...s, adviser: { name: f.payload.name, appointedOn: on } };
    case 'adviser.reported':
      return { ...s, adviserReports: [...s.adviserReports, { kind: f.payload.kind, on }] };
    case 'commissioner.reported':
      return { ...s, reports: [...s.reports, { reportKind: f.payload.reportKind, on, ...(f.payload.recommends ? { recommends: f.payload.recommends } : {}) }] };
    case 'direction.revised': {
      const arrangement = f.payload.arrangement ?? s.arrangement;
      return { ...s, arrangement, revisions: [...s.revisions, { arrangement, reason: f.payload.reason, on, ...(f.payload.duties ? { duties: f.payload.duties } : {}) }] };
    }
    case 'arrangement.live':
      return { ...s, live: [...s.live, { ...f.payload, on }] };
    case 'ministerial.decided':
      return { ...s, ministerialDecisions: [...s.ministerialDecisions, { decision: f.payload.decision, on }] };
    case 'rulebook.adopted':
      return { ...s, rulebookAdoptions: [...s.rulebookAdoptions, { ...f.payload, on }] };
    case 'inspection.published':
      return { ...s, inspections: [...s.inspections, { kind: f.payload.kind, judgement: f.payload.judgement, on }] };
    case 'direction.ended':
      return { ...s, ended: { outcome: f.payload.outcome, reason: f.payload.reason, on, ...(f.payload.supportAndSupervision ? { supportAndSupervision: true } : {}) } };
    default:
      return s;
  }
}

export function foldDirection(facts: readonly Fact[]): DirectionState {
  const [start, ...rest] = facts as [FactOf<'direction.issued'>, ...Fact[]];
  const init: DirectionState = {
    issued: { ...start.payload, on: start.effectiveOn },
    arrangement: start.payload.arrangement,
    commissioners: [],
    adviserReports: [],
    reports: [],
    revisions: [],
    live: [],
    ministerialDecisions: [],
    rulebookAdoptions: [],
    inspections: [],
  };
  return rest.reduce(stepDirection, init);
}
