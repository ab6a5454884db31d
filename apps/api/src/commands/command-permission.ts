import type { Actor, FactType } from '@cs/domain';
import { mayRecord } from '../../../../workflows/src/shared/permissions';
import { councilRefusal } from '../auth/council-scope';

/**
 * The API's check of who may record what: the workflows' own table (workflows/src/shared/permissions.ts),
 * in the validator's words, so a command is checked twice with the same rule.
 */
export function permissionRefusal(actor: Actor, type: FactType, councilSlug: string): string | undefined {
  const allowed = mayRecord[type];
  if (!allowed.includes(actor.role)) return `role ${actor.role} may not record ${type} (allowed: ${allowed.join(', ')})`;
  return councilRefusal(actor, councilSlug);
}
