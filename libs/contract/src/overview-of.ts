import { chronological, compareDates, factsUpTo, type Fact, type Obligation } from '@cs/domain/core';
import type { OverviewQuery } from '@cs/domain';
import type { InstrumentOverview } from './overview';
import type { InstrumentView } from './view';

/** The met obligations an overview shows unless all are asked for. */
export const LATEST_MET_SHOWN = 10;

const byDue = (a: Obligation, b: Obligation) => compareDates(a.dueOn, b.dueOn);
const latestMetFirst = (a: Obligation, b: Obligation) => {
  const [x, y] = [a.metOn ?? a.dueOn, b.metOn ?? b.dueOn];
  return x > y ? -1 : x < y ? 1 : byDue(b, a);
};

/**
 * An instrument's overview from its view and its facts: what the page shows and nothing more, so
 * the workflow answers with kilobytes, not the whole state, however many facts it holds.
 */
export function overviewOf(view: InstrumentView, facts: readonly Fact[], request: Partial<OverviewQuery> = {}): InstrumentOverview {
  const page = Math.max(1, request.page ?? 1);
  const pageSize = Math.max(1, request.pageSize ?? 20);
  const { detail: _detail, obligations, ...state } = view;
  const met = obligations.filter((o) => o.status === 'met').sort(latestMetFirst);
  const happened = chronological(factsUpTo(facts, view.asOf));
  const newestFirst = [...happened].reverse();
  return {
    state,
    obligations: {
      open: obligations.filter((o) => o.status !== 'met').sort(byDue),
      met: request.met === 'all' ? met : met.slice(0, LATEST_MET_SHOWN),
      metTotal: met.length,
    },
    marks: happened.map((f) => ({ type: f.type, effectiveOn: f.effectiveOn })),
    facts: { items: newestFirst.slice((page - 1) * pageSize, page * pageSize), total: happened.length, page, pageSize },
  };
}
