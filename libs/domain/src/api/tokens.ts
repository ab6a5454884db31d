import { z } from 'zod';
import { Role } from '../roles';

/** One API token as an admin sees it (`GET /tokens`, the CLI's `list`): never the token or its hash. */
export const TokenListing = z.object({
  tokenId: z.string(),
  label: z.string(),
  user: z.object({ id: z.string(), name: z.string(), role: Role, council: z.string().nullable() }),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  status: z.enum(['live', 'expired', 'revoked']),
});
export type TokenListing = z.infer<typeof TokenListing>;

export const TokenList = z.object({ items: z.array(TokenListing) });
export type TokenList = z.infer<typeof TokenList>;

/** `GET /tokens?status=live|expired|revoked`: all tokens, or those in one state. */
export const TokensQuery = z.object({ status: TokenListing.shape.status.optional() }).strict();
export type TokensQuery = z.infer<typeof TokensQuery>;

/** `POST /tokens/{id}/revoke`: the token's id as `GET /tokens` lists it. */
export const TokenParams = z.object({ id: z.string().regex(/^token-[0-9a-f-]{36}$/, 'must be a token id such as token-<uuid> (GET /tokens lists them)') }).strict();
export type TokenParams = z.infer<typeof TokenParams>;
