import type { FactType, InstrumentKind } from '@cs/domain/core';
import { continuingBoard } from './continuing-board/continuing-board';
import { direction } from './direction/direction';
import { notice } from './notice/notice';

/**
 * The commands each kind of instrument records after its start, as its workflow declares them:
 * for clients that offer forms (the web service), so a new command appears there by itself.
 */
export const acceptedCommands: Record<InstrumentKind, readonly FactType[]> = {
  'improvement-notice': notice.accepts,
  'statutory-direction': direction.accepts,
  'continuing-board': continuingBoard.accepts,
};
