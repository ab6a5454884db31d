import { readRow, trackerDate } from './tracker-row';

describe('a tracker row as a command', () => {
  it('reads a progress rating, a UK date and lower-cases the rating', () => {
    expect(readRow({ record: 'progress', date: '15/07/2019', objective: 'obj-1', delivery: 'Amber', note: 'Front door review' })).toEqual({
      command: { type: 'objective.progress-recorded', effectiveOn: '2019-07-15', payload: { objectiveId: 'obj-1', delivery: 'amber', note: 'Front door review' } },
    });
  });

  it('reads a board meeting from its lists of what the report had and whose voice was heard', () => {
    const row = readRow({ record: 'board', date: '2019-07-18', report: 'data; analysis; impact', voice: 'staff', slow: 'obj-1;obj-3', virtual: 'no' });
    expect(row).toEqual({
      command: {
        type: 'board.met',
        effectiveOn: '2019-07-18',
        payload: {
          virtual: false,
          report: { data: true, analysis: true, recommendations: false, evidenceOfImpact: true },
          voice: { frontlineStaff: true, childrenAndYoungPeople: false },
          slowObjectivesHighlighted: ['obj-1', 'obj-3'],
        },
      },
    });
  });

  it('refuses a row naming the column a person must correct', () => {
    expect(readRow({ record: 'progress', date: '2019-07-15', objective: 'obj-1', delivery: 'purple' })).toEqual({ refused: expect.stringMatching(/^delivery: /) });
    expect(readRow({ record: 'progress', date: '31/02/2019', objective: 'obj-1', delivery: 'red' })).toEqual({ refused: expect.stringMatching(/^date: /) });
    expect(readRow({ record: 'review-outcome', date: '2019-11-14', review: 'review-1', outcome: 'sufficient-progress' })).toEqual({ refused: expect.stringMatching(/^summary: /) });
    expect(readRow({ record: 'minutes', date: '2019-11-14' })).toEqual({ refused: expect.stringMatching(/^record: "minutes" is not one of objective, progress/) });
    expect(readRow({ date: '2019-11-14' })).toEqual({ refused: expect.stringMatching(/^record: empty/) });
  });

  it('reads dates as YYYY-MM-DD or DD/MM/YYYY', () => {
    expect([trackerDate('2019-05-23'), trackerDate('3/6/2020'), trackerDate(' ')]).toEqual(['2019-05-23', '2020-06-03', undefined]);
  });
});
