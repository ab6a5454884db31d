import { z } from 'zod/mini';
import { IsoDate } from '../dates';
import { Judgement } from '../instrument';
import { Id } from './text';

/**
 * Ofsted's inspection kinds through time: ILACS (2018-), the single inspection (SLC, 2013-2017),
 * the safeguarding and looked-after children inspections before it (2009-2013), and the visits
 * and joint inspections between them.
 */
export const InspectionKind = z.enum(['ilacs', 'slc', 'safeguarding-lac', 'monitoring-visit', 'focused-visit', 'jtai', 'snap']);
/** The kinds that grade services overall (and so can end an intervention). */
export const gradedInspectionKinds: readonly z.infer<typeof InspectionKind>[] = ['ilacs', 'slc', 'safeguarding-lac'];

/** Ofsted publishes an inspection, monitoring visit or focused visit. */
export const InspectionPublished = z.object({
  kind: InspectionKind,
  /** Graded inspections only (ILACS, SLC, safeguarding and looked-after children). */
  judgement: z.optional(Judgement),
  priorityActions: z._default(z.boolean(), false),
  /** The judgement on each area as the report states it (e.g. help-and-protection: inadequate). */
  subJudgements: z.optional(z.record(Id, Judgement)),
  /** How many areas for priority action a visit named. */
  priorityActionCount: z.optional(z.int().check(z.gte(0), z.lte(100))),
});

/** The inspection that led to an instrument, though published before it began. */
export const PrecedingInspection = z.extend(InspectionPublished, { publishedOn: IsoDate });
