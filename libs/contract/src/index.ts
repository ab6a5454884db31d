// The one contract between the workflows and their clients (API, tests, benchmarks): workflow
// types, update and query definitions with their input and result schemas, the permission table,
// the typed refusals and the activities' signatures. Workflow code loads it, so it imports only
// `@cs/domain/core`, zod and types from the SDK (each workflow instantiates every module it loads).
export * from './workflow-ids';
export * from './workflow-types';
export * from './view';
export * from './command';
export * from './lifecycle';
export * from './messages';
export * from './permissions';
export * from './council-scope';
export * from './refusals';
export * from './activities';
