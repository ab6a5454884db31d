import { z } from 'zod';
import { Council } from '../roles';
import { NoticeTerms, Trigger } from './notice';
import { Arrangement, DecisionBasis, InstrumentId, InstrumentTerms, Override } from './terms';
import { Name, Text } from './text';

export { Arrangement };

/** A statutory direction under s497A Education Act 1996, on escalation or directly. */
export const DirectionIssued = z.object({
  council: Council,
  basis: z.enum(['escalation', 'direct']),
  fromInstrumentId: z.string().max(200).optional(),
  arrangement: Arrangement.default('council-control'),
  /** What led to it, for a direction made directly. */
  trigger: Trigger.optional(),
  /** The earlier instrument for this council this one follows (other than the one escalated). */
  follows: InstrumentId.optional(),
  ...InstrumentTerms,
});
export const CommissionerAppointed = z.object({ name: Name });
export const CommissionerReported = z.object({
  reportKind: z.enum(['initial', 'review']),
  summary: Text,
  /** What the commissioner recommends, when the report says. */
  recommends: z.enum(['revoke', 'step-down', 'continue', 'trust', 'partner-council', 'council-owned-company']).optional(),
});
/** The commissioner leaves; replaced by another commissioner, by an adviser, or not at all. */
export const CommissionerLeft = z.object({ name: Name.optional(), replacedBy: z.enum(['commissioner', 'adviser']).optional() });
/**
 * The direction is revised (s497A(2A)): a new arrangement, or the same arrangement with new terms,
 * duties or report dates (stated report dates replace the schedule from then on).
 */
export const DirectionRevised = z.object({
  arrangement: Arrangement.optional(),
  reason: Text,
  ...InstrumentTerms,
  override: Override.optional(),
});
/** A trust or company takes over services on its own date, after the revision that arranged it. */
export const ArrangementLive = z.object({ arrangement: Arrangement, body: Name });
/**
 * Services leave the trust, company or partner council that ran them and return to the council's
 * own control on this date (Doncaster's trust absorbed back into the council, Worcestershire's and
 * Reading's companies brought back in-house, Isle of Wight's partnership with Hampshire ended).
 */
export const ArrangementEnded = z.object({ body: Name, reason: Text });
/** Ministers decide the direction is no longer needed as it stands. */
export const DirectionEnded = z.object({
  outcome: z.enum(['step-down', 'revoke']),
  reason: Text,
  basis: DecisionBasis.optional(),
  /** Step-down: the new notice's own trigger, areas and deadline. */
  notice: NoticeTerms.partial({ trigger: true }).optional(),
  /** Revocation followed by a period of support and supervision. */
  supportAndSupervision: z.boolean().optional(),
  override: Override.optional(),
});
