import type { Fact, FactOf, Phase } from '@cs/domain/core';
import { instrumentWorkflowId, instrumentWorkflowTypes } from '@cs/contract';
import { refuseClosedDecision } from '../shared/decisions';
import { handOverDate, type CheckContext, type Command, type InstrumentSpec, type Successor } from '../shared/spec';
import { foldDirection, inPost, stepDirection, type DirectionState } from './direction-state';

function phase(s: DirectionState): Phase {
  if (s.ended) return s.ended.outcome === 'step-down' ? 'stepped-down' : 'revoked';
  if (s.commissioner) return 'commissioner-appointed';
  return s.adviser ? 'adviser-appointed' : 'issued';
}

function refuse(command: Command, { atEffective: s, rulesAtEffective }: CheckContext<DirectionState>): string | undefined {
  switch (command.type) {
    case 'commissioner.appointed': {
      const same = inPost(s).find((c) => c.name === command.payload.name);
      return same ? `${same.name} has been commissioner since ${same.appointedOn}` : undefined;
    }
    case 'commissioner.left': {
      // A commissioner the record shows only leaving still served; one recorded as gone cannot leave again.
      const { name } = command.payload;
      const gone = name && !inPost(s).some((c) => c.name === name) && s.commissioners.find((c) => c.name === name && c.leftOn);
      return gone ? `${name} had already left on ${gone.leftOn}` : undefined;
    }
    case 'board.established':
      return s.board ? `the board was already established on ${s.board.establishedOn}` : undefined;
    case 'board.chair-changed':
    case 'board.met':
      return s.board ? undefined : `no board had been established by ${command.effectiveOn}`;
    case 'commissioner.reported':
      // A report proves a commissioner, even where the record does not give the appointment (or the initial report).
      if (command.payload.reportKind === 'initial' && s.reports.some((r) => r.reportKind === 'initial')) return 'the initial report is already recorded';
      return undefined;
    case 'arrangement.ended':
      // Only services someone else runs can come back: the council must not already run them itself.
      return s.arrangement === 'council-control' && !s.live.some((l) => !l.endedOn)
        ? `services were run by the council on ${command.effectiveOn}: no trust, company or partner council to leave`
        : undefined;
    case 'adviser.reported':
      return s.adviser ? undefined : `no adviser had been appointed to the direction by ${command.effectiveOn}`;
    case 'direction.revised':
      // Most revisions change terms, not the arrangement (its reason says what changed).
      return refuseClosedDecision('revise', rulesAtEffective(), command.payload.override);
    case 'direction.ended': {
      const { outcome, notice, supportAndSupervision, override } = command.payload;
      if (notice && outcome !== 'step-down') return 'only a step-down issues a new notice (payload.notice)';
      if (supportAndSupervision && outcome !== 'revoke') return 'support and supervision follows a revocation; a step-down issues a notice';
      return refuseClosedDecision(outcome, rulesAtEffective(), override);
    }
    default:
      return undefined;
  }
}

/**
 * Step-down hands over to a new improvement notice issued on the step-down date, with the terms
 * `direction.ended.notice` states (its trigger, areas, deadline), the direction itself as trigger
 * when none is given. A revocation followed by support and supervision hands over to it.
 */
function successor(fact: Fact, s: DirectionState, self: { workflowId: string }): Successor | undefined {
  if (fact.type !== 'direction.ended') return undefined;
  const council = s.issued.council;
  const on = fact.effectiveOn;
  const start = { actor: fact.actor, recordedAt: fact.recordedAt };
  if (fact.payload.outcome === 'revoke') {
    if (!fact.payload.supportAndSupervision) return undefined;
    return {
      workflowType: instrumentWorkflowTypes['continuing-board'],
      workflowId: instrumentWorkflowId('continuing-board', council.slug, on),
      start: { ...start, command: { type: 'support.started', ...handOverDate(fact), payload: { council, fromInstrumentId: self.workflowId } } },
    };
  }
  const stated = fact.payload.notice;
  return {
    workflowType: instrumentWorkflowTypes['improvement-notice'],
    workflowId: instrumentWorkflowId('improvement-notice', council.slug, on),
    start: {
      ...start,
      command: {
        type: 'notice.issued',
        ...handOverDate(fact),
        payload: {
          ...stated,
          council,
          trigger: stated?.trigger ?? { kind: 'step-down', inspectionPublishedOn: s.issued.on },
          areasForImprovement: stated?.areasForImprovement ?? [],
        },
      },
    },
  };
}

/** The statutory direction, described for the shared lifecycle machinery. */
export const direction: InstrumentSpec<DirectionState> = {
  kind: 'statutory-direction',
  startType: 'direction.issued',
  accepts: [
    'commissioner.appointed',
    'commissioner.left',
    'commissioner.reported',
    'adviser.appointed',
    'adviser.reported',
    'board.established',
    'board.chair-changed',
    'board.met',
    'direction.revised',
    'arrangement.live',
    'arrangement.ended',
    'ministerial.decided',
    'rulebook.adopted',
    'inspection.published',
    'direction.ended',
  ],
  council: (start) => (start as FactOf<'direction.issued'>).payload.council,
  fold: foldDirection,
  step: stepDirection,
  phase,
  endedOn: (s) => s.ended?.on,
  // A trust, company or partner council running services outlives the direction: their return can still be recorded.
  afterEnd: (s) => (s.ended && s.live.some((l) => !l.endedOn) ? ['arrangement.ended'] : []),
  refuse,
  isBoundary: (fact) => fact.type === 'commissioner.reported',
  successor,
  // Registered directly: the instrument it follows (an escalated notice held elsewhere, or an earlier chain).
  startLinks: (start) => {
    const from = start.type === 'direction.issued' ? (start.payload.follows ?? start.payload.fromInstrumentId) : undefined;
    return from ? { from } : undefined;
  },
};
