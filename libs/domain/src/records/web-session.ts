import { z } from 'zod';

/**
 * A signed-in person's session in the web service, kept in Postgres so it survives a restart.
 * The cookie holds the session id; only its SHA-256 is stored. Each session calls the API with an
 * API token of its own (revoked at sign-out or expiry), sealed with a key derived from the session
 * id, so the table alone opens nothing.
 */
export const WebSession = z.object({
  idHash: z.string(),
  userId: z.string(),
  apiTokenId: z.string(),
  sealedToken: z.string(),
  createdAt: z.date(),
  expiresAt: z.date(),
});
export type WebSession = z.infer<typeof WebSession>;

/** An admin's grant: the person a single sign-on provider vouches for (by e-mail) is this user. */
export const SsoIdentity = z.object({
  issuer: z.string(),
  email: z.string(),
  userId: z.string(),
  createdAt: z.date(),
});
export type SsoIdentity = z.infer<typeof SsoIdentity>;
