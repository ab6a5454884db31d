import type { Fact, Obligation } from '@cs/domain/core';
import { InstrumentOverview } from './overview';
import { LATEST_MET_SHOWN, overviewOf } from './overview-of';
import type { InstrumentView } from './view';

const explanation = { ruleId: 'r', rulebook: { id: 'rb', version: '1' }, clauses: [], parameters: [], facts: [], text: 'why' };
const obligation = (n: number, status: Obligation['status'], dueOn: string, metOn?: string): Obligation => ({
  key: `k${n}`,
  ruleId: 'r',
  kind: 'board-meeting',
  dueOn,
  status,
  metOn,
  explanation,
});
const fact = (n: number, effectiveOn: string): Fact =>
  ({ id: `f${n}`, type: 'adviser.reported', effectiveOn, recordedAt: '2024-01-01T00:00:00.000Z', actor: { id: 'a', role: 'adviser' }, payload: { kind: 'progress', summary: `report ${n}` } }) as unknown as Fact;
const month = (m: number) => `20${20 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-15`;

// 30 facts, one a month from January 2020, recorded out of date order for two of them; 14 met obligations and 3 open.
const facts = Array.from({ length: 30 }, (_, i) => fact(i, month(i)));
[facts[3], facts[4]] = [facts[4], facts[3]];
const obligations = [
  ...Array.from({ length: 14 }, (_, i) => obligation(i, 'met', month(i), month(i))),
  obligation(20, 'overdue', '2022-06-01'),
  obligation(21, 'due', '2022-09-01'),
  obligation(22, 'due', '2022-07-01'),
];
const view = {
  workflowId: 'notice/x/2020-01-15',
  kind: 'improvement-notice',
  council: { slug: 'x', name: 'X' },
  startedOn: '2020-01-15',
  asOf: '2021-12-31',
  phase: 'under-improvement',
  links: {},
  factCount: 24,
  detail: { big: 'x'.repeat(1000) },
  rulebooks: [],
  obligations,
  flags: [],
  openDecisions: [],
} as unknown as InstrumentView;

describe('overviewOf', () => {
  it('answers in the contract, without the detail', () => {
    const o = overviewOf(view, facts, {});
    expect(InstrumentOverview.safeParse(o).success).toBe(true);
    expect('detail' in o.state).toBe(false);
  });

  it('pages the facts up to the as-of date, newest first', () => {
    const first = overviewOf(view, facts, { page: 1, pageSize: 10 });
    expect(first.facts.total).toBe(24); // January 2020 to December 2021
    expect(first.facts.items.map((f) => f.effectiveOn)).toEqual(Array.from({ length: 10 }, (_, i) => month(23 - i)));
    const last = overviewOf(view, facts, { page: 3, pageSize: 10 });
    expect(last.facts.items.map((f) => f.id)).toEqual(['f3', 'f2', 'f1', 'f0']); // by date, though f4 was recorded before f3
    expect(overviewOf(view, facts, { page: 4, pageSize: 10 }).facts.items).toEqual([]);
  });

  it('marks every fact up to the as-of date, oldest first, with its date and type only', () => {
    const o = overviewOf(view, facts, { page: 1, pageSize: 5 });
    expect(o.marks).toHaveLength(24);
    expect(o.marks[0]).toEqual({ type: 'adviser.reported', effectiveOn: '2020-01-15' });
    expect(o.marks.map((m) => m.effectiveOn)).toEqual([...o.marks.map((m) => m.effectiveOn)].sort());
  });

  it('keeps every open obligation, soonest first, and the latest met ones unless all are asked for', () => {
    const o = overviewOf(view, facts, {});
    expect(o.obligations.open.map((x) => x.key)).toEqual(['k20', 'k22', 'k21']);
    expect(o.obligations.metTotal).toBe(14);
    expect(o.obligations.met.map((x) => x.key)).toEqual(Array.from({ length: LATEST_MET_SHOWN }, (_, i) => `k${13 - i}`));
    expect(overviewOf(view, facts, { met: 'all' }).obligations.met).toHaveLength(14);
  });
});
