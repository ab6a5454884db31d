import type { Actor } from '@cs/domain';
import { councilScoped } from '@cs/contract';

/**
 * Council users see and act on their own council's instruments only. A user belongs to a council
 * when their token says so; the roles the workflows scope (programme office, board chair) always do.
 */
export function isCouncilUser(actor: Actor): boolean {
  return Boolean(actor.council) || councilScoped.includes(actor.role);
}

/** Why this caller may not touch this council's instruments, or undefined when they may. */
export function councilRefusal(actor: Actor, councilSlug: string): string | undefined {
  if (!isCouncilUser(actor) || actor.council === councilSlug) return undefined;
  return `${actor.role} of ${actor.council ?? 'no council'} may not act on ${councilSlug}'s instruments`;
}
