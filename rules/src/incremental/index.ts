export { evaluateIncrementally, type RulesMemo } from './evaluate-incrementally';
