import { Injectable } from '@nestjs/common';
import { chronological, dateOf, factsUpTo, type InstrumentRef, type IsoDate, type OverviewQuery } from '@cs/domain';
import type { InstrumentOverview, InstrumentView } from '@cs/contract';
import { TemporalClientService } from '../infrastructure/temporal-client.service';

/** One instrument's live state and timeline, read from its workflow (the truth for one instrument). */
@Injectable()
export class InstrumentsService {
  constructor(private readonly temporal: TemporalClientService) {}

  state(ref: InstrumentRef, asOf?: IsoDate): Promise<InstrumentView> {
    return this.temporal.state(ref.workflowId, asOf);
  }

  /** What the instrument's page shows: one query, one evaluation, one page of facts. */
  overview(ref: InstrumentRef, query: OverviewQuery): Promise<InstrumentOverview> {
    return this.temporal.overview(ref.workflowId, query);
  }

  /** What happened (facts by effective date, up to asOf) and what is due (open obligations by date). */
  async timeline(ref: InstrumentRef, asOf?: IsoDate) {
    const [facts, view] = await Promise.all([this.temporal.facts(ref.workflowId), this.temporal.state(ref.workflowId, asOf)]);
    const on = asOf ?? view.asOf ?? dateOf(Date.now());
    return {
      workflowId: ref.workflowId,
      asOf: on,
      past: chronological(factsUpTo(facts, on)).map(({ id, type, effectiveOn, recordedAt, actor, payload }) => ({
        id,
        type,
        effectiveOn,
        recordedAt,
        actor,
        payload,
      })),
      due: view.obligations.filter((o) => o.status !== 'met').sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0)),
    };
  }
}
