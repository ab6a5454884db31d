import { addMonths, type Fact, type FactOf, type IsoDate, type ParameterUse } from '@cs/domain/core';
import { endOfMonth, type RuleContext } from '../../model';

export interface ReviewSlot {
  n: number;
  /** The date the previous review (or the notice) fixed the clock from. */
  basis: Fact;
  originalDueOn: IsoDate;
  dueOn: IsoDate;
  uses: ParameterUse[];
  held?: FactOf<'review.held'>;
}

/**
 * DfE reviews (cl. 6, letter (e)): each due within review.maxIntervalMonths of the previous one (or
 * of the notice), plus review.graceMonths as in force on the original due date. An extension
 * granted under the flexibilities stands even if they end before the extended date.
 */
export function reviewSchedule(ctx: RuleContext): ReviewSlot[] {
  const slots: ReviewSlot[] = [];
  const held = ctx.of('review.held');
  let basis: Fact = ctx.start;
  for (let n = 1; ; n++) {
    const [months, monthsUse] = ctx.num('review.maxIntervalMonths', basis.effectiveOn);
    const originalDueOn = addMonths(basis.effectiveOn, months);
    const [grace, graceUse] = ctx.num('review.graceMonths', originalDueOn);
    const dueOn = addMonths(originalDueOn, grace);
    const next: FactOf<'review.held'> | undefined = held[n - 1];
    if (!next && ctx.endedOn && ctx.endedOn <= dueOn) break;
    slots.push({ n, basis, originalDueOn, dueOn, uses: [monthsUse, graceUse], held: next });
    if (!next) break;
    basis = next;
  }
  return slots;
}

/** The deadline for the plan's actions (cl. 11), as stated in the notice or derived, then extended. */
export function deadline(ctx: RuleContext): { dueOn: IsoDate; uses: ParameterUse[]; facts: Fact[]; how: string } {
  const issued = ctx.start as FactOf<'notice.issued'>;
  const extension = ctx.of('assessment.decided').filter((d) => d.payload.decision === 'extend' && d.payload.newDeadlineOn).pop();
  if (extension) return { dueOn: extension.payload.newDeadlineOn!, uses: [], facts: [issued, extension], how: `extended on ${extension.effectiveOn}` };
  if (issued.payload.deadlineOn) return { dueOn: issued.payload.deadlineOn, uses: [], facts: [issued], how: 'as stated in the notice' };
  const [months, monthsUse] = ctx.num('deadline.monthsFromInspection', issued.effectiveOn);
  const [lag, lagUse] = ctx.num('deadline.inspectionBeforePublicationMonths', issued.effectiveOn);
  const published = issued.payload.trigger.inspectionPublishedOn;
  return {
    dueOn: endOfMonth(addMonths(published, months - lag)),
    uses: [monthsUse, lagUse],
    facts: [issued],
    how: `the end of the month ${months} months after the inspection (taken as ${lag} months before its publication on ${published})`,
  };
}
