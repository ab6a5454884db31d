import { dateOf, type IsoDate } from '@cs/domain/core';

/** The workflow clock's date. Date.now() is deterministic in workflow code (the task's start time). */
export function today(): IsoDate {
  return dateOf(Date.now());
}

/** Milliseconds from the workflow clock to the start (UTC) of a date; never negative. */
export function msUntil(date: IsoDate): number {
  return Math.max(0, Date.parse(`${date}T00:00:00Z`) - Date.now());
}

/** Why an effective date is not allowed: in the future, or before the instrument began. */
export function refuseEffectiveDate(effectiveOn: IsoDate, startedOn: IsoDate, todayOn: IsoDate): string | undefined {
  if (effectiveOn > todayOn) return `effective date ${effectiveOn} is in the future (today is ${todayOn})`;
  if (effectiveOn < startedOn) return `effective date ${effectiveOn} is before the instrument began on ${startedOn}`;
  return undefined;
}
