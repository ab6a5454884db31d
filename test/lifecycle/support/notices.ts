import { addDays, type Actor, type Fact, type FactType, type IsoDate, type PayloadOf } from '@cs/domain';
import { actors } from './harness';

/** Facts for a small notice of another council, written as data (deterministic ids). */
export class NoticeFacts {
  readonly facts: Fact[] = [];
  constructor(readonly council: { slug: string; name: string }) {}

  add<T extends FactType>(type: T, effectiveOn: IsoDate, payload: PayloadOf<T>, actor: Actor): Fact {
    const fact = {
      id: `${this.council.slug}-${type}-${effectiveOn}-${this.facts.length + 1}`,
      type,
      effectiveOn,
      recordedAt: `${addDays(effectiveOn, 1)}T10:00:00.000Z`,
      actor,
      payload,
    } as unknown as Fact;
    this.facts.push(fact);
    return fact;
  }

  issued(on: IsoDate, inspectionPublishedOn: IsoDate): Fact {
    return this.add('notice.issued', on, {
      council: this.council,
      trigger: { kind: 'ilacs-inadequate', inspectionPublishedOn },
      areasForImprovement: [{ id: 'front-door', text: 'Thresholds at the front door' }],
    }, actors.caselead);
  }

  /** Adviser, board and plan: the notice is under improvement from `on`. */
  underImprovement(on: IsoDate): void {
    const office = actors.office(this.council.slug);
    this.add('adviser.appointed', on, { name: 'An adviser' }, actors.caselead);
    this.add('board.established', on, { chair: { name: 'Independent chair', councilOfficerOrMember: false }, meetingIntervalDays: 28 }, office);
    this.add('plan.agreed', on, { objectives: [{ id: 'obj-1', title: 'Front door', covers: ['front-door'] }] }, office);
  }

  review(id: string, startedOn: IsoDate, heldOn: IsoDate, outcome: 'sufficient-progress' | 'insufficient-progress'): void {
    const office = actors.office(this.council.slug);
    this.add('review.started', startedOn, { reviewId: id }, office);
    this.add('self-assessment.submitted', startedOn, { reviewId: id, covers: { progressAgainstObjectives: true, staffSurveys: true, supervision: true } }, office);
    this.add('review.held', heldOn, { reviewId: id, virtual: false, topics: ['culture', 'performance'] }, actors.caselead);
    this.add('review.outcome-recorded', heldOn, { reviewId: id, outcome, summary: `Review ${id}: ${outcome}` }, actors.caselead);
  }
}
