import { z } from 'zod';
import { Council } from '../roles';
import { Override } from './terms';
import { Id, Name, Text } from './text';

/** After lifting a notice or revoking a direction: support and supervision, then the continuing board (2023 report). */
export const SupportStarted = z.object({ council: Council, fromInstrumentId: z.string().max(200) });

export const Ambition = z.object({ id: Id, title: Text, lead: Name });

/** The continuing board is set up; what the record does not state is left out and not checked. */
export const AmbitionsBoardEstablished = z.object({
  chair: z.object({ name: Name, leaderOfTheCouncil: z.boolean().optional() }),
  ambitions: z.array(Ambition).max(50).default([]),
  steeringGroup: z.boolean().optional(),
  workstreams: z.array(Name).max(50).optional(),
  ofstedRecommendationsActionPlan: z.boolean().optional(),
  meetingIntervalDays: z.number().int().min(7).max(366).optional(),
});
export const AmbitionsBoardMet = z.object({ ambitionsReported: z.array(Id).max(50).default([]) });
export const AmbitionsBoardClosed = z.object({ reason: Text, override: Override.optional() });
