import type { EvaluationResult, Fact } from '@cs/domain/core';
import { prepare, resultOf, runRule, type EvaluateInput } from '../evaluate';
import { refOf, type Amendment, type Reads, type Rule, type RuleOutput, type Rulebook } from '../model';
import { unchanged } from './reads';

/** One rule's output remembered with what it read to produce it. */
export interface Remembered {
  rule: Rule;
  start: Fact;
  base: Rulebook;
  registered: readonly Amendment[];
  reads: Reads;
  output: RuleOutput;
}

/**
 * What earlier evaluations of one instrument found, rule by rule: immutable data, passed in and
 * returned, never shared state. Kept in memory only (it holds the facts it was derived from), so
 * dropping it changes nothing but speed.
 */
export interface RulesMemo {
  readonly rules: ReadonlyMap<string, readonly Remembered[]>;
}

/**
 * How many outputs per rule: an update asks as of today and, at most, as of the command's effective
 * date. Few, since a cached workflow holds its memo (the board timetable's output at 340 facts: ~60 kB as JSON).
 */
const PER_RULE = 2;

/**
 * `evaluate`, re-running only the rules whose reads changed since an evaluation in `memo`: appending
 * a fact re-runs the rules that read its type (or every fact, or the parameters it changes), and
 * those that read the as-of date when it moved. Gives exactly `evaluate(input)` (a property test
 * over random fact sequences holds it to that), or throws the same RulesInputError.
 */
export function evaluateIncrementally(input: EvaluateInput, memo?: RulesMemo): { result: EvaluationResult; memo: RulesMemo } {
  const p = prepare(input);
  const registered = p.extra.slice(0, p.registered);
  const rules = new Map(memo?.rules);
  const outputs: RuleOutput[] = [];
  const run = (owner: Rulebook | Amendment) => {
    const ref = refOf(owner);
    owner.rules.forEach((rule, i) => {
      const key = `${ref.id}@${ref.version}#${i}`;
      const earlier = rules.get(key) ?? [];
      const hit = earlier.find((m) => m.rule === rule && m.start === p.start && m.base === p.base && sameList(m.registered, registered) && unchanged(m.reads, p.ctx));
      if (hit) {
        outputs.push(hit.output);
        if (hit !== earlier[0]) rules.set(key, [hit, ...earlier.filter((m) => m !== hit)]);
        return;
      }
      const reads: Reads = { types: new Map(), params: false };
      const output = runRule(rule, p.ctx.recording(ref, reads));
      outputs.push(output);
      rules.set(key, [{ rule, start: p.start, base: p.base, registered, reads, output }, ...earlier].slice(0, PER_RULE));
    });
  };
  run(p.base);
  for (const a of p.extra) run(a);
  return { result: resultOf(p, outputs), memo: { rules } };
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
