import { roleRefusal } from '@cs/contract';
import type { Actor, FactType } from '@cs/domain';
import { councilRefusal } from '../auth/council-scope';

/**
 * The API's check of who may record what: the contract's table and wording (libs/contract), the
 * same the update validator applies, so a command is checked twice with the same rule.
 */
export function permissionRefusal(actor: Actor, type: FactType, councilSlug: string): string | undefined {
  return roleRefusal(actor.role, type) ?? councilRefusal(actor, councilSlug);
}
