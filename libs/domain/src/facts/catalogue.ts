import { z } from 'zod/mini';
import * as adviser from './adviser';
import * as board from './board';
import * as cb from './continuing-board';
import * as direction from './direction';
import * as flexibility from './flexibility';
import * as inspection from './inspection';
import * as notice from './notice';
import * as plan from './plan';
import * as review from './review';

/**
 * Every kind of fact the product records, by type name, with the schema of its payload.
 * A command a person gives carries one of these; once accepted it is stored as a fact.
 */
export const factPayloads = {
  'notice.issued': notice.NoticeIssued,
  'adviser.appointed': adviser.AdviserAppointed,
  'adviser.recommendation-made': adviser.RecommendationMade,
  'adviser.reported': adviser.AdviserReported,
  'diagnostic-review.requested': adviser.DiagnosticReviewRequested,
  'plan.agreed': plan.PlanAgreed,
  'objective.added': plan.ObjectiveAdded,
  'objective.progress-recorded': plan.ProgressRecorded,
  'board.established': board.BoardEstablished,
  'board.chair-changed': board.BoardChairChanged,
  'board.met': board.BoardMet,
  'review.started': review.ReviewStarted,
  'self-assessment.submitted': review.SelfAssessmentSubmitted,
  'review.held': review.ReviewHeld,
  'review.outcome-recorded': review.ReviewOutcomeRecorded,
  'inspection.published': inspection.InspectionPublished,
  'flexibility.started': flexibility.FlexibilityStarted,
  'flexibility.ended': flexibility.FlexibilityEnded,
  'assessment.decided': notice.AssessmentDecided,
  'notice.replaced': notice.NoticeReplaced,
  'ministerial.decided': notice.MinisterialDecision,
  'rulebook.adopted': notice.RulebookAdopted,
  'direction.issued': direction.DirectionIssued,
  'commissioner.appointed': direction.CommissionerAppointed,
  'commissioner.reported': direction.CommissionerReported,
  'commissioner.left': direction.CommissionerLeft,
  'arrangement.live': direction.ArrangementLive,
  'arrangement.ended': direction.ArrangementEnded,
  'direction.revised': direction.DirectionRevised,
  'direction.ended': direction.DirectionEnded,
  'support.started': cb.SupportStarted,
  'ambitions-board.established': cb.AmbitionsBoardEstablished,
  'ambitions-board.met': cb.AmbitionsBoardMet,
  'ambitions-board.closed': cb.AmbitionsBoardClosed,
} as const;

export type FactType = keyof typeof factPayloads;
export const FactType = z.enum(Object.keys(factPayloads) as [FactType, ...FactType[]]);

const literals = new Map<FactType, z.ZodMiniLiteral<FactType>>();

/**
 * A fact type's `type` literal, one instance shared by the Fact and the Command schemas, built when
 * the first of their variants for that type is (variant-on-first-use.ts): every cached workflow
 * builds the schemas it uses for itself, so each instance saved is saved per workflow.
 */
export function typeLiteral<T extends FactType>(type: T): z.ZodMiniLiteral<T> {
  let literal = literals.get(type);
  if (!literal) literals.set(type, (literal = z.literal(type)));
  return literal as z.ZodMiniLiteral<T>;
}
export type PayloadOf<T extends FactType> = z.infer<(typeof factPayloads)[T]>;
