import type { Fact, FactType } from '@cs/domain';
import { traffordContinuingBoardFacts } from '../../../rules/src/fixtures/trafford';
import { commandBody, firstOf } from './trafford';

type Body = { type: string; effectiveOn: string; payload: unknown };

/** One valid command of every type (valid to zod; the lifecycle may still refuse it: 409). */
export function sampleCommands(notice: Fact[], slug: string): Record<FactType, Body> {
  const board = traffordContinuingBoardFacts();
  const from = (facts: Fact[], type: FactType) => commandBody(firstOf(facts, type));
  const council = { slug, name: 'Trafford Council' };
  const own = (type: FactType, effectiveOn: string, payload: unknown): Body => ({ type, effectiveOn, payload });
  return {
    'notice.issued': from(notice, 'notice.issued'),
    'adviser.appointed': from(notice, 'adviser.appointed'),
    'adviser.recommendation-made': from(notice, 'adviser.recommendation-made'),
    'adviser.reported': from(notice, 'adviser.reported'),
    'diagnostic-review.requested': own('diagnostic-review.requested', '2019-09-01', { scope: 'Front door thresholds' }),
    'plan.agreed': from(notice, 'plan.agreed'),
    'objective.added': own('objective.added', '2019-09-02', { id: 'obj-9', title: 'Improve care leavers accommodation' }),
    'objective.progress-recorded': from(notice, 'objective.progress-recorded'),
    'board.established': from(notice, 'board.established'),
    'board.chair-changed': own('board.chair-changed', '2019-09-03', { chair: { name: 'New independent chair', councilOfficerOrMember: false } }),
    'board.met': from(notice, 'board.met'),
    'review.started': from(notice, 'review.started'),
    'self-assessment.submitted': from(notice, 'self-assessment.submitted'),
    'review.held': from(notice, 'review.held'),
    'review.outcome-recorded': from(notice, 'review.outcome-recorded'),
    'inspection.published': own('inspection.published', '2019-09-04', { kind: 'monitoring-visit', priorityActions: false }),
    'flexibility.started': from(notice, 'flexibility.started'),
    'flexibility.ended': from(notice, 'flexibility.ended'),
    'assessment.decided': from(notice, 'assessment.decided'),
    'notice.replaced': own('notice.replaced', '2019-09-06', {
      reason: 'A second inadequate judgement',
      by: { trigger: { kind: 'second-inadequate', inspectionPublishedOn: '2019-09-01' }, deadlineOn: '2021-03-31' },
    }),
    'ministerial.decided': own('ministerial.decided', '2019-09-06', { decision: 'Services to move to a trust' }),
    'rulebook.adopted': own('rulebook.adopted', '2019-09-06', { rulebookId: 'improvement-notice', version: '2019.1', reason: 'The new template agreed' }),
    'direction.issued': own('direction.issued', '2019-09-05', { council, basis: 'direct' }),
    'commissioner.appointed': own('commissioner.appointed', '2019-09-05', { name: 'A Commissioner' }),
    'commissioner.reported': own('commissioner.reported', '2019-09-05', { reportKind: 'initial', summary: 'Capacity report' }),
    'commissioner.left': own('commissioner.left', '2019-09-05', { name: 'A Commissioner', replacedBy: 'adviser' }),
    'arrangement.live': own('arrangement.live', '2019-09-05', { arrangement: 'trust', body: 'A Children\'s Trust' }),
    'arrangement.ended': own('arrangement.ended', '2019-09-05', { body: 'A Children\'s Trust', reason: 'Services back in-house' }),
    'direction.revised': own('direction.revised', '2019-09-05', { arrangement: 'trust', reason: 'Services move to a trust' }),
    'direction.ended': own('direction.ended', '2019-09-05', { outcome: 'revoke', reason: 'Re-inspected good' }),
    'support.started': { ...from(board, 'support.started'), payload: { council, fromInstrumentId: 'notice/x/2019-05-23' } },
    'ambitions-board.established': from(board, 'ambitions-board.established'),
    'ambitions-board.met': from(board, 'ambitions-board.met'),
    'ambitions-board.closed': own('ambitions-board.closed', '2023-06-01', { reason: 'Support and supervision ended' }),
  };
}
