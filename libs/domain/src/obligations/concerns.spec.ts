import { councilOf, obligationSubjectKey, rolesConcerned } from './concerns';

describe('who a reminder concerns', () => {
  it('sends a board reminder to the programme office and the chair, a review to the caselead too', () => {
    expect(rolesConcerned('board-timetable:board-3:2019-10-10')).toEqual(['programme-office', 'board-chair']);
    expect(rolesConcerned('review-cadence:review-2:2020-05-14')).toEqual(['programme-office', 'dfe-caselead']);
    expect(rolesConcerned('adviser-reports:-:2019-11-07')).toEqual(['adviser', 'dfe-caselead']);
  });

  it('falls back to the programme office for a rule it does not list', () => {
    expect(rolesConcerned('some-new-rule:x:2020-01-01')).toEqual(['programme-office']);
  });

  it('keeps an obligation\'s identity when the rules move its date', () => {
    expect(obligationSubjectKey('board-timetable:board-3:2019-10-10')).toBe('board-timetable:board-3');
    expect(obligationSubjectKey('adviser-reports:-:2019-11-07')).toBe('adviser-reports:-');
  });

  it('reads the council from the workflow id', () => {
    expect(councilOf('notice/trafford/2019-05-23')).toBe('trafford');
    expect(councilOf('continuing-board/stockport-2/2023-02-21')).toBe('stockport-2');
  });
});
