import { addDays, addMonths, compareDates, type Actor, type EvaluationResult, type Fact, type FactType, type IsoDate, type Obligation } from '@cs/domain/core';
import type { ProjectedEvent, Projection, RuleChange } from '@cs/domain';
import { checkOnce } from '../checked-facts';
import { evaluate } from '../evaluate';
import { draftFacts, type InstrumentFacts } from './change-commands';

const council: Actor = { id: 'projection', role: 'programme-office' };
const dfe: Actor = { id: 'projection', role: 'dfe-caselead' };

/**
 * The facts that meet a duty when the council does it on its due date. A duty the product cannot
 * meet by a fact of its own (the Ambitions Board being set up, plan risks) is shown once and left.
 */
const meets: Record<string, (o: Obligation, on: IsoDate, n: number) => { type: FactType; payload: unknown; actor: Actor }[]> = {
  'board-meeting': () => [
    { type: 'board.met', actor: council, payload: { virtual: false, report: { data: true, analysis: true, recommendations: true, evidenceOfImpact: true }, voice: { frontlineStaff: true, childrenAndYoungPeople: true }, slowObjectivesHighlighted: [] } },
  ],
  'self-assessment': (o) => [
    { type: 'self-assessment.submitted', actor: council, payload: { reviewId: `projected-${o.subject}`, covers: { progressAgainstObjectives: true, staffSurveys: true, supervision: true } } },
  ],
  'dfe-review': (o) => [
    { type: 'review.started', actor: council, payload: { reviewId: `projected-${o.subject}` } },
    { type: 'review.held', actor: dfe, payload: { reviewId: `projected-${o.subject}`, virtual: false, topics: ['culture', 'performance'] } },
  ],
  'adviser-report': (o) => [{ type: 'adviser.reported', actor: { id: 'projection', role: 'adviser' }, payload: { kind: 'progress', summary: `Projected ${o.subject}` } }],
  'commissioner-report': (_o, _on, n) => [{ type: 'commissioner.reported', actor: dfe, payload: { reportKind: n === 0 ? 'initial' : 'review', summary: 'Projected report' } }],
  'ambitions-board-meeting': () => [{ type: 'ambitions-board.met', actor: council, payload: { ambitionsReported: [] } }],
};

const DEADLINE_KIND = 'plan-actions-delivered';
/** A bound on the duties laid out (a notice's few years of boards and reviews need a few hundred). */
const MAX_STEPS = 500;

/**
 * An instrument's projected timeline from a date up to its deadline and the twelve months after
 * (twelve months from the date when it has no deadline or the deadline has passed): every duty on
 * its due date, assuming the council does each one that day, the deadline, and each decision the
 * day the rules would open it. Under the rules in force, or with a draft's facts added. Pure.
 */
export function project(instrument: InstrumentFacts, from: IsoDate, change?: RuleChange): Projection {
  const facts: Fact[] = [...instrument.facts, ...(change ? draftFacts(change, instrument) : [])].map(checkOnce);
  const ask = (asOf: IsoDate): EvaluationResult => evaluate({ kind: instrument.kind, facts, asOf, pins: instrument.pins ? [...instrument.pins] : undefined });
  let result = ask(from);
  const deadlineOn = result.obligations.find((o) => o.kind === DEADLINE_KIND)?.dueOn;
  const until = addMonths(deadlineOn && deadlineOn > from ? deadlineOn : from, 12);
  const events: ProjectedEvent[] = [];
  const shown = new Set<string>();
  const performed = new Map<string, number>();
  const open = new Set(result.decisions.filter((d) => d.open).map((d) => d.decision));
  let cursor = from;
  for (let step = 0; step < MAX_STEPS; step++) {
    const next = result.obligations
      .filter((o) => o.status !== 'met' && !shown.has(`${o.ruleId}:${o.subject}:${o.dueOn}`))
      .sort((a, b) => compareDates(a.dueOn, b.dueOn))[0];
    if (!next || next.dueOn > until) break;
    const on = next.dueOn < cursor ? cursor : next.dueOn;
    shown.add(`${next.ruleId}:${next.subject}:${next.dueOn}`);
    events.push({ on: next.dueOn, what: next.kind === DEADLINE_KIND ? 'deadline' : 'duty', kind: next.kind, ruleId: next.ruleId, subject: next.subject, says: next.explanation.text });
    const make = meets[next.kind];
    if (make) {
      const n = performed.get(next.kind) ?? 0;
      performed.set(next.kind, n + 1);
      make(next, on, n).forEach((f, i) => facts.push(checkOnce({ id: `projected-${step}-${i}`, type: f.type, effectiveOn: on, recordedAt: `${on}T12:00:00.000Z`, actor: f.actor, payload: f.payload } as Fact)));
    }
    cursor = on;
    // Some decisions open the day a date arrives, others the day after it passes (cl. 13).
    for (const asOf of next.kind === DEADLINE_KIND ? [cursor, addDays(cursor, 1)] : [cursor]) {
      result = ask(asOf);
      for (const d of result.decisions.filter((x) => x.open && !open.has(x.decision))) {
        open.add(d.decision);
        events.push({ on: asOf, what: 'decision-opens', kind: d.decision, ruleId: d.explanation.ruleId, says: d.explanation.text });
      }
      for (const d of result.decisions.filter((x) => !x.open)) open.delete(d.decision);
    }
    if (next.kind === DEADLINE_KIND) cursor = addDays(cursor, 1);
  }
  return { from, until, deadlineOn, rulebooks: result.rulebooks.map((b) => `${b.id}@${b.version}`), events };
}
