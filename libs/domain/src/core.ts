// What workflows and rules need: dates, roles, instruments, facts, commands and the rules' results.
// The workflow sandbox instantiates every module a workflow imports once per workflow (measured:
// the API and record schemas below would add ~3 MB and ~30 ms to each), so workflow code and the
// rules import `@cs/domain/core`, never the whole domain. Its schemas are built with `zod/mini`:
// the classic API attaches ~70 methods to every schema instance (12 KiB a `z.string()`, against
// 1.8 KiB in mini), which was most of each cached instrument's heap (docs/benchmarks.md). The
// rules' results are built by the rules and checked by the API, so only their types are here; the
// rule-change shapes (governance) are the API's, not here: workflow and rules code take their
// types from `@cs/domain` (`import type`).
export * from './dates';
export * from './roles';
export * from './instrument';
export * from './facts';
export * from './commands';
export { Citation, RulebookRef } from './evaluation/explanation';
export type { DecisionKind, EvaluationResult, Explanation, Flag, Obligation, OpenDecision, ParameterUse } from './evaluation/result';
