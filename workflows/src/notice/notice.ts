import type { EvaluationResult, Fact, Phase } from '@cs/domain/core';
import { instrumentWorkflowId, instrumentWorkflowTypes } from '@cs/contract';
import { refuseClosedDecision } from '../shared/decisions';
import { handOverDate, type CheckContext, type Command, type InstrumentSpec, type Successor } from '../shared/spec';
import { refuseReviewStep, reviewFactTypes } from '../review-cycle/review-cycle';
import { endingDecision, foldNotice, noticeEndedOn, stepNotice, type NoticeState } from './notice-state';

const assessmentDecisions = ['lift', 'continue', 'extend', 'escalate'] as const;

function phase(s: NoticeState, rules: EvaluationResult | undefined): Phase {
  const ending = endingDecision(s);
  if (ending) return ending.decision === 'lift' ? 'lifted' : 'escalated';
  if (s.replaced) return 'replaced';
  if (rules?.decisions.some((d) => d.open && (assessmentDecisions as readonly string[]).includes(d.decision))) return 'assessment';
  if (s.plan.agreedOn && s.board) return 'under-improvement';
  if (s.adviser) return 'adviser-appointed';
  return 'issued';
}

/** Why the notice's lifecycle does not allow this command as of its effective date. */
function refuse(command: Command, { atEffective: s, now, rulesAtEffective }: CheckContext<NoticeState>): string | undefined {
  switch (command.type) {
    case 'adviser.recommendation-made':
    case 'adviser.reported':
    case 'diagnostic-review.requested':
      return s.adviser ? undefined : `no adviser had been appointed by ${command.effectiveOn}`;
    case 'plan.agreed':
      return s.plan.agreedOn ? `the plan was already agreed on ${s.plan.agreedOn}; add objectives instead` : undefined;
    case 'objective.added':
      return s.plan.agreedOn ? undefined : `no plan had been agreed by ${command.effectiveOn}`;
    case 'objective.progress-recorded':
      // Against the plan as it stands: progress is often rated days before the plan's formal date.
      return now.plan.objectives.some((o) => o.id === command.payload.objectiveId)
        ? undefined
        : `objective ${command.payload.objectiveId} is not in the plan`;
    case 'board.established':
      return s.board ? `the board was already established on ${s.board.establishedOn}` : undefined;
    case 'board.chair-changed':
    case 'board.met':
      return s.board ? undefined : `no board had been established by ${command.effectiveOn}`;
    case 'flexibility.started':
      return s.flexibilities.some((f) => f.amendmentId === command.payload.amendmentId && !f.endedOn)
        ? `flexibility ${command.payload.amendmentId} is already in force`
        : undefined;
    case 'flexibility.ended':
      return s.flexibilities.some((f) => f.amendmentId === command.payload.amendmentId && !f.endedOn)
        ? undefined
        : `flexibility ${command.payload.amendmentId} is not in force on ${command.effectiveOn}`;
    case 'assessment.decided':
      return refuseAssessment(command, rulesAtEffective());
    case 'notice.replaced':
      return command.effectiveOn > s.issued.on ? undefined : `a replacing notice is issued after the notice it replaces (issued ${s.issued.on})`;
    case 'ministerial.decided':
    case 'rulebook.adopted':
      return undefined;
    default:
      return refuseReviewStep(command, s.reviews);
  }
}

/** The caselead decides; the rules only say which decisions are open (cl. 13, 2023 report). */
function refuseAssessment(command: Extract<Command, { type: 'assessment.decided' }>, rules: EvaluationResult | undefined) {
  const { decision, newDeadlineOn, override } = command.payload;
  if (decision === 'extend' && (!newDeadlineOn || newDeadlineOn <= command.effectiveOn)) {
    return 'extending needs a new deadline after the decision date';
  }
  const open = rules?.decisions.filter((d) => d.open && (assessmentDecisions as readonly string[]).includes(d.decision)) ?? [];
  if (!override && rules && rules.decisions.length > 0 && open.length === 0) {
    return `the notice is not at assessment on ${command.effectiveOn}: the rules open no lift/continue/extend/escalate decision (if the record shows it was taken, give override.reason)`;
  }
  return refuseClosedDecision(decision, rules, override);
}

/** Escalation hands over to a statutory direction; lifting to support and supervision; replacement to the new notice. */
function successor(fact: Fact, s: NoticeState, self: { workflowId: string }): Successor | undefined {
  const council = s.issued.council;
  const on = fact.effectiveOn;
  if (fact.type === 'notice.replaced') {
    return {
      workflowType: instrumentWorkflowTypes['improvement-notice'],
      workflowId: instrumentWorkflowId('improvement-notice', council.slug, on),
      start: { command: { type: 'notice.issued', ...handOverDate(fact), payload: { ...fact.payload.by, council } }, actor: fact.actor, recordedAt: fact.recordedAt },
    };
  }
  if (fact.type !== 'assessment.decided') return undefined;
  if (fact.payload.decision === 'escalate') {
    return {
      workflowType: instrumentWorkflowTypes['statutory-direction'],
      workflowId: instrumentWorkflowId('statutory-direction', council.slug, on),
      start: {
        command: {
          type: 'direction.issued',
          ...handOverDate(fact),
          payload: { ...fact.payload.direction, council, basis: 'escalation', fromInstrumentId: self.workflowId, arrangement: fact.payload.direction?.arrangement ?? 'council-control' },
        },
        actor: fact.actor,
        recordedAt: fact.recordedAt,
      },
    };
  }
  if (fact.payload.decision === 'lift') {
    return {
      workflowType: instrumentWorkflowTypes['continuing-board'],
      workflowId: instrumentWorkflowId('continuing-board', council.slug, on),
      start: {
        command: { type: 'support.started', ...handOverDate(fact), payload: { council, fromInstrumentId: self.workflowId } },
        actor: fact.actor,
        recordedAt: fact.recordedAt,
      },
    };
  }
  return undefined;
}

/** The improvement notice (DOMAIN.md "Lifecycle"), described for the shared lifecycle machinery. */
export const notice: InstrumentSpec<NoticeState> = {
  kind: 'improvement-notice',
  startType: 'notice.issued',
  accepts: [
    'adviser.appointed',
    'adviser.recommendation-made',
    'adviser.reported',
    'diagnostic-review.requested',
    'plan.agreed',
    'objective.added',
    'objective.progress-recorded',
    'board.established',
    'board.chair-changed',
    'board.met',
    ...reviewFactTypes,
    'inspection.published',
    'flexibility.started',
    'flexibility.ended',
    'assessment.decided',
    'notice.replaced',
    'ministerial.decided',
    'rulebook.adopted',
  ],
  council: (start) => (start as Extract<Fact, { type: 'notice.issued' }>).payload.council,
  fold: foldNotice,
  step: stepNotice,
  phase,
  endedOn: noticeEndedOn,
  refuse,
  isBoundary: (fact) => fact.type === 'review.outcome-recorded',
  successor,
  startLinks: (start) => (start.type === 'notice.issued' && start.payload.follows ? { from: start.payload.follows } : undefined),
};
