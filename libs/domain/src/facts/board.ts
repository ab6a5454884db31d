import { z } from 'zod/mini';
import { Id, Name } from './text';

/**
 * The improvement board is set up with its chair and agreed timetable (cl. 5b). Where the record
 * does not say whether the chair is independent, or what timetable was agreed, leave them out: the
 * rules then check only what is known (the longest gap the rulebook allows).
 */
export const BoardEstablished = z.object({
  chair: z.object({ name: Name, councilOfficerOrMember: z.optional(z.boolean()) }),
  /** The agreed timetable: days between meetings. The rules cap it by the rulebook maximum. */
  meetingIntervalDays: z.optional(z.int().check(z.gte(7), z.lte(366))),
});

/**
 * A board meeting with what its report contained (cl. 5c-5e). The record of an older meeting
 * often gives only its date: without `report` and `voice` the rules check neither.
 */
export const BoardMet = z.object({
  virtual: z._default(z.boolean(), false),
  report: z.optional(
    z.object({
      data: z.boolean(),
      analysis: z.boolean(),
      recommendations: z.boolean(),
      evidenceOfImpact: z.boolean(),
    }),
  ),
  voice: z.optional(z.object({ frontlineStaff: z.boolean(), childrenAndYoungPeople: z.boolean() })),
  /** Objectives the report highlighted as slow to progress (cl. 5d). */
  slowObjectivesHighlighted: z._default(z.array(Id).check(z.maxLength(200)), []),
});

/** The board's chair changes. */
export const BoardChairChanged = z.object({ chair: z.object({ name: Name, councilOfficerOrMember: z.optional(z.boolean()) }) });
