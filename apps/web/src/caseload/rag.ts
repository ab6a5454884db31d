import { addDays, type IsoDate, type RegisterItem } from '@cs/domain';

/** Days ahead that count as "due soon" on the caseload. */
export const DUE_SOON_DAYS = 30;

const ENDED = new Set(['lifted', 'escalated', 'stepped-down', 'revoked', 'closed']);

export interface RagRating {
  rating: 'red' | 'amber' | 'green' | 'grey';
  text: string;
  /** govuk-tag colour modifier */
  tagClass: string;
}

/**
 * The caseload's at-a-glance rating of one instrument, always with words (colour alone is not
 * enough): red when an obligation is overdue, amber when the next is due within DUE_SOON_DAYS or a
 * flag is raised, green otherwise, grey once the instrument has ended.
 */
export function ragOf(item: RegisterItem, today: IsoDate): RagRating {
  if (ENDED.has(item.phase)) return { rating: 'grey', text: 'Ended', tagClass: 'govuk-tag--grey' };
  if (item.overdueCount > 0) return { rating: 'red', text: `Red: ${item.overdueCount} overdue`, tagClass: 'govuk-tag--red' };
  if (item.nextDueOn && item.nextDueOn <= addDays(today, DUE_SOON_DAYS)) return { rating: 'amber', text: 'Amber: due soon', tagClass: 'govuk-tag--yellow' };
  if (item.flagCount > 0) return { rating: 'amber', text: `Amber: ${item.flagCount} flagged`, tagClass: 'govuk-tag--yellow' };
  return { rating: 'green', text: 'Green: on track', tagClass: 'govuk-tag--green' };
}
