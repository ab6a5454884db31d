import { z } from 'zod';

/**
 * A calendar date in the law's sense (no time zone): YYYY-MM-DD. Every date the rules compute is
 * one of these, derived from effective dates, never from the clock. Pure: safe in workflow code.
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((s) => toDays(s) !== null, 'is not a real calendar date');
export type IsoDate = z.infer<typeof IsoDate>;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01, or null for an impossible date such as 2021-02-30. */
export function toDays(date: string): number | null {
  const [y, m, d] = date.split('-').map(Number);
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return ms / MS_PER_DAY;
}

export function fromDays(days: number): IsoDate {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDays(mustDays(date) + days);
}

/** Calendar months, clamped to the month's last day (2020-08-31 + 6 months = 2021-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromDays(Date.UTC(year, month, Math.min(d, last)) / MS_PER_DAY);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return mustDays(to) - mustDays(from);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** The calendar date (UTC) of an instant: how a recorded time becomes an as-of date. */
export function dateOf(instant: Date | number): IsoDate {
  return new Date(instant).toISOString().slice(0, 10);
}

function mustDays(date: string): number {
  const days = toDays(date);
  if (days === null) throw new RangeError(`not a calendar date: ${date}`);
  return days;
}
