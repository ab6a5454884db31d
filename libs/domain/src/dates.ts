import { z } from 'zod/mini';

/**
 * A calendar date in the law's sense (no time zone): YYYY-MM-DD. Every date the rules compute is
 * one of these, derived from effective dates, never from the clock. Pure: safe in workflow code.
 */
export const IsoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'),
  z.refine((s) => toDays(s) !== null, 'is not a real calendar date'),
);
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * How much of a fact's date the record states. Most facts are known to the day; the public record
 * often gives only the month ("a revised direction in December 2018") or the year ("the revised
 * direction issued in 2022"). The fact is then dated on a day within that month or year (the
 * first, or the day of the fact before it) and says so, so no one reads the day as stated.
 */
export const DatePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01, or null for an impossible date such as 2021-02-30. */
export function toDays(date: string): number | null {
  // The rules add days to dates thousands of times per evaluation: plain arithmetic for the dates
  // of these centuries, the Date object for anything else.
  if (date.length === 10 && date[4] === '-' && date[7] === '-') {
    const y = digits(date, 0, 4);
    const m = digits(date, 5, 7);
    const d = digits(date, 8, 10);
    if (y >= 1000 && m >= 0 && d >= 0) return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? daysFromCivil(y, m, d) : null;
  }
  const [y, m, d] = date.split('-').map(Number);
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return ms / MS_PER_DAY;
}

export function fromDays(days: number): IsoDate {
  if (Number.isInteger(days)) {
    const [y, m, d] = civilFromDays(days);
    if (y >= 1000 && y <= 9999) return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
  }
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The number written by the ASCII digits from..to of s, or -1 if any is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Days from and to the proleptic Gregorian calendar, as the Date object counts them (H. Hinnant's
// algorithms, https://howardhinnant.github.io/date_algorithms.html).
function daysFromCivil(year: number, m: number, d: number): number {
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
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

// Statutory dates are England's: a date is the calendar date in Europe/London, UTC in winter and
// UTC+1 in summer (BST), so between 23:00 and midnight UTC in summer it is already tomorrow. Intl
// gives the same answer for the same instant every time, so workflow code may use it (its clock is
// the workflow task's time). Made on first use: each workflow instantiates this module.
let london: Intl.DateTimeFormat | undefined;
let lastDateOf: { ms: number; date: IsoDate } | undefined;

/** The calendar date in England (Europe/London) of an instant: "today", and a recorded time's date. */
export function dateOf(instant: Date | number): IsoDate {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  // A workflow asks "today" many times per task at one instant (its clock stands still): once each.
  if (lastDateOf?.ms === ms) return lastDateOf.date;
  london ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = london.formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
  lastDateOf = { ms, date };
  return date;
}

/**
 * The instant a date begins in England: midnight in London, which in summer is 23:00 UTC the day
 * before. The clocks change at 01:00 UTC, never at midnight, so a day begins on one side of a change.
 */
export function startOfDay(date: IsoDate): number {
  const utcMidnight = mustDays(date) * MS_PER_DAY;
  const anHourBefore = utcMidnight - 3_600_000;
  return dateOf(anHourBefore) === date ? anHourBefore : utcMidnight;
}

function mustDays(date: string): number {
  const days = toDays(date);
  if (days === null) throw new RangeError(`not a calendar date: ${date}`);
  return days;
}
