import type { FactType, Role } from '@cs/domain';

/**
 * Who may record what, written out by hand from DOMAIN.md ("Who uses it"), role by role, as the
 * people themselves would say it. Independent of the product's table (libs/contract mayRecord):
 * tests compare the two and check the API and the workflows against this one, so a change to who
 * may do what has to be made here on purpose too.
 */
const byRole: Record<Role, readonly FactType[]> = {
  // The council's improvement team: registers the notice, plans, boards, progress, reviews.
  'programme-office': [
    'notice.issued',
    'adviser.appointed',
    'plan.agreed',
    'objective.added',
    'objective.progress-recorded',
    'board.established',
    'board.chair-changed',
    'board.met',
    'review.started',
    'self-assessment.submitted',
    'review.held',
    'inspection.published',
    'commissioner.reported',
    'ambitions-board.established',
    'ambitions-board.met',
  ],
  // The DfE caselead signals decisions: outcomes, flexibilities, assessment, directions.
  'dfe-caselead': [
    'notice.issued',
    'adviser.appointed',
    'review.held',
    'review.outcome-recorded',
    'inspection.published',
    'flexibility.started',
    'flexibility.ended',
    'assessment.decided',
    'direction.issued',
    'commissioner.appointed',
    'commissioner.reported',
    'direction.revised',
    'direction.ended',
    'support.started',
    'ambitions-board.closed',
    // Issue 11: what real interventions record (decided or announced by DfE and ministers).
    'notice.replaced',
    'ministerial.decided',
    'commissioner.left',
    'arrangement.live',
    'rulebook.adopted',
    // Services leaving a trust or company for the council again.
    'arrangement.ended',
  ],
  // The adviser reports, recommends and asks for diagnostic reviews.
  adviser: ['adviser.recommendation-made', 'adviser.reported', 'diagnostic-review.requested'],
  // The board chair confirms the meetings of the board they chair.
  'board-chair': ['board.met', 'ambitions-board.met'],
  // Admins inspect and manage: a later rulebook version adopted, and (issue 14) a national
  // amendment's window opened and closed by the rollout they apply; viewers read.
  admin: ['rulebook.adopted', 'flexibility.started', 'flexibility.ended'],
  viewer: [],
};

export function mayRecordByHand(role: Role, type: FactType): boolean {
  return byRole[role].includes(type);
}

/** The roles the table lets record a type, in the order Role lists them. */
export function rolesByHand(type: FactType, roles: readonly Role[]): Role[] {
  return roles.filter((r) => mayRecordByHand(r, type));
}
