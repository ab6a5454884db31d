import type { Fact, FactOf, IsoDate, PayloadOf } from '@cs/domain/core';
import { foldReview, type ReviewCycle } from '../review-cycle/review-cycle';

type Objective = PayloadOf<'plan.agreed'>['objectives'][number];
type Progress = PayloadOf<'objective.progress-recorded'> & { on: IsoDate };
type Chair = PayloadOf<'board.established'>['chair'];

/** An improvement notice as its facts tell it (the rules say what is due; this says what is). */
export interface NoticeState {
  issued: FactOf<'notice.issued'>['payload'] & { on: IsoDate };
  adviser?: { name: string; appointedOn: IsoDate };
  recommendations: { id: string; text: string; on: IsoDate }[];
  adviserReports: { kind: PayloadOf<'adviser.reported'>['kind']; on: IsoDate }[];
  diagnosticReviews: { scope: string; on: IsoDate }[];
  plan: { agreedOn?: IsoDate; objectives: (Objective & { latest?: Progress })[] };
  board?: { establishedOn: IsoDate; chair: Chair; meetingIntervalDays?: number; meetings: { on: IsoDate; virtual: boolean }[] };
  reviews: ReviewCycle[];
  flexibilities: { amendmentId: string; startedOn: IsoDate; endedOn?: IsoDate }[];
  inspections: { kind: string; judgement?: string; on: IsoDate }[];
  assessments: (PayloadOf<'assessment.decided'> & { on: IsoDate })[];
  /** Replaced by a new notice (which the links name). */
  replaced?: { on: IsoDate; reason: string };
  ministerialDecisions: { decision: string; on: IsoDate }[];
  rulebookAdoptions: (PayloadOf<'rulebook.adopted'> & { on: IsoDate })[];
}

function fresh(start: FactOf<'notice.issued'>): NoticeState {
  return {
    issued: { ...start.payload, on: start.effectiveOn },
    recommendations: [],
    adviserReports: [],
    diagnosticReviews: [],
    plan: { objectives: [] },
    reviews: [],
    flexibilities: [],
    inspections: [],
    assessments: [],
    ministerialDecisions: [],
    rulebookAdoptions: [],
  };
}

/** One more fact, later in time than every fact folded so far. */
export function stepNotice(s: NoticeState, f: Fact): NoticeState {
  const on = f.effectiveOn;
  switch (f.type) {
    case 'adviser.appointed':
      return { ...s, adviser: { name: f.payload.name, appointedOn: on } };
    case 'adviser.recommendation-made':
      return { ...s, recommendations: [...s.recommendations, { ...f.payload, on }] };
    case 'adviser.reported':
      return { ...s, adviserReports: [...s.adviserReports, { kind: f.payload.kind, on }] };
    case 'diagnostic-review.requested':
      return { ...s, diagnosticReviews: [...s.diagnosticReviews, { scope: f.payload.scope, on }] };
    case 'plan.agreed':
      return { ...s, plan: { agreedOn: on, objectives: f.payload.objectives.map((o) => ({ ...o })) } };
    case 'objective.added':
      return { ...s, plan: { ...s.plan, objectives: [...s.plan.objectives, { ...f.payload }] } };
    case 'objective.progress-recorded':
      return {
        ...s,
        plan: {
          ...s.plan,
          objectives: s.plan.objectives.map((o) => (o.id === f.payload.objectiveId ? { ...o, latest: { ...f.payload, on } } : o)),
        },
      };
    case 'board.established':
      return { ...s, board: { establishedOn: on, chair: f.payload.chair, meetingIntervalDays: f.payload.meetingIntervalDays, meetings: [] } };
    case 'board.chair-changed':
      return s.board ? { ...s, board: { ...s.board, chair: f.payload.chair } } : s;
    case 'board.met':
      return s.board ? { ...s, board: { ...s.board, meetings: [...s.board.meetings, { on, virtual: f.payload.virtual }] } } : s;
    case 'flexibility.started':
      return { ...s, flexibilities: [...s.flexibilities, { amendmentId: f.payload.amendmentId, startedOn: on }] };
    case 'flexibility.ended':
      return {
        ...s,
        flexibilities: s.flexibilities.map((x) => (x.amendmentId === f.payload.amendmentId && !x.endedOn ? { ...x, endedOn: on } : x)),
      };
    case 'inspection.published':
      return { ...s, inspections: [...s.inspections, { kind: f.payload.kind, judgement: f.payload.judgement, on }] };
    case 'assessment.decided':
      return { ...s, assessments: [...s.assessments, { ...f.payload, on }] };
    case 'notice.replaced':
      return { ...s, replaced: { on, reason: f.payload.reason } };
    case 'ministerial.decided':
      return { ...s, ministerialDecisions: [...s.ministerialDecisions, { decision: f.payload.decision, on }] };
    case 'rulebook.adopted':
      return { ...s, rulebookAdoptions: [...s.rulebookAdoptions, { ...f.payload, on }] };
    default:
      return { ...s, reviews: foldReview(s.reviews, f) };
  }
}

/** Fold a notice's facts (chronological, starting with notice.issued) into its state. */
export function foldNotice(facts: readonly Fact[]): NoticeState {
  const [start, ...rest] = facts;
  return rest.reduce(stepNotice, fresh(start as FactOf<'notice.issued'>));
}

/** The decision that ended the notice (lift or escalate), if one has. */
export function endingDecision(s: NoticeState) {
  return s.assessments.find((a) => a.decision === 'lift' || a.decision === 'escalate');
}

/** The date the notice ended: lifted, escalated or replaced by a new notice. */
export function noticeEndedOn(s: NoticeState): IsoDate | undefined {
  return endingDecision(s)?.on ?? s.replaced?.on;
}
