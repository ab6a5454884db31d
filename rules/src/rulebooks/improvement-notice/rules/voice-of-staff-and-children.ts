import { explain, flag, type Rule } from '../../../model';
import type { FactOf, Flag } from '@cs/domain/core';
import { notice } from '../../../sources/documents';

/*
 * Notice cl. 5e:
 *   "the views of frontline staff and of children and young people will be taken into
 *    consideration in the development of practice and standards."
 * Decides: each review period (between two DfE reviews) shows both voices in at least one board
 * report. Warning for the last completed period; info for the current period once a board has
 * met in it without them.
 */
const VOICES = { frontlineStaff: 'frontline-staff', childrenAndYoungPeople: 'children-and-young-people' } as const;

export const voiceOfStaffAndChildren: Rule = {
  id: 'voice-of-staff-and-children',
  decides: 'whether each period shows the views of frontline staff and of children and young people',
  clauses: [notice('cl. 5e', 'the views of frontline staff and of children and young people will be taken into consideration')],
  needs: [],
  evaluate(ctx) {
    if (ctx.endedOn) return {};
    const reviews = ctx.of('review.held');
    const boards = ctx.of('board.met');
    const lastReview = reviews[reviews.length - 1]?.effectiveOn;
    const prevReview = reviews[reviews.length - 2]?.effectiveOn ?? ctx.start.effectiveOn;
    const flags: Flag[] = [];
    const check = (from: string, to: string | undefined, kind: string, severity: Flag['severity'], label: string) => {
      // Only meetings whose report's voices are recorded can show them, or fail to.
      const inPeriod = boards.filter((b) => b.payload.voice && b.effectiveOn > from && (to === undefined || b.effectiveOn <= to));
      if (!inPeriod.length) return;
      for (const key of Object.keys(VOICES) as (keyof typeof VOICES)[]) {
        if (inPeriod.some((b: FactOf<'board.met'>) => b.payload.voice?.[key])) continue;
        const who = key === 'frontlineStaff' ? 'frontline staff' : 'children and young people';
        const text = `No board report ${label} (${inPeriod.length} meeting(s) from ${inPeriod[0].effectiveOn}) shows the views of ${who}: cl. 5e requires them to be taken into consideration.`;
        flags.push(flag(this, { kind, subject: VOICES[key], severity }, explain(ctx, this, { facts: inPeriod, text })));
      }
    };
    if (lastReview) check(prevReview, lastReview, 'voice-missing', 'warning', `in the review period ending ${lastReview}`);
    check(lastReview ?? ctx.start.effectiveOn, undefined, 'voice-not-yet-heard', 'info', 'in the current review period');
    return { flags };
  },
};
