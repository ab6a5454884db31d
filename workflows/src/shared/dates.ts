import { patched } from '@temporalio/workflow';
import { dateOf, startOfDay, type IsoDate } from '@cs/domain/core';

/**
 * Whether this run reads the workflow clock as a London date. Runs recorded before London dates
 * read it as a UTC date; `patched` tells them apart (false only when replaying such a history), so
 * they replay as they ran, and their next run (after continue-as-new) uses London dates.
 */
let londonDates = true;

/** Called once, first thing in a run. */
export function decideDates(): void {
  londonDates = patched('london-dates');
}

/** The workflow clock's date in England. Date.now() is deterministic in workflow code (the task's start time). */
export function today(): IsoDate {
  return londonDates ? dateOf(Date.now()) : new Date(Date.now()).toISOString().slice(0, 10);
}

/** Milliseconds from the workflow clock to the start of a date in England; never negative. */
export function msUntil(date: IsoDate): number {
  const start = londonDates ? startOfDay(date) : Date.parse(`${date}T00:00:00Z`);
  return Math.max(0, start - Date.now());
}

/** Why an effective date is not allowed: in the future, or before the instrument began. */
export function refuseEffectiveDate(effectiveOn: IsoDate, startedOn: IsoDate, todayOn: IsoDate): string | undefined {
  if (effectiveOn > todayOn) return `effective date ${effectiveOn} is in the future (today is ${todayOn})`;
  if (effectiveOn < startedOn) return `effective date ${effectiveOn} is before the instrument began on ${startedOn}`;
  return undefined;
}
