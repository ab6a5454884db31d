import type { RegisterItem } from '@cs/domain';
import { ragOf } from './rag';

const item = (over: Partial<RegisterItem>): RegisterItem => ({
  workflowId: 'notice/trafford/2019-05-23',
  path: '/instruments/notice/trafford/2019-05-23',
  kind: 'improvement-notice',
  councilSlug: 'trafford',
  councilName: 'Trafford Council',
  phase: 'under-improvement',
  startedOn: '2019-05-23',
  nextDueOn: '2021-01-01',
  overdueCount: 0,
  flagCount: 0,
  linkedFrom: null,
  linkedTo: null,
  updatedAt: '2020-01-01T00:00:00.000Z',
  ...over,
});

describe('the caseload rating', () => {
  const today = '2020-12-01';
  it('is red with the number overdue when anything is overdue', () => {
    expect(ragOf(item({ overdueCount: 2 }), today)).toMatchObject({ rating: 'red', text: 'Red: 2 overdue' });
  });
  it('is amber when the next obligation falls within 30 days, or a flag is raised', () => {
    expect(ragOf(item({ nextDueOn: '2020-12-31' }), today).rating).toBe('amber');
    expect(ragOf(item({ nextDueOn: '2021-01-01', flagCount: 1 }), today).rating).toBe('amber');
  });
  it('is green when nothing is due soon, overdue or flagged', () => {
    expect(ragOf(item({ nextDueOn: '2021-01-01' }), today).rating).toBe('green');
  });
  it('is grey once the instrument has ended, whatever was open', () => {
    expect(ragOf(item({ phase: 'lifted', overdueCount: 3 }), today)).toMatchObject({ rating: 'grey', text: 'Ended' });
  });
});
