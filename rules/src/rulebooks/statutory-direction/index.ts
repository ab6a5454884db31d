import type { Rulebook } from '../../model';
import { framework } from '../../sources/documents';
import { overriddenDecisions } from '../overrides/overridden-decisions';
import { parameters } from './parameters';
import { commissionerAppointed } from './rules/commissioner-appointed';
import { commissionerReports } from './rules/commissioner-reports';
import { revisionOpen } from './rules/revision-open';
import { revokeOpen } from './rules/revoke-open';
import { stepDownOpen } from './rules/step-down-open';

/** A statutory direction under s497A Education Act 1996, from the public record (DOMAIN.md). */
export const statutoryDirection: Rulebook = {
  id: 'statutory-direction',
  version: '2024.1',
  title: 'Statutory direction (s497A Education Act 1996) with a children\u2019s services commissioner',
  kind: 'statutory-direction',
  effectiveFrom: '2010-01-01',
  sources: [framework('statutory direction', 'A statutory direction is made under s497A Education Act 1996 (applied to children\u2019s social care by s50 Children Act 2004)')],
  parameters,
  rules: [commissionerAppointed, commissionerReports, revisionOpen, stepDownOpen, revokeOpen, overriddenDecisions],
};
