import type { Fact, IsoDate } from '@cs/domain';
import { TRAFFORD, traffordContinuingBoardFacts, traffordNoticeFacts } from '../../rules/src/fixtures/trafford';
import { forCouncil } from '../../test/lifecycle/support/harness';

export interface Timeline {
  /** The starting fact (the workflow's start input). */
  start: Fact;
  /** Every later fact, in the order people give them (each one an update). */
  facts: Fact[];
}

/**
 * The Trafford notice as test/lifecycle/trafford.int.ts enters it: from the issue (the 2019 ILACS
 * predates it and rides in as the trigger) up to `until`, optionally under another council.
 */
export function noticeTimeline(until?: IsoDate, council?: { slug: string; name: string }): Timeline {
  const own = traffordNoticeFacts({ until }).filter((f) => f.effectiveOn >= TRAFFORD.issuedOn);
  const [start, ...facts] = council ? forCouncil(own, council) : own;
  return { start, facts };
}

/** The continuing board after the lifting: support and supervision, then the Ambitions Board. */
export function boardTimeline(council?: { slug: string; name: string }): Timeline {
  const own = traffordContinuingBoardFacts();
  const [start, ...facts] = council ? forCouncil(own, council) : own;
  return { start, facts };
}

/** Whether a notice timeline reaches the lifting (and so hands over to the continuing board). */
export function reachesLifting(notice: Timeline): boolean {
  return notice.facts.some((f) => f.type === 'assessment.decided' && f.effectiveOn === TRAFFORD.liftedOn);
}

export { TRAFFORD };
