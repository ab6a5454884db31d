import type { Fact } from '@cs/domain/core';
import type { Command } from '../shared/spec';
import { foldReview, openReview, refuseReviewStep, type ReviewCycle } from './review-cycle';

const fact = (type: string, effectiveOn: string, payload: object) =>
  ({ id: `${type}-${effectiveOn}`, type, effectiveOn, recordedAt: `${effectiveOn}T09:00:00.000Z`, actor: { id: 'x', role: 'programme-office' }, payload }) as Fact;
const cmd = (type: string, effectiveOn: string, payload: object) => ({ type, effectiveOn, payload }) as Command;

describe('review cycle: started → self-assessment → held → outcome', () => {
  const started = foldReview([], fact('review.started', '2020-01-01', { reviewId: 'r1' }));

  it('refuses steps out of order, with the reason', () => {
    expect(refuseReviewStep(cmd('review.outcome-recorded', '2020-01-20', { reviewId: 'r1', outcome: 'sufficient-progress', summary: 's' }), started)).toBe('review r1 has not been held yet');
    expect(refuseReviewStep(cmd('review.held', '2020-01-20', { reviewId: 'r2', topics: [] }), started)).toBe('no review r2 has been started by 2020-01-20');
    expect(refuseReviewStep(cmd('review.started', '2020-01-20', { reviewId: 'r2' }), started)).toMatch(/^review r1 is still open/);
  });

  it('concludes with the outcome and allows the next review', () => {
    let cycles: ReviewCycle[] = started;
    cycles = foldReview(cycles, fact('self-assessment.submitted', '2020-01-10', { reviewId: 'r1', covers: {} }));
    cycles = foldReview(cycles, fact('review.held', '2020-01-20', { reviewId: 'r1', virtual: true, topics: ['culture'] }));
    cycles = foldReview(cycles, fact('review.outcome-recorded', '2020-01-20', { reviewId: 'r1', outcome: 'insufficient-progress', summary: 's' }));
    expect(cycles).toEqual([
      { reviewId: 'r1', stage: 'concluded', startedOn: '2020-01-01', selfAssessmentOn: '2020-01-10', heldOn: '2020-01-20', virtual: true, topics: ['culture'], outcome: 'insufficient-progress', concludedOn: '2020-01-20' },
    ]);
    expect(openReview(cycles)).toBeUndefined();
    expect(refuseReviewStep(cmd('review.started', '2020-02-01', { reviewId: 'r2' }), cycles)).toBeUndefined();
    expect(refuseReviewStep(cmd('review.started', '2020-02-01', { reviewId: 'r1' }), cycles)).toBe('review r1 already exists');
  });
});
