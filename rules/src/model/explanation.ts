import type { Citation, DecisionKind, Explanation, Flag, IsoDate, Obligation, OpenDecision, ParameterUse } from '@cs/domain/core';
import type { RuleContext } from './context';
import { instrumentDocument } from './instrument-terms';
import type { Rule } from './rule';

interface ExplainInput {
  uses?: ParameterUse[];
  facts?: readonly ({ id: string } | undefined)[];
  text: string;
  clauses?: Citation[];
}

/**
 * The trace of one result: rule, rulebook version, clauses (the rule's own, any extra, and the
 * citation of every parameter value an amendment supplied), parameters as read, facts, one sentence.
 */
export function explain(ctx: RuleContext, rule: Rule, input: ExplainInput): Explanation {
  const uses = input.uses ?? [];
  const clauses: Citation[] = [];
  const seen = new Set<string>();
  const add = (given: Citation) => {
    const c = ctx.cite(given);
    const k = `${c.document}|${c.clause}`;
    if (!seen.has(k)) {
      seen.add(k);
      clauses.push(c);
    }
  };
  rule.clauses.forEach(add);
  (input.clauses ?? []).forEach(add);
  // Values from an amendment or stated in the instrument itself are cited beside the rule's clauses.
  const own = instrumentDocument(ctx.start);
  uses.filter((u) => u.source.id !== ctx.set.base.id || u.citation.document.startsWith(own)).forEach((u) => add(u.citation));
  const facts = [...new Set((input.facts ?? []).filter((f): f is { id: string } => !!f).map((f) => f.id))];
  return { ruleId: rule.id, rulebook: { ...ctx.owner }, clauses, parameters: uses, facts, text: input.text };
}

/** status: met once done (on or before asOf), otherwise due until dueOn passes, then overdue. */
export function obligation(
  ctx: RuleContext,
  rule: Rule,
  o: { kind: string; subject?: string; dueOn: IsoDate; metOn?: IsoDate },
  explanation: Explanation,
): Obligation {
  const status = o.metOn !== undefined ? 'met' : o.dueOn < ctx.asOf ? 'overdue' : 'due';
  return {
    key: `${rule.id}:${o.subject ?? '-'}:${o.dueOn}`,
    ruleId: rule.id,
    kind: o.kind,
    ...(o.subject !== undefined ? { subject: o.subject } : {}),
    dueOn: o.dueOn,
    status,
    ...(o.metOn !== undefined ? { metOn: o.metOn } : {}),
    explanation,
  };
}

export function flag(rule: Rule, f: { kind: string; subject?: string; severity: Flag['severity'] }, explanation: Explanation): Flag {
  return {
    key: `${rule.id}:${f.kind}:${f.subject ?? '-'}`,
    ruleId: rule.id,
    kind: f.kind,
    ...(f.subject !== undefined ? { subject: f.subject } : {}),
    severity: f.severity,
    explanation,
  };
}

export function decision(d: DecisionKind, open: boolean, explanation: Explanation): OpenDecision {
  return { decision: d, open, explanation };
}

/** How a sentence names where a parameter value came from: "cl. 6" or "the Covid letter (e)". */
export function citeUse(ctx: RuleContext, use: ParameterUse): string {
  const amendment = ctx.set.amendments.find((a) => a.id === use.source.id);
  return amendment ? `${amendment.citeAs} ${use.citation.clause}` : use.citation.clause;
}
