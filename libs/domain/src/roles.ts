import { z } from 'zod/mini';

/** Who may act, in the words the people themselves use (DOMAIN.md, "Who uses it"). */
export const Role = z.enum(['programme-office', 'dfe-caselead', 'adviser', 'board-chair', 'admin', 'viewer']);
export type Role = z.infer<typeof Role>;

/** A council as the register knows it: the slug is part of workflow ids. */
export const Council = z.object({
  slug: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'), z.maxLength(60)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type Council = z.infer<typeof Council>;

/** The person behind a command. Council users are scoped to their council; DfE and admins are not. */
export const Actor = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  role: Role,
  council: z.optional(z.string().check(z.maxLength(60))),
});
export type Actor = z.infer<typeof Actor>;
