import { z } from 'zod/mini';
import { Council } from '../roles';
import { Override } from './terms';
import { Id, Name, Text } from './text';

/** After lifting a notice or revoking a direction: support and supervision, then the continuing board (2023 report). */
export const SupportStarted = z.object({ council: Council, fromInstrumentId: z.string().check(z.maxLength(200)) });

export const Ambition = z.object({ id: Id, title: Text, lead: Name });

/** The continuing board is set up; what the record does not state is left out and not checked. */
export const AmbitionsBoardEstablished = z.object({
  chair: z.object({ name: Name, leaderOfTheCouncil: z.optional(z.boolean()) }),
  ambitions: z._default(z.array(Ambition).check(z.maxLength(50)), []),
  steeringGroup: z.optional(z.boolean()),
  workstreams: z.optional(z.array(Name).check(z.maxLength(50))),
  ofstedRecommendationsActionPlan: z.optional(z.boolean()),
  meetingIntervalDays: z.optional(z.int().check(z.gte(7), z.lte(366))),
});
export const AmbitionsBoardMet = z.object({ ambitionsReported: z._default(z.array(Id).check(z.maxLength(50)), []) });
export const AmbitionsBoardClosed = z.object({ reason: Text, override: z.optional(Override) });
