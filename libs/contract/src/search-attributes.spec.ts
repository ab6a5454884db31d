import { searchAttributeDeclarations, searchAttributesOf, visibilityQuery } from './search-attributes';

describe('search attributes', () => {
  it('are declared with the CLI type names `temporal operator search-attribute create` takes', () => {
    expect(searchAttributeDeclarations).toEqual([
      { name: 'Council', cliType: 'Keyword' },
      { name: 'InstrumentKind', cliType: 'Keyword' },
      { name: 'Phase', cliType: 'Keyword' },
      { name: 'NextDueOn', cliType: 'Datetime' },
      { name: 'Overdue', cliType: 'Bool' },
    ]);
  });

  it('hold an instrument register row: due date as midnight UTC, overdue when any obligation is', () => {
    const pairs = searchAttributesOf({ councilSlug: 'trafford', kind: 'improvement-notice', phase: 'assessment', nextDueOn: '2021-03-31', overdueCount: 2 });
    expect(pairs.map(({ key, value }) => [key.name, value])).toEqual([
      ['Council', 'trafford'],
      ['InstrumentKind', 'improvement-notice'],
      ['Phase', 'assessment'],
      ['NextDueOn', new Date('2021-03-31T00:00:00.000Z')],
      ['Overdue', true],
    ]);
  });

  it('clear the due date when nothing is due, and say not overdue', () => {
    const pairs = searchAttributesOf({ councilSlug: 'trafford', kind: 'improvement-notice', phase: 'lifted', nextDueOn: null, overdueCount: 0 });
    expect(pairs.slice(3).map(({ key, value }) => [key.name, value])).toEqual([
      ['NextDueOn', null],
      ['Overdue', false],
    ]);
  });

  it('turn the register filters into one visibility query, one row per instrument', () => {
    expect(visibilityQuery({})).toBe('ExecutionStatus != "ContinuedAsNew"');
    expect(visibilityQuery({ council: 'trafford', kind: 'statutory-direction', phase: 'commissioner-appointed', overdue: false, dueOnOrBefore: '2026-12-31' })).toBe(
      'ExecutionStatus != "ContinuedAsNew" AND Council = "trafford" AND InstrumentKind = "statutory-direction" AND Phase = "commissioner-appointed"' +
        ' AND Overdue = false AND NextDueOn <= "2026-12-31T00:00:00.000Z"',
    );
  });

  it('quote a value so it cannot change the query', () => {
    expect(visibilityQuery({ council: 'x" OR Council != "y' })).toBe('ExecutionStatus != "ContinuedAsNew" AND Council = "x\\" OR Council != \\"y"');
  });
});
