import type { Actor, FactType } from '@cs/domain/core';
import { councilScoped, roleRefusal } from './permissions';

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

/**
 * Who may record what on which council's instrument: the contract's table and wording, then the
 * council scope. The API checks it before the update validator checks it again; the web service
 * uses it to offer only the forms the person may send.
 */
export function permissionRefusal(actor: Actor, type: FactType, councilSlug: string): string | undefined {
  return roleRefusal(actor.role, type) ?? councilRefusal(actor, councilSlug);
}
