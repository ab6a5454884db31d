import type { Actor, FactType, InstrumentKind } from '@cs/domain';
import { permissionRefusal } from '@cs/contract';
import { acceptedCommands as accepts } from '@cs/workflows/accepted-commands';

/**
 * The commands this person may record on this instrument: the kind accepts them and the API's own
 * check (the workflows' `mayRecord` table and council scope) lets them. New commands appear here
 * as soon as a workflow accepts them. Whether the lifecycle allows one *now* is the validator's
 * to say when it is recorded.
 */
export function recordableBy(actor: Actor, kind: InstrumentKind, council: string): FactType[] {
  return accepts[kind].filter((type) => permissionRefusal(actor, type, council) === undefined);
}

export function accepted(kind: InstrumentKind, type: string): type is FactType {
  return (accepts[kind] as readonly string[]).includes(type);
}
