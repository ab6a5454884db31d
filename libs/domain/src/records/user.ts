import { z } from 'zod';
import { Role } from '../roles';

export const User = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  council: z.string().nullable(),
  /** Where reminders go; a user without one gets none. */
  email: z.string().nullable(),
  createdAt: z.date(),
});
export type User = z.infer<typeof User>;

/** An API token; only its SHA-256 hash is stored, never the token. */
export const ApiToken = z.object({
  id: z.string(),
  userId: z.string(),
  tokenHash: z.string(),
  label: z.string(),
  createdAt: z.date(),
  revokedAt: z.date().nullable(),
  /** After this the token is refused (TOKEN_LIFETIME_DAYS from its issue). */
  expiresAt: z.date(),
  /** When the API last accepted it (to within the guard's trust, a second), or null if never. */
  lastUsedAt: z.date().nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;
