import type { FactType, Role } from '@cs/domain/core';

/**
 * Who may record what (DOMAIN.md, "Who uses it"). The caselead signals decisions; the adviser
 * reports and recommends; the programme office records plans, boards, progress and reviews.
 * The API checks it before sending a command, the update validator again before accepting one.
 */
export const mayRecord: Record<FactType, readonly Role[]> = {
  'notice.issued': ['dfe-caselead', 'programme-office'],
  'adviser.appointed': ['dfe-caselead', 'programme-office'],
  'adviser.recommendation-made': ['adviser'],
  'adviser.reported': ['adviser'],
  'diagnostic-review.requested': ['adviser'],
  'plan.agreed': ['programme-office'],
  'objective.added': ['programme-office'],
  'objective.progress-recorded': ['programme-office'],
  'board.established': ['programme-office'],
  'board.chair-changed': ['programme-office'],
  'board.met': ['programme-office', 'board-chair'],
  'review.started': ['programme-office'],
  'self-assessment.submitted': ['programme-office'],
  'review.held': ['programme-office', 'dfe-caselead'],
  'review.outcome-recorded': ['dfe-caselead'],
  'inspection.published': ['programme-office', 'dfe-caselead'],
  // An admin may too: a national amendment's rollout records it in the name of whoever applied it.
  'flexibility.started': ['dfe-caselead', 'admin'],
  'flexibility.ended': ['dfe-caselead', 'admin'],
  'assessment.decided': ['dfe-caselead'],
  'notice.replaced': ['dfe-caselead'],
  'ministerial.decided': ['dfe-caselead'],
  'rulebook.adopted': ['dfe-caselead', 'admin'],
  'direction.issued': ['dfe-caselead'],
  'commissioner.appointed': ['dfe-caselead'],
  'commissioner.reported': ['dfe-caselead', 'programme-office'],
  'commissioner.left': ['dfe-caselead'],
  'direction.revised': ['dfe-caselead'],
  'arrangement.live': ['dfe-caselead'],
  'arrangement.ended': ['dfe-caselead'],
  'direction.ended': ['dfe-caselead'],
  'support.started': ['dfe-caselead'],
  'ambitions-board.established': ['programme-office'],
  'ambitions-board.met': ['programme-office', 'board-chair'],
  'ambitions-board.closed': ['dfe-caselead'],
};

/** Roles whose users belong to one council and may act only on its instruments. */
export const councilScoped: readonly Role[] = ['programme-office', 'board-chair'];

/** Why this role may not record this fact type, or undefined when it may: one wording for both checks. */
export function roleRefusal(role: Role, type: FactType): string | undefined {
  const allowed = mayRecord[type];
  return allowed.includes(role) ? undefined : `role ${role} may not record ${type} (allowed: ${allowed.join(', ')})`;
}
