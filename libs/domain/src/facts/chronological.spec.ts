import fc from 'fast-check';
import { chronological, type Fact } from './fact';

/** The order chronological promises, by a plain stable sort: effective date, then recording order. */
const byDateThenRecording = (facts: Fact[]) =>
  facts.map((f, i) => ({ f, i })).sort((a, b) => (a.f.effectiveOn === b.f.effectiveOn ? a.i - b.i : a.f.effectiveOn < b.f.effectiveOn ? -1 : 1)).map(({ f }) => f);

const day = fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10));
const logOf = (days: string[]) => days.map((effectiveOn, i) => ({ id: `f${i}`, effectiveOn }) as unknown as Fact);

describe('chronological', () => {
  it('orders by effective date, ties in recording order, whether nearly in order or shuffled', () => {
    const nearlySorted = fc.array(day, { maxLength: 200 }).chain((days) => {
      const sorted = [...days].sort();
      return fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 }).map((swaps) => {
        for (const [a, b] of swaps) if (sorted.length) [sorted[a % sorted.length], sorted[b % sorted.length]] = [sorted[b % sorted.length], sorted[a % sorted.length]];
        return sorted;
      });
    });
    fc.assert(fc.property(fc.oneof(fc.array(day, { maxLength: 200 }), nearlySorted), (days) => {
      const log = logOf(days);
      expect(chronological(log).map((f) => f.id)).toEqual(byDateThenRecording(log).map((f) => f.id));
    }), { numRuns: 300 });
  });

  it('gives a new array and leaves its argument as it was', () => {
    const log = logOf(['2020-01-03', '2020-01-01']);
    const out = chronological(log);
    expect(out).not.toBe(log);
    expect(log.map((f) => f.id)).toEqual(['f0', 'f1']);
    expect(out.map((f) => f.id)).toEqual(['f1', 'f0']);
  });
});
