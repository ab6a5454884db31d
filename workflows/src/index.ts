// Every workflow the worker runs. The bundle is built from this file.
export * from './engine-check/engine-check.workflow';
export * from './notice/notice.workflow';
export * from './direction/direction.workflow';
export * from './continuing-board/continuing-board.workflow';
export * from './governance/rollout.workflow';
