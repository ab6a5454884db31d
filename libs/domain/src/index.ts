export * from './core';
// The schemas whose types alone the core exports (workflows never build them): named, so these
// exports, not the core's type-only ones, are what `@cs/domain` gives.
export { DecisionKind, EvaluationResult, Explanation, Flag, Obligation, OpenDecision, ParameterUse } from './evaluation';
export * from './governance';
export * from './records';
export * from './api';
export * from './obligations/concerns';
