import type { Fact, FactOf, IsoDate, PayloadOf } from '@cs/domain/core';

type Arrangement = PayloadOf<'direction.issued'>['arrangement'];
/** `appointedOn` is absent for a commissioner the record shows only leaving. */
type Commissioner = { name: string; appointedOn?: IsoDate; leftOn?: IsoDate; named?: false };

/** Commissioners in post: appointed and not yet left. */
export const inPost = (s: DirectionState) => s.commissioners.filter((c) => !c.leftOn);
const current = (list: Commissioner[]) => list.filter((c) => !c.leftOn).pop();

/** A statutory direction (s497A Education Act 1996) as its facts tell it. */
export interface DirectionState {
  issued: FactOf<'direction.issued'>['payload'] & { on: IsoDate };
  arrangement: Arrangement;
  /** The commissioner in post now (the latest appointed, when several serve together), if any. */
  commissioner?: Commissioner;
  /** Every commissioner there has been, with the date each left; `named: false` for a successor the record does not name. */
  commissioners: Commissioner[];
  /** An adviser under the direction (in place of, or beside, a commissioner). */
  adviser?: { name: string; appointedOn: IsoDate };
  /** An improvement board the direction sets up (some directions have a board and advisers, no commissioner). */
  board?: { establishedOn: IsoDate; chair: PayloadOf<'board.established'>['chair']; meetings: IsoDate[] };
  adviserReports: { kind: PayloadOf<'adviser.reported'>['kind']; on: IsoDate }[];
  reports: { reportKind: 'initial' | 'review'; on: IsoDate; recommends?: string }[];
  revisions: { arrangement: Arrangement; reason: string; on: IsoDate; duties?: string[] }[];
  /** A trust or company taking over services on its own date; `endedOn` when services came back to the council. */
  live: { arrangement: Arrangement; body: string; on: IsoDate; endedOn?: IsoDate }[];
  ministerialDecisions: { decision: string; on: IsoDate }[];
  rulebookAdoptions: (PayloadOf<'rulebook.adopted'> & { on: IsoDate })[];
  inspections: { kind: string; judgement?: string; on: IsoDate }[];
  ended?: { outcome: 'step-down' | 'revoke'; reason: string; on: IsoDate; supportAndSupervision?: boolean };
}

/** One more fact, later in time than every fact folded so far. */
export function stepDirection(s: DirectionState, f: Fact): DirectionState {
  const on = f.effectiveOn;
  switch (f.type) {
    case 'commissioner.appointed': {
      // A successor the record announced without naming is this appointment.
      const named = s.commissioners.map((c) => (!c.leftOn && c.named === false ? { ...c, leftOn: on } : c));
      const commissioners = [...named, { name: f.payload.name, appointedOn: on }];
      return { ...s, commissioners, commissioner: current(commissioners) };
    }
    case 'commissioner.left': {
      const { name, replacedBy } = f.payload;
      const leaving = (c: Commissioner) => !c.leftOn && (!name || c.name === name || c.named === false);
      // Leaving proves serving: one the record never shows appointed is recorded as having served until now.
      const known = s.commissioners.some(leaving);
      let commissioners = known ? s.commissioners.map((c) => (leaving(c) ? { ...c, leftOn: on } : c)) : [...s.commissioners, { name: name ?? 'commissioner (not named in the record)', leftOn: on }];
      if (replacedBy === 'commissioner') commissioners = [...commissioners, { name: 'successor (not named in the record)', appointedOn: on, named: false as const }];
      const adviser = replacedBy === 'adviser' && !s.adviser ? { name: 'adviser (not named in the record)', appointedOn: on } : s.adviser;
      return { ...s, commissioners, commissioner: current(commissioners), adviser };
    }
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
    case 'board.established':
      return { ...s, board: { establishedOn: on, chair: f.payload.chair, meetings: [] } };
    case 'board.chair-changed':
      return s.board ? { ...s, board: { ...s.board, chair: f.payload.chair } } : s;
    case 'board.met':
      return s.board ? { ...s, board: { ...s.board, meetings: [...s.board.meetings, on] } } : s;
    case 'arrangement.live':
      // The body runs services from this date, whether or not the record shows the revision that arranged it.
      return { ...s, arrangement: f.payload.arrangement, live: [...s.live, { ...f.payload, on }] };
    case 'arrangement.ended': {
      // Services come back to the council: the body that ran them (the latest of that name) stops on this date.
      const i = s.live.map((l) => l.body).lastIndexOf(f.payload.body);
      const live = s.live.map((l, j) => (j === (i >= 0 ? i : s.live.length - 1) && !l.endedOn ? { ...l, endedOn: on } : l));
      return { ...s, arrangement: 'council-control', live };
    }
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
