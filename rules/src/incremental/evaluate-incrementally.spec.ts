import fc from 'fast-check';
import { Fact, type FactType, type InstrumentKind, type IsoDate, addDays } from '@cs/domain/core';
import { checkOnce } from '../checked-facts';
import { evaluate, RulesInputError, type EvaluateInput } from '../evaluate';
import { traffordNoticeFacts } from '../fixtures/trafford';
import { instruments, versionsOf } from '../registry';
import { factsOf, loaded } from '../../../test/support/rulebook-cases';
import { evaluateIncrementally, type RulesMemo } from './evaluate-incrementally';

/*
 * The property: for any sequence of facts appended one by one, and any as-of date at each step,
 * evaluating incrementally (carrying the memo from step to step) gives exactly what `evaluate` gives
 * from scratch, or throws the same input error. Facts come from the real catalogue: every fact of
 * the rulebooks' data-only test cases and their bases (the Trafford notice, the continuing board,
 * directions, Covid windows, drafted amendments, adopted rulebooks, stated terms, overrides).
 */

const kinds: InstrumentKind[] = ['improvement-notice', 'statutory-direction', 'continuing-board'];

/** Every distinct, well-formed fact of the catalogue, by the kind of instrument its case is about. */
const catalogue = (() => {
  const byKind = new Map<InstrumentKind, Map<string, Fact>>(kinds.map((k) => [k, new Map()]));
  for (const { data } of loaded)
    for (const c of data.cases) {
      const kind = c.kind ?? 'improvement-notice';
      for (const f of factsOf(c)) if (Fact.safeParse(f).success) byKind.get(kind)!.set(JSON.stringify(f), f);
    }
  return new Map(kinds.map((k) => {
    const facts = [...byKind.get(k)!.values()];
    return [k, { starts: facts.filter((f) => f.type === instruments[k].startFact), others: facts.filter((f) => f.type !== instruments[k].startFact) }];
  }));
})();

type Outcome = { result: ReturnType<typeof evaluate> } | { error: RulesInputError['issues'] };

function attempt(run: () => ReturnType<typeof evaluate>): Outcome {
  try {
    return { result: run() };
  } catch (e) {
    if (e instanceof RulesInputError) return { error: e.issues };
    throw e;
  }
}

/** A step: a fact to append (under a fresh id, checked once as the workflow does, or not) and the date to ask as of. */
interface Step {
  fact: Fact;
  checked: boolean;
  asOfDays: number;
}

/** As of a few dates that recur (so the memo is reused) or any date from the start to ~8 years on. */
const asOfDays = fc.oneof(fc.constantFrom(0, 400, 1200, 3000), fc.integer({ min: 0, max: 3000 }));
const step = (facts: Fact[]) => fc.record({ fact: fc.constantFrom(...facts), checked: fc.integer({ min: 0, max: 9 }).map((n) => n > 0), asOfDays });

/**
 * Appends each step's fact and compares, at every prefix, the incremental evaluation with the full
 * one. `tamper` changes the memo between steps: the test that shows this property can fail.
 */
function holds(kind: InstrumentKind, initial: Fact[], steps: Step[], pins: EvaluateInput['pins'], tamper: (m: RulesMemo) => RulesMemo = (m) => m): void {
  const log: Fact[] = initial.map(checkOnce);
  const startOn = initial[0].effectiveOn;
  let memo: RulesMemo | undefined;
  const compare = (asOf: IsoDate) => {
    const input = { kind, facts: [...log], asOf, pins };
    const full = attempt(() => evaluate(input));
    const incremental = attempt(() => {
      const out = evaluateIncrementally(input, memo);
      memo = tamper(out.memo);
      return out.result;
    });
    expect(incremental).toStrictEqual(full);
  };
  compare(addDays(startOn, 3000));
  steps.forEach((s, i) => {
    const fact = { ...s.fact, id: `${s.fact.id}~${i}` } as Fact;
    log.push(s.checked ? checkOnce(fact) : fact);
    compare(addDays(startOn, s.asOfDays));
  });
}

const pinsOf = (kind: InstrumentKind) => fc.option(fc.constantFrom(...versionsOf(kind).map((b) => [{ id: b.id, version: b.version }])), { nil: undefined });

describe('evaluateIncrementally: exactly what evaluate gives, re-running only what a new fact touches', () => {
  it('equals the full evaluation at every prefix of random fact sequences from the catalogue, as of random dates', () => {
    const run = fc.constantFrom(...kinds).chain((kind) => {
      const { starts, others } = catalogue.get(kind)!;
      return fc.record({ kind: fc.constant(kind), start: fc.constantFrom(...starts), steps: fc.array(step(others), { maxLength: 30 }), pins: pinsOf(kind) });
    });
    fc.assert(fc.property(run, ({ kind, start, steps, pins }) => holds(kind, [start], steps, pins)), { numRuns: 150 });
  });

  it('equals the full evaluation on the 340-fact Trafford notice cut anywhere, then random facts appended', () => {
    const notice = traffordNoticeFacts();
    const { others } = catalogue.get('improvement-notice')!;
    const run = fc.record({ cut: fc.integer({ min: 2, max: notice.length }), steps: fc.array(step([...others, ...notice]), { maxLength: 12 }) });
    fc.assert(fc.property(run, ({ cut, steps }) => holds('improvement-notice', notice.slice(0, cut), steps, undefined)), { numRuns: 12 });
  });

  it('can fail: a memo that forgets a rule read board.met gives a stale answer, which the property finds', () => {
    const forget = (type: FactType) => (m: RulesMemo): RulesMemo => ({
      rules: new Map([...m.rules].map(([k, list]) => [k, list.map((r) => ({ ...r, reads: { ...r.reads, types: new Map([...r.reads.types].filter(([t]) => t !== type)) } }))])),
    });
    const notice = traffordNoticeFacts();
    const boards = notice.filter((f) => f.type === 'board.met');
    const run = fc.record({ cut: fc.integer({ min: 100, max: notice.length }), steps: fc.array(step(boards), { minLength: 1, maxLength: 4 }) });
    expect(() => fc.assert(fc.property(run, ({ cut, steps }) => holds('improvement-notice', notice.slice(0, cut), steps, undefined, forget('board.met'))), { numRuns: 10, seed: 16 })).toThrow(/Property failed/);
  });
});
