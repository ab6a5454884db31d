import type { EvaluationResult, Fact, InstrumentKind, IsoDate } from '@cs/domain';

export interface EvaluateInput {
  kind: InstrumentKind;
  facts: Fact[];
  asOf: IsoDate;
  rulebookIds?: string[];
}

/** Bad input: facts that do not parse, an asOf before the instrument began, an unknown rulebook. */
export class RulesInputError extends Error {
  readonly issues: { path: string; message: string }[];
  constructor(issues: { path: string; message: string }[]) {
    super(`invalid rules input: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'RulesInputError';
    this.issues = issues;
  }
}

export function evaluate(input: EvaluateInput): EvaluationResult {
  return { asOf: input.asOf, rulebooks: [], obligations: [], flags: [], decisions: [] };
}
