import { z } from 'zod';

/** Every error the API answers: a status, a message a user can act on, and the request id. */
export const ErrorBody = z.object({
  statusCode: z.number().int(),
  error: z.string().optional(),
  message: z.string(),
  requestId: z.string().optional(),
});

/** 400: each field that is wrong and why. */
export const ValidationErrorBody = ErrorBody.extend({
  issues: z.array(z.object({ field: z.string(), message: z.string() })),
});
