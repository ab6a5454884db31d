// The model's guarantees: a value without a citation is refused, a gap or a conflict fails loading.
import { improvementNotice } from '../rulebooks/improvement-notice';
import { covid19Flexibilities } from '../rulebooks/covid-19-flexibilities';
import { parameterSchema, loadRulebookSet, RulebookLoadError, type Amendment, type Rulebook } from './index';

const other: Amendment = { ...covid19Flexibilities, id: 'other-letter', citeAs: 'the other letter', rules: [] };

describe('rulebook model', () => {
  it('refuses a parameter value without a citation', () => {
    const r = parameterSchema().safeParse({ description: 'x', values: [{ from: '2020-01-01', value: 1 }] });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('citation');
  });

  it('refuses an uncited value inside a rulebook when loading', () => {
    const bad: Rulebook = { ...improvementNotice, parameters: { ...improvementNotice.parameters, 'review.maxIntervalMonths': { description: 'x', values: [{ from: '2019-05-23', value: 6 }] } as never } };
    expect(() => loadRulebookSet(bad)).toThrow(/schema: improvement-notice: parameters.review.maxIntervalMonths.values.0.citation/);
  });

  it('fails on a gap: a parameter a rule needs that ends (null) on some date', () => {
    const p = improvementNotice.parameters['review.graceMonths'];
    const bad: Rulebook = { ...improvementNotice, parameters: { ...improvementNotice.parameters, 'review.graceMonths': { ...p, values: [...p.values, { ...p.values[0], from: '2025-01-01', value: null }] } } };
    expect(() => loadRulebookSet(bad)).toThrow(/gap: .*review-cadence needs 'review.graceMonths', which has no value from 2025-01-01/);
  });

  it('fails on a gap: a parameter a rule needs that the rulebook does not define', () => {
    const { ['board.maxIntervalDays']: _gone, ...rest } = improvementNotice.parameters;
    try {
      loadRulebookSet({ ...improvementNotice, parameters: rest });
      throw new Error('should have failed');
    } catch (e) {
      expect(e).toBeInstanceOf(RulebookLoadError);
      expect((e as RulebookLoadError).problem).toBe('gap');
      expect((e as Error).message).toContain("board-timetable needs 'board.maxIntervalDays'");
    }
  });

  it('fails on a conflict: two amendments override one parameter in overlapping windows', () => {
    const windows = [
      { amendmentId: 'covid-19-flexibilities', from: '2020-06-18', to: '2021-07-19', startFactId: 'a' },
      { amendmentId: 'other-letter', from: '2021-01-01', startFactId: 'b' },
    ];
    expect(() => loadRulebookSet(improvementNotice, [covid19Flexibilities, other], windows)).toThrow(
      /conflict: amendments covid-19-flexibilities \(from 2020-06-18 to 2021-07-19\) and other-letter \(from 2021-01-01\) both override board.followAgreedTimetable/,
    );
  });

  it('accepts the same two amendments in windows that only touch (end day = start day)', () => {
    const windows = [
      { amendmentId: 'covid-19-flexibilities', from: '2020-06-18', to: '2021-07-19', startFactId: 'a' },
      { amendmentId: 'other-letter', from: '2021-07-19', startFactId: 'b' },
    ];
    const set = loadRulebookSet(improvementNotice, [covid19Flexibilities, other], windows);
    expect(set.read('board.maxIntervalDays', '2021-07-18').source.id).toBe('covid-19-flexibilities');
    expect(set.read('board.maxIntervalDays', '2021-07-19').source.id).toBe('other-letter');
  });

  it('precedence: the amendment beats the base inside its window, the base applies outside', () => {
    const set = loadRulebookSet(improvementNotice, [covid19Flexibilities], [{ amendmentId: 'covid-19-flexibilities', from: '2020-06-18', to: '2021-07-19', startFactId: 'a' }]);
    expect(set.read('review.graceMonths', '2020-06-17')).toMatchObject({ value: 0, source: { id: 'improvement-notice' }, citation: { clause: 'cl. 6' } });
    expect(set.read('review.graceMonths', '2020-06-18')).toMatchObject({ value: 3, source: { id: 'covid-19-flexibilities' }, citation: { clause: '(e)' } });
    expect(set.read('review.graceMonths', '2021-07-18')).toMatchObject({ value: 3 });
    expect(set.read('review.graceMonths', '2021-07-19')).toMatchObject({ value: 0, source: { id: 'improvement-notice' } });
  });
});
