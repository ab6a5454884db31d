import { dateOf, type Fact, type IsoDate } from '@cs/domain';
import type { Timeline } from './trafford-timeline';

/**
 * Trafford's facts happened in 2019-2023, and a time-skipping server's clock starts at the real
 * now and only moves forward. To live the notice through (each fact given on its own date, the
 * wake-up timers firing in between), its dates move forward by whole leap cycles: four years keep
 * every month length and leap day where it was, so due dates fall on the same calendar days (the
 * rulebooks' parameters are in force from 2019 on, without an end, so the same values apply).
 */
export function yearsToLiveFrom(issuedOn: IsoDate, serverNowMs: number): number {
  const today = dateOf(serverNowMs);
  let years = 4;
  while (`${Number(issuedOn.slice(0, 4)) + years}${issuedOn.slice(4)}` <= today) years += 4;
  return years;
}

const DATE_LIKE = /^(\d{4})(-\d{2}-\d{2}(T[\d:.]+Z)?)$/;

/** Every date and timestamp in a fact (effective date, recorded time, payload dates) moved by whole years. */
export function shiftFact<F extends Fact>(fact: F, years: number): F {
  const shift = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const m = DATE_LIKE.exec(v);
      return m ? `${Number(m[1]) + years}${m[2]}` : v;
    }
    if (Array.isArray(v)) return v.map(shift);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shift(x)]));
    return v;
  };
  return shift(fact) as F;
}

export function shiftTimeline(t: Timeline, years: number): Timeline {
  return { start: shiftFact(t.start, years), facts: t.facts.map((f) => shiftFact(f, years)) };
}
