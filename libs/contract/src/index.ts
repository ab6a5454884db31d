// The one contract between the workflows and their clients (API, tests, benchmarks): workflow
// types, update and query definitions with their input and result types, the permission table,
// the typed refusals, the activities' signatures and the search attributes. Workflow code loads it,
// so it imports only `@cs/domain/core`, zod, types from the SDK and its common package's search
// attribute keys (each workflow instantiates every module it loads); the result schemas are in
// `@cs/contract/schemas`, loaded by those who validate with them.
export * from './workflow-ids';
export * from './workflow-types';
export * from './command';
export * from './messages';
export * from './permissions';
export * from './council-scope';
export * from './refusals';
export * from './activities';
export * from './search-attributes';
export type { InstrumentView, Links } from './view';
export type { InstrumentOverview } from './overview';
export * from './overview-of';
export type { CommandAccepted, StateSummary } from './accepted';
export type { Carried, LifecycleInput, LifecycleResult, StartCommand } from './lifecycle';
export * from './rollout';
