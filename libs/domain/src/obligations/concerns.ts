import type { Role } from '../roles';

/**
 * Whose duty each obligation is, by the rule that sets it (DOMAIN.md, "Who uses it"): the
 * programme office keeps the record and writes the reports; the chair convenes the board; DfE holds
 * reviews and decides at the deadline; the adviser and the commissioner write their own reports.
 */
const byRule: Record<string, Role[]> = {
  'board-timetable': ['programme-office', 'board-chair'],
  'review-cadence': ['programme-office', 'dfe-caselead'],
  'self-assessment-before-review': ['programme-office'],
  'progress-record-current': ['programme-office'],
  deadline: ['programme-office', 'dfe-caselead'],
  'adviser-reports': ['adviser', 'dfe-caselead'],
  'commissioner-reports': ['dfe-caselead'],
  'ambitions-board-cadence': ['programme-office', 'board-chair'],
  'ambitions-board-established': ['programme-office'],
};

/** The roles a reminder about an obligation goes to; the programme office for any rule not listed. */
export function rolesConcerned(obligationKey: string): Role[] {
  return byRule[ruleOf(obligationKey)] ?? ['programme-office'];
}

/** An obligation's key is `<rule>:<subject>:<due date>` (rules/src/model/explanation.ts). */
export function ruleOf(obligationKey: string): string {
  return obligationKey.split(':')[0];
}

/** An obligation's lasting identity: its rule and subject, without the due date the rules may move. */
export function obligationSubjectKey(obligationKey: string): string {
  return obligationKey.replace(/:\d{4}-\d{2}-\d{2}$/, '');
}

/** An instrument's council is the second part of its workflow id: notice/<council>/<start date>. */
export function councilOf(workflowId: string): string {
  return workflowId.split('/')[1] ?? '';
}
