// Every workflow the worker runs. The bundle is built from this file; the names and signatures are
// the contract's (libs/contract `Workflows`), checked in ./contract-check.ts.
export * from './engine-check/engine-check.workflow';
export * from './notice/notice.workflow';
export * from './direction/direction.workflow';
export * from './continuing-board/continuing-board.workflow';

// Each instrument's folded state (the `detail` of its view), for clients that read it: types only.
export type { NoticeState } from './notice/notice-state';
export type { DirectionState } from './direction/direction-state';
export type { ContinuingBoardState } from './continuing-board/continuing-board-state';
