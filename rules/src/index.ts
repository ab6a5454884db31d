// The rules' single entry point: used by workflow code, the API's what-if and the CLI.
// Pure and deterministic: no Node APIs, no clock; every date comes from facts and asOf.
export { evaluate, RulesInputError } from './evaluate';
export type { EvaluateInput } from './evaluate';
export { evaluateIncrementally, type RulesMemo } from './incremental';
export { checkOnce } from './checked-facts';
export { listRulebooks, getRulebook, findRulebook, pinsFor, inForce, versionsOf } from './registry';
export { nextDueDate } from './next-due';
export * from './governance';
