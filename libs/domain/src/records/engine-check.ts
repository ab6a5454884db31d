import { z } from 'zod';

/**
 * Proof that the whole chain works: the API started a workflow, the worker ran an activity that
 * wrote this row, and the API read it back. Used by readiness probes and the smoke test.
 */
export const EngineCheck = z.object({
  id: z.string(),
  requestedAt: z.date(),
  completedAt: z.date(),
  workerIdentity: z.string(),
});
export type EngineCheck = z.infer<typeof EngineCheck>;
