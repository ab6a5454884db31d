import type { DecisionKind, Fact, Flag } from '@cs/domain/core';
import { explain, flag, makeContext, type Rule, type RuleContext } from '../../model';
import { cite } from '../../sources/documents';

/** The decision each decision fact records, and the rule of each rulebook that opens it. */
const decided: Partial<Record<Fact['type'], (f: Fact) => DecisionKind | undefined>> = {
  'assessment.decided': (f) => (f.type === 'assessment.decided' ? f.payload.decision : undefined),
  'direction.revised': () => 'revise',
  'direction.ended': (f) => (f.type === 'direction.ended' ? f.payload.outcome : undefined),
  'ambitions-board.closed': () => 'close',
};

/*
 * Issue 11, "The rules advise; people decide": where the record shows a decision the rules did not
 * open, the caselead records it with a reason. It is accepted, audited and flagged here with the
 * rule it departs from, what that rule said on the day, and the reason given.
 * Decides: a warning for each decision recorded with an override that its rule had not opened.
 */
export const overriddenDecisions: Rule = {
  id: 'overridden-decisions',
  decides: 'which decisions were recorded against the rules, with the rule departed from and the reason',
  clauses: [cite('Issue 11: the rules advise; people decide', 'item 4', 'the caselead records it with an override reason: accepted, audited, flagged with the rule it departs from and why')],
  needs: [],
  evaluate(ctx) {
    const flags: Flag[] = [];
    // Every fact is looked at after every command: a plain loop, no array per fact.
    ctx.facts.forEach((f, i) => {
      if ((f.payload as { override?: unknown }).override && decided[f.type]) flags.push(...departure(ctx, this, f, i));
    });
    return { flags };
  },
};

function departure(ctx: RuleContext, rule: Rule, f: Fact, index: number) {
  const override = (f.payload as { override?: { reason: string } }).override;
  const kind = decided[f.type]?.(f);
  if (!override || !kind) return [];
  // What the rules said on the day, without this decision: the rule that opens this kind.
  const before = ctx.facts.filter((g, j) => j !== index && g.effectiveOn <= f.effectiveOn);
  const day = makeContext(ctx.set, before, f.effectiveOn, ctx.start, undefined);
  day.owner = ctx.owner;
  const opener = ctx.set.base.rules.find((r) => r.id !== rule.id && (r.evaluate(day).decisions ?? []).some((d) => d.decision === kind));
  const said = opener && (opener.evaluate(day).decisions ?? []).find((d) => d.decision === kind);
  if (said?.open) return [];
  const departs = opener ? `rule ${opener.id} (${said!.explanation.text})` : `no rule of ${ctx.set.base.id}@${ctx.set.base.version} opens '${kind}'`;
  const text = `'${kind}' was recorded on ${f.effectiveOn} by ${f.actor.role} against the rules: it departs from ${departs}. Reason given: ${override.reason}`;
  return [flag(rule, { kind: 'decision-override', subject: f.id, severity: 'warning' }, explain(ctx, rule, { facts: [f], text, clauses: said?.explanation.clauses }))];
}
