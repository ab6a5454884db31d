import { addDays, addMonths, type IsoDate } from '@cs/domain/core';

/** The last day of the month a date falls in ("by the end of August 2020"). */
export function endOfMonth(date: IsoDate): IsoDate {
  return addDays(addMonths(`${date.slice(0, 8)}01`, 1), -1);
}
