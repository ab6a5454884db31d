// What workflows and rules need: dates, roles, instruments, facts, commands and the rules' results.
// The workflow sandbox instantiates every module a workflow imports once per workflow (measured:
// the API and record schemas below would add ~3 MB and ~30 ms to each), so workflow code and the
// rules import `@cs/domain/core`, never the whole domain.
export * from './dates';
export * from './roles';
export * from './instrument';
export * from './facts';
export * from './commands';
export * from './evaluation';
export * from './governance';
