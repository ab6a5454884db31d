import type { FactOf, Phase } from '@cs/domain/core';
import { refuseClosedDecision } from '../shared/decisions';
import type { CheckContext, Command, InstrumentSpec } from '../shared/spec';
import { foldContinuingBoard, stepContinuingBoard, type ContinuingBoardState } from './continuing-board-state';

function phase(s: ContinuingBoardState): Phase {
  if (s.closed) return 'closed';
  return s.ambitionsBoard ? 'ambitions-board' : 'support-and-supervision';
}

function refuse(command: Command, { atEffective: s, rulesAtEffective }: CheckContext<ContinuingBoardState>): string | undefined {
  switch (command.type) {
    case 'ambitions-board.established':
      return s.ambitionsBoard ? `the Ambitions Board was already established on ${s.ambitionsBoard.establishedOn}` : undefined;
    case 'ambitions-board.met': {
      if (!s.ambitionsBoard) return `no Ambitions Board had been established by ${command.effectiveOn}`;
      const known = new Set(s.ambitionsBoard.ambitions.map((a) => a.id));
      const unknown = command.payload.ambitionsReported.filter((id) => !known.has(id));
      return unknown.length ? `not ambitions of this board: ${unknown.join(', ')}` : undefined;
    }
    case 'arrangement.ended':
      return s.servicesReturned ? `services already returned to the council on ${s.servicesReturned.on}` : undefined;
    case 'ambitions-board.closed':
      return refuseClosedDecision('close', rulesAtEffective(), command.payload.override);
    default:
      return undefined;
  }
}

/** Support and supervision after a notice is lifted or a direction revoked, then the Ambitions Board until it is closed. */
export const continuingBoard: InstrumentSpec<ContinuingBoardState> = {
  kind: 'continuing-board',
  startType: 'support.started',
  accepts: ['ambitions-board.established', 'ambitions-board.met', 'inspection.published', 'ministerial.decided', 'rulebook.adopted', 'arrangement.ended', 'ambitions-board.closed'],
  council: (start) => (start as FactOf<'support.started'>).payload.council,
  fold: foldContinuingBoard,
  step: stepContinuingBoard,
  phase,
  endedOn: (s) => s.closed?.on,
  refuse,
  isBoundary: () => false,
  successor: () => undefined,
};
