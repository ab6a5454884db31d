import { z } from 'zod';
import { Council } from '../roles';
import { Name, Text } from './text';

/** How a direction arranges children's services (s497A(2A) revisions). */
export const Arrangement = z.enum(['council-control', 'partner-council', 'trust', 'council-owned-company']);

/** A statutory direction under s497A Education Act 1996, on escalation or directly. */
export const DirectionIssued = z.object({
  council: Council,
  basis: z.enum(['escalation', 'direct']),
  fromInstrumentId: z.string().max(200).optional(),
  arrangement: Arrangement.default('council-control'),
});
export const CommissionerAppointed = z.object({ name: Name });
export const CommissionerReported = z.object({ reportKind: z.enum(['initial', 'review']), summary: Text });
export const DirectionRevised = z.object({ arrangement: Arrangement, reason: Text });
/** Ministers decide the direction is no longer needed as it stands. */
export const DirectionEnded = z.object({ outcome: z.enum(['step-down', 'revoke']), reason: Text });
