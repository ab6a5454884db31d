// Runs the data-only tests (OpenFisca style): every rules/src/rulebooks/<id>/tests/*.yaml file.
// A case gives facts (a named base plus extra facts), an as-of date, and either the results
// expected (subset match on the fields given) or the input error expected (the field it names).
import type { Explanation } from '@cs/domain/core';
import { evaluate, RulesInputError } from '../index';
import { amendments, rulebooks } from '../registry';
import { factsOf, loaded, type Expected } from '../../../test/support/rulebook-cases';

function matches(actual: Record<string, unknown> & { explanation: Explanation }, exp: Expected): boolean {
  for (const [k, v] of Object.entries(exp)) {
    if (k === 'cites' || k === 'says' || k === 'absent') continue;
    const value = k === 'ruleId' ? (actual.ruleId ?? actual.explanation.ruleId) : actual[k];
    if (value !== v) return false;
  }
  return true;
}

function check(kind: string, actual: (Record<string, unknown> & { explanation: Explanation })[], expected: Expected[] = []) {
  for (const exp of expected) {
    const found = actual.filter((a) => matches(a, exp));
    if (exp.absent) {
      expect({ kind, unexpected: exp, found: found.map((f) => f.explanation.text) }).toEqual({ kind, unexpected: exp, found: [] });
      continue;
    }
    expect({ kind, expected: exp, found: found.length > 0 ? 'yes' : actual.map((a) => `${a.key ?? a.decision} ${a.status ?? a.severity ?? a.open}`) }).toEqual({ kind, expected: exp, found: 'yes' });
    const e = found[0].explanation;
    for (const c of exp.cites ?? []) expect(e.clauses.map((x) => x.clause)).toContain(c);
    if (exp.says) expect(e.text).toContain(exp.says);
    if (found[0].ruleId !== undefined) expect(e.ruleId).toBe(found[0].ruleId);
    expect(e.text.length).toBeGreaterThan(20);
  }
}

describe.each(loaded)('$file', ({ data }) => {
  it.each(data.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const facts = factsOf(c);
    const input = { kind: c.kind ?? 'improvement-notice', facts, asOf: String(c.asOf), rulebookIds: c.rulebookIds };
    if (c.error) {
      let thrown: unknown;
      try {
        evaluate(input);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(RulesInputError);
      const issues = (thrown as RulesInputError).issues;
      expect(issues.map((i) => i.path)).toContain(c.error.path);
      if (c.error.says) expect(issues.map((i) => i.message).join(' | ')).toContain(c.error.says);
      return;
    }
    const result = evaluate(input);
    check('obligations', result.obligations as never, c.expect?.obligations);
    check('flags', result.flags as never, c.expect?.flags);
    check('decisions', result.decisions as never, c.expect?.decisions);
    if (c.expect?.noOpenObligations) expect(result.obligations.filter((o) => o.status !== 'met').map((o) => o.key)).toEqual([]);
  });
});

describe('coverage of the data-only tests', () => {
  const text = loaded.map((l) => JSON.stringify(l.data)).join('\n');
  it.each([...rulebooks, ...amendments].flatMap((b) => b.rules.map((r) => [`${b.id}/${r.id}`, r.id] as const)))('rule %s has a YAML test', (_n, id) => {
    expect(text).toContain(`"ruleId":"${id}"`);
  });
  it('has good and bad cases', () => {
    expect(loaded.flatMap((l) => l.data.cases).filter((c) => c.error).length).toBeGreaterThan(3);
  });
});
