// The one contract between the workflows and their clients (API, tests, benchmarks): workflow
// types, update and query definitions with their input and result types, the permission table,
// the typed refusals and the activities' signatures. Workflow code loads it, so it imports only
// `@cs/domain/core`, zod and types from the SDK (each workflow instantiates every module it loads);
// the result schemas are in `@cs/contract/schemas`, loaded by those who validate with them.
export * from './workflow-ids';
export * from './workflow-types';
export * from './command';
export * from './messages';
export * from './permissions';
export * from './refusals';
export * from './activities';
export type { InstrumentView, Links } from './view';
export type { CommandAccepted, StateSummary } from './accepted';
export type { Carried, LifecycleInput, LifecycleResult, StartCommand } from './lifecycle';
