import fc from 'fast-check';
import { addDays, addMonths, compareDates, dateOf, daysBetween, fromDays, IsoDate, maxDate, minDate, startOfDay, toDays } from './dates';

const at = (iso: string) => Date.parse(iso);

describe('dates in England (Europe/London)', () => {
  // 2026: British Summer Time from 01:00 UTC on Sunday 29 March to 01:00 UTC on Sunday 25 October.
  it.each([
    ['2026-01-15T23:30:00Z', '2026-01-15'], // winter: London is UTC
    ['2026-03-28T23:00:00Z', '2026-03-28'], // the night before the clocks go forward: still GMT
    ['2026-03-28T23:59:59Z', '2026-03-28'],
    ['2026-03-29T00:00:00Z', '2026-03-29'],
    ['2026-03-29T00:59:59Z', '2026-03-29'], // 00:59 GMT
    ['2026-03-29T01:00:00Z', '2026-03-29'], // 02:00 BST
    ['2026-03-29T22:59:59Z', '2026-03-29'], // 23:59 BST
    ['2026-03-29T23:00:00Z', '2026-03-30'], // midnight BST: tomorrow already, though UTC says 29th
    ['2026-07-01T23:30:00Z', '2026-07-02'], // summer
    ['2026-10-24T22:59:59Z', '2026-10-24'], // 23:59 BST
    ['2026-10-24T23:00:00Z', '2026-10-25'], // midnight BST on the day the clocks go back
    ['2026-10-25T00:30:00Z', '2026-10-25'], // 01:30 BST
    ['2026-10-25T01:00:00Z', '2026-10-25'], // 01:00 GMT again
    ['2026-10-25T23:00:00Z', '2026-10-25'], // 23:00 GMT
    ['2026-10-25T23:59:59Z', '2026-10-25'],
    ['2026-10-26T00:00:00Z', '2026-10-26'],
    ['2020-03-29T00:30:00Z', '2020-03-29'], // 2020's changes: 29 March and 25 October
    ['2020-10-24T23:30:00Z', '2020-10-25'],
    ['2020-10-25T23:30:00Z', '2020-10-25'],
  ])('%s is %s in England', (instant, date) => {
    expect(dateOf(at(instant))).toBe(date);
    expect(dateOf(new Date(instant))).toBe(date);
  });

  it.each([
    ['2026-01-15', '2026-01-15T00:00:00.000Z'],
    ['2026-03-29', '2026-03-29T00:00:00.000Z'], // the clocks go forward at 01:00 UTC, after midnight GMT
    ['2026-03-30', '2026-03-29T23:00:00.000Z'], // the first midnight in BST
    ['2026-07-01', '2026-06-30T23:00:00.000Z'],
    ['2026-10-25', '2026-10-24T23:00:00.000Z'], // the clocks go back at 01:00 UTC, after midnight BST
    ['2026-10-26', '2026-10-26T00:00:00.000Z'],
  ])('%s begins at %s', (date, instant) => {
    expect(new Date(startOfDay(date)).toISOString()).toBe(instant);
  });

  it('begins each day at the first instant that is that day, and ends it where the next begins', () => {
    const instants = fc.integer({ min: at('1990-01-01T00:00:00Z'), max: at('2060-12-31T23:59:59Z') });
    fc.assert(
      fc.property(instants, (t) => {
        const day = dateOf(t);
        const start = startOfDay(day);
        return start <= t && t < startOfDay(addDays(day, 1)) && dateOf(start) === day && dateOf(start - 1) === addDays(day, -1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(IsoDate.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2023-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2023-13-01').success).toBe(false);
    expect(IsoDate.safeParse('2023-1-01').success).toBe(false);
    expect(toDays('2021-02-30')).toBeNull();
    expect(toDays('1970-01-02')).toBe(1);
    expect(fromDays(0)).toBe('1970-01-01');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(() => addDays('2023-02-29', 1)).toThrow(RangeError);
  });

  it('adds calendar months, clamped to the last day of a shorter month', () => {
    expect(addMonths('2020-08-31', 6)).toBe('2021-02-28');
    expect(addMonths('2019-08-31', 6)).toBe('2020-02-29');
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2020-05-15', 12)).toBe('2021-05-15');
    expect(addMonths('2020-03-31', -1)).toBe('2020-02-29');
  });

  it('counts and orders days', () => {
    expect(daysBetween('2019-05-23', '2019-11-23')).toBe(184);
    expect(daysBetween('2020-03-01', '2020-02-28')).toBe(-2);
    expect(compareDates('2020-01-01', '2020-01-02')).toBe(-1);
    expect(compareDates('2020-01-02', '2020-01-02')).toBe(0);
    expect(maxDate('2020-01-01', '2019-12-31')).toBe('2020-01-01');
    expect(minDate('2020-01-01', '2019-12-31')).toBe('2019-12-31');
  });
});

describe('toDays and fromDays: arithmetic, as the Date object counts', () => {
  // The Date-based forms they replace for the dates of these centuries: the oracle.
  const byDateToDays = (date: string): number | null => {
    const [y, m, d] = date.split('-').map(Number);
    const ms = Date.UTC(y, m - 1, d);
    const back = new Date(ms);
    return back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d ? null : ms / 86_400_000;
  };
  const byDateFromDays = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);

  it('gives the same date for any day from year 1000 to 9999 and around', () => {
    fc.assert(fc.property(fc.integer({ min: -400_000, max: 2_933_000 }), (days) => {
      expect(fromDays(days)).toBe(byDateFromDays(days));
      expect(toDays(fromDays(days))).toBe(byDateToDays(byDateFromDays(days)));
    }), { numRuns: 5000 });
  });

  it('refuses the same impossible dates and reads the same possible ones', () => {
    const part = (n: number, w: number) => fc.integer({ min: 0, max: n }).map((v) => String(v).padStart(w, '0'));
    const written = fc.tuple(part(9999, 4), part(13, 2), part(32, 2)).map(([y, m, d]) => `${y}-${m}-${d}`);
    fc.assert(fc.property(fc.oneof(written, fc.string({ maxLength: 12 })), (s) => {
      expect(toDays(s)).toBe(byDateToDays(s));
    }), { numRuns: 5000 });
    for (const s of ['2021-02-29', '2020-02-29', '1900-02-29', '2000-02-29', '2021-04-31', '2021-00-10', '2021-12-00', '0999-12-31', '1000-01-01', '9999-12-31'])
      expect(toDays(s)).toBe(byDateToDays(s));
  });
});
