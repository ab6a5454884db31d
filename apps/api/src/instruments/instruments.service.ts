import { Injectable } from '@nestjs/common';
import type { InstrumentRef, IsoDate, OverviewQuery } from '@cs/domain';
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

  /**
   * What happened (facts by effective date, up to asOf) and what is due (open obligations by date):
   * one `overview` query with every fact on its one page, where it took the facts and the state.
   */
  async timeline(ref: InstrumentRef, asOf?: IsoDate) {
    const overview = await this.temporal.overview(ref.workflowId, { asOf, page: 1, pageSize: Number.MAX_SAFE_INTEGER, met: 'latest' });
    return {
      workflowId: ref.workflowId,
      asOf: overview.state.asOf,
      // The overview pages newest first; the timeline reads oldest first.
      past: [...overview.facts.items].reverse().map(({ id, type, effectiveOn, recordedAt, actor, payload }) => ({ id, type, effectiveOn, recordedAt, actor, payload })),
      due: overview.obligations.open,
    };
  }
}
