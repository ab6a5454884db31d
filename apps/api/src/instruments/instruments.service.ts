import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RegisterEntity } from '@cs/persistence';
import type { InstrumentRef, IsoDate, OverviewQuery } from '@cs/domain';
import type { InstrumentOverview, InstrumentView } from '@cs/contract';
import { TemporalClientService } from '../infrastructure/temporal-client.service';

/** One instrument's live state and timeline, read from its workflow (the truth for one instrument). */
@Injectable()
export class InstrumentsService {
  constructor(
    private readonly temporal: TemporalClientService,
    private readonly db: DataSource,
  ) {}

  async state(ref: InstrumentRef, asOf?: IsoDate): Promise<InstrumentView> {
    const view = await this.temporal.state(ref.workflowId, asOf);
    return { ...view, links: await this.linksOf(ref, view.links) };
  }

  /** What the instrument's page shows: one query, one evaluation, one page of facts. */
  async overview(ref: InstrumentRef, query: OverviewQuery): Promise<InstrumentOverview> {
    const overview = await this.temporal.overview(ref.workflowId, query);
    return { ...overview, state: { ...overview.state, links: await this.linksOf(ref, overview.state.links) } };
  }

  /**
   * The workflow's links, and the later instrument from the register when the workflow cannot know
   * it: one a later instrument `follows` ended before it began (projection.activities.ts).
   */
  private async linksOf(ref: InstrumentRef, links: InstrumentView['links']): Promise<InstrumentView['links']> {
    if (links.to) return links;
    const row = await this.db.getRepository(RegisterEntity).findOne({ select: { workflowId: true, linkedTo: true }, where: { workflowId: ref.workflowId } });
    return row?.linkedTo ? { ...links, to: row.linkedTo } : links;
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
      past: [...overview.facts.items].reverse().map(({ id, type, effectiveOn, precision, recordedAt, actor, payload }) => ({
        id,
        type,
        effectiveOn,
        ...(precision ? { precision } : {}),
        recordedAt,
        actor,
        payload,
      })),
      due: overview.obligations.open,
    };
  }
}
