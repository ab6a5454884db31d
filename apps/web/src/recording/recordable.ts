import type { Actor, FactType, InstrumentKind } from '@cs/domain';
import { permissionRefusal } from '../../../api/src/commands/command-permission';
import { continuingBoard } from '../../../../workflows/src/continuing-board/continuing-board';
import { direction } from '../../../../workflows/src/direction/direction';
import { notice } from '../../../../workflows/src/notice/notice';

/** What each kind of instrument records after its start: the workflows' own lists. */
const accepts: Record<InstrumentKind, readonly FactType[]> = {
  'improvement-notice': notice.accepts,
  'statutory-direction': direction.accepts,
  'continuing-board': continuingBoard.accepts,
};

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
