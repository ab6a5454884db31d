import type { Fact, IsoDate } from '@cs/domain/core';
import type { Command } from '../shared/spec';

/** One DfE review (notice cl. 6-10): started → self-assessment → review meeting → outcome. */
export interface ReviewCycle {
  reviewId: string;
  stage: 'started' | 'held' | 'concluded';
  startedOn: IsoDate;
  selfAssessmentOn?: IsoDate;
  heldOn?: IsoDate;
  virtual?: boolean;
  topics?: string[];
  outcome?: 'sufficient-progress' | 'insufficient-progress';
  concludedOn?: IsoDate;
}

export const reviewFactTypes = ['review.started', 'self-assessment.submitted', 'review.held', 'review.outcome-recorded'] as const;

/** Fold one fact into the review cycles (facts arrive in chronological order). */
export function foldReview(cycles: ReviewCycle[], fact: Fact): ReviewCycle[] {
  if (fact.type === 'review.started') return [...cycles, { reviewId: fact.payload.reviewId, stage: 'started', startedOn: fact.effectiveOn }];
  const update = (reviewId: string, change: (c: ReviewCycle) => ReviewCycle) =>
    cycles.map((c) => (c.reviewId === reviewId ? change(c) : c));
  switch (fact.type) {
    case 'self-assessment.submitted':
      return update(fact.payload.reviewId, (c) => ({ ...c, selfAssessmentOn: fact.effectiveOn }));
    case 'review.held':
      return update(fact.payload.reviewId, (c) => ({ ...c, stage: 'held', heldOn: fact.effectiveOn, virtual: fact.payload.virtual, topics: fact.payload.topics }));
    case 'review.outcome-recorded':
      return update(fact.payload.reviewId, (c) => ({ ...c, stage: 'concluded', outcome: fact.payload.outcome, concludedOn: fact.effectiveOn }));
    default:
      return cycles;
  }
}

/** The review in progress, if any: a notice runs one review cycle at a time. */
export function openReview(cycles: readonly ReviewCycle[]): ReviewCycle | undefined {
  return cycles.find((c) => c.stage !== 'concluded');
}

/** Why a review command is out of order, or undefined when it fits the cycle. */
export function refuseReviewStep(command: Command, cycles: readonly ReviewCycle[]): string | undefined {
  const open = openReview(cycles);
  if (command.type === 'review.started') {
    if (open) return `review ${open.reviewId} is still open (${open.stage}); conclude it before starting another`;
    if (cycles.some((c) => c.reviewId === command.payload.reviewId)) return `review ${command.payload.reviewId} already exists`;
    return undefined;
  }
  if (command.type !== 'self-assessment.submitted' && command.type !== 'review.held' && command.type !== 'review.outcome-recorded') return undefined;
  const reviewId = command.payload.reviewId;
  const cycle = cycles.find((c) => c.reviewId === reviewId);
  if (!cycle) return `no review ${reviewId} has been started by ${command.effectiveOn}`;
  if (cycle.stage === 'concluded') return `review ${reviewId} is concluded`;
  if (command.type === 'self-assessment.submitted' && cycle.stage !== 'started') return `the self-assessment comes before review ${reviewId} is held`;
  if (command.type === 'review.held' && cycle.stage !== 'started') return `review ${reviewId} was already held on ${cycle.heldOn}`;
  if (command.type === 'review.outcome-recorded' && cycle.stage !== 'held') return `review ${reviewId} has not been held yet`;
  return undefined;
}
