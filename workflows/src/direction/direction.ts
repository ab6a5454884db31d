import type { Fact, FactOf, Phase } from '@cs/domain/core';
import { instrumentWorkflowId, instrumentWorkflowTypes } from '@cs/contract';
import { refuseClosedDecision } from '../shared/decisions';
import type { CheckContext, Command, InstrumentSpec, Successor } from '../shared/spec';
import { foldDirection, stepDirection, type DirectionState } from './direction-state';

function phase(s: DirectionState): Phase {
  if (s.ended) return s.ended.outcome === 'step-down' ? 'stepped-down' : 'revoked';
  return s.commissioner ? 'commissioner-appointed' : 'issued';
}

function refuse(command: Command, { atEffective: s, rulesAtEffective }: CheckContext<DirectionState>): string | undefined {
  switch (command.type) {
    case 'commissioner.appointed':
      return s.commissioner ? `a commissioner (${s.commissioner.name}) was already appointed on ${s.commissioner.appointedOn}` : undefined;
    case 'commissioner.reported':
      if (!s.commissioner) return `no commissioner had been appointed by ${command.effectiveOn}`;
      if (command.payload.reportKind === 'initial' && s.reports.some((r) => r.reportKind === 'initial')) return 'the initial report is already recorded';
      if (command.payload.reportKind === 'review' && !s.reports.some((r) => r.reportKind === 'initial')) return 'a review report follows the initial report';
      return undefined;
    case 'direction.revised':
      if (command.payload.arrangement === s.arrangement) return `the direction already arranges services as ${s.arrangement}`;
      return refuseClosedDecision('revise', rulesAtEffective());
    case 'direction.ended':
      return refuseClosedDecision(command.payload.outcome, rulesAtEffective());
    default:
      return undefined;
  }
}

/**
 * Step-down hands over to a new improvement notice, issued on the step-down date. The domain's
 * direction.ended has no notice payload yet, so the new notice's trigger is the direction itself
 * (see docs/lifecycle.md, "Known gaps").
 */
function successor(fact: Fact, s: DirectionState): Successor | undefined {
  if (fact.type !== 'direction.ended' || fact.payload.outcome !== 'step-down') return undefined;
  const council = s.issued.council;
  const on = fact.effectiveOn;
  return {
    workflowType: instrumentWorkflowTypes['improvement-notice'],
    workflowId: instrumentWorkflowId('improvement-notice', council.slug, on),
    start: {
      command: {
        type: 'notice.issued',
        effectiveOn: on,
        payload: {
          council,
          trigger: { kind: 'ilacs-inadequate', inspectionPublishedOn: s.issued.on },
          areasForImprovement: [],
        },
      },
      actor: fact.actor,
      recordedAt: fact.recordedAt,
    },
  };
}

/** The statutory direction, described for the shared lifecycle machinery. */
export const direction: InstrumentSpec<DirectionState> = {
  kind: 'statutory-direction',
  startType: 'direction.issued',
  accepts: ['commissioner.appointed', 'commissioner.reported', 'direction.revised', 'inspection.published', 'direction.ended'],
  council: (start) => (start as FactOf<'direction.issued'>).payload.council,
  fold: foldDirection,
  step: stepDirection,
  phase,
  endedOn: (s) => s.ended?.on,
  refuse,
  isBoundary: (fact) => fact.type === 'commissioner.reported',
  successor,
};
