import type { InstrumentView, StateSummary } from '@cs/contract';

/** The state summary an accepted command returns: small, since update results stay in history. */
export function summarise(view: InstrumentView<unknown>): StateSummary {
  return {
    asOf: view.asOf,
    phase: view.phase,
    nextDueOn: view.nextDueOn,
    overdue: view.obligations.filter((o) => o.status === 'overdue').length,
    flags: view.flags.length,
    openDecisions: view.openDecisions.map((d) => d.decision),
    links: view.links,
  };
}
