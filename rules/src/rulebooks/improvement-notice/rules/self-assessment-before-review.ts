import { addDays, type Flag } from '@cs/domain/core';
import { explain, flag, obligation, type Rule } from '../../../model';
import { notice } from '../../../sources/documents';
import { reviewSchedule } from '../schedules';

/*
 * Notice cl. 10:
 *   "Prior to any reviews, the council should provide its own assessment of improvement. This may
 *    reflect, but is not limited to: a. progress against the improvement plan objectives; b. staff
 *    surveys; c. staff supervision and the quality of feedback."
 * Decides: a self-assessment is due selfAssessment.leadDays before each review (the date it was
 * held, or else its due date); met by one for that review (same reviewId, or for the next review
 * any submitted since the last one). Info when the latest leaves out a cl. 10 topic.
 */
export const selfAssessmentBeforeReview: Rule = {
  id: 'self-assessment-before-review',
  decides: 'when the self-assessment before each review is due',
  clauses: [notice('cl. 10', 'Prior to any reviews, the council should provide its own assessment of improvement.')],
  needs: ['selfAssessment.leadDays'],
  evaluate(ctx) {
    const submitted = ctx.of('self-assessment.submitted');
    const obligations = reviewSchedule(ctx).map((s) => {
      const reviewOn = s.held?.effectiveOn ?? s.dueOn;
      const [lead, use] = ctx.num('selfAssessment.leadDays', reviewOn);
      const dueOn = addDays(reviewOn, -lead);
      const sa = s.held
        ? submitted.find((f) => f.payload.reviewId === s.held!.payload.reviewId && f.effectiveOn <= reviewOn)
        : submitted.find((f) => f.effectiveOn > s.basis.effectiveOn);
      const review = s.held ? `review ${s.n} held on ${reviewOn}` : `review ${s.n} due by ${reviewOn}`;
      const text = sa
        ? `Self-assessment for ${review} was due by ${dueOn} and submitted on ${sa.effectiveOn}: cl. 10 requires it before any review, ${lead} days ahead by our reading.`
        : `Self-assessment due by ${dueOn} for ${review}: cl. 10 requires the council's own assessment before any review, ${lead} days ahead by our reading.`;
      return obligation(ctx, this, { kind: 'self-assessment', subject: `review-${s.n}`, dueOn, metOn: sa?.effectiveOn },
        explain(ctx, this, { uses: [use], facts: [s.basis, s.held, sa], text }));
    });
    const flags: Flag[] = [];
    const latest = submitted[submitted.length - 1];
    if (latest) {
      const c = latest.payload.covers;
      const missing = [!c.progressAgainstObjectives && 'progress against objectives (a)', !c.staffSurveys && 'staff surveys (b)', !c.supervision && 'supervision (c)'].filter(Boolean);
      if (missing.length) {
        const text = `The self-assessment of ${latest.effectiveOn} does not reflect ${missing.join(', ')}: cl. 10 lists them as what it may reflect.`;
        flags.push(flag(this, { kind: 'self-assessment-incomplete', subject: latest.payload.reviewId, severity: 'info' }, explain(ctx, this, { facts: [latest], text })));
      }
    }
    return { obligations, flags };
  },
};
