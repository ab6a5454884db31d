import type { Fact } from '@cs/domain/core';
import { checkOnce } from './checked-facts';
import { evaluate, RulesInputError } from './evaluate';
import { TRAFFORD, traffordNoticeFacts } from './fixtures/trafford';

const copies = (facts: Fact[]): Fact[] => JSON.parse(JSON.stringify(facts));
const notice = () => traffordNoticeFacts().filter((f) => f.effectiveOn >= TRAFFORD.issuedOn);

describe('checkOnce: facts checked once, trusted by identity afterwards', () => {
  it('gives the same evaluation as facts checked every time', () => {
    const plain = copies(notice());
    const checked = copies(notice()).map(checkOnce);
    for (const asOf of ['2019-06-01', '2020-09-01', '2023-02-21']) {
      expect(evaluate({ kind: 'improvement-notice', facts: checked, asOf })).toEqual(evaluate({ kind: 'improvement-notice', facts: plain, asOf }));
    }
  });

  it('reads the checked form, defaults filled in, where the fact left them out', () => {
    const [issued, ...rest] = copies(notice());
    const withoutDefault = { ...issued, payload: { ...issued.payload, areasForImprovement: undefined } } as unknown as Fact;
    delete (withoutDefault.payload as Record<string, unknown>).areasForImprovement;
    const plain = evaluate({ kind: 'improvement-notice', facts: [withoutDefault, ...rest], asOf: '2020-01-01' });
    const checked = evaluate({ kind: 'improvement-notice', facts: [checkOnce(withoutDefault), ...rest.map(checkOnce)], asOf: '2020-01-01' });
    expect(checked).toEqual(plain);
  });

  it('freezes what it checked, so it cannot change afterwards', () => {
    const [fact] = copies(notice()).map(checkOnce);
    expect(Object.isFrozen(fact)).toBe(true);
    expect(Object.isFrozen(fact.payload)).toBe(true);
    expect(Object.isFrozen(fact.actor)).toBe(true);
  });

  it('leaves a bad fact as it was, and evaluate still says why', () => {
    const facts = copies(notice()).map(checkOnce);
    const bad = checkOnce({ ...facts[1], id: '' } as Fact);
    expect(Object.isFrozen(bad)).toBe(false);
    let thrown: unknown;
    try {
      evaluate({ kind: 'improvement-notice', facts: [facts[0], bad], asOf: '2020-01-01' });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(RulesInputError);
    expect((thrown as RulesInputError).issues.map((i) => i.path)).toEqual(['facts[1].id']);
  });

  it('still checks the rest of the input', () => {
    const facts = copies(notice()).map(checkOnce);
    expect(() => evaluate({ kind: 'improvement-notice', facts, asOf: 'soon' })).toThrow(RulesInputError);
  });
});
