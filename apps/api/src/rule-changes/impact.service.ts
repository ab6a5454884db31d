import { Injectable } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { stringify } from 'csv-stringify/sync';
import pLimit from 'p-limit';
import { DataSource } from 'typeorm';
import { dateOf, type ImpactPreview, type InstrumentImpact, type IsoDate } from '@cs/domain';
import { openInstruments } from '@cs/persistence';
import { impactTotals, kindsReached, previewInstrument, RulesInputError } from '@cs/rules';
import { TemporalClientService } from '../infrastructure/temporal-client.service';
import { DraftsService } from './drafts.service';

/** Facts read from this many instruments at once: the queries, not the rules, are the slow part. */
const READS_AT_ONCE = 16;

/** Every open instrument a draft reaches, under the rules in force and under the draft, side by side. */
@Injectable()
export class ImpactService {
  constructor(
    private readonly db: DataSource,
    private readonly temporal: TemporalClientService,
    private readonly drafts: DraftsService,
  ) {}

  async preview(draftId: string, asOf: IsoDate = dateOf(Date.now())): Promise<ImpactPreview> {
    const { change } = await this.drafts.record(draftId);
    const open = await openInstruments(this.db, kindsReached(change));
    const limit = pLimit(READS_AT_ONCE);
    const instruments = await Promise.all(
      open.map((i) =>
        limit(async (): Promise<InstrumentImpact> => {
          const base = { workflowId: i.workflowId, kind: i.kind, councilSlug: i.councilSlug };
          const unread = { ...base, dueDates: [], flags: [], decisions: [], rulebooks: { inForce: [], draft: [] } };
          const facts = await this.temporal.facts(i.workflowId).catch((e) => {
            if (e instanceof WorkflowNotFoundError) return undefined;
            throw e;
          });
          if (!facts) return { ...unread, error: `no instrument workflow ${i.workflowId} in this Temporal namespace` };
          try {
            return { ...base, ...previewInstrument(change, { kind: i.kind, facts }, asOf) };
          } catch (e) {
            // An instrument the rules cannot read as of this date (it began later, say) is listed, not fatal.
            if (!(e instanceof RulesInputError)) throw e;
            return { ...unread, error: e.issues.map((x) => `${x.path}: ${x.message}`).join('; ') };
          }
        }),
      ),
    );
    return { draftId, asOf, totals: impactTotals(instruments), instruments };
  }

  /** The preview as CSV: one row per change on an instrument, and one per instrument the rules could not read. */
  static csv(p: ImpactPreview): string {
    const rows: (string | null | undefined)[][] = [];
    for (const i of p.instruments) {
      const at = [i.workflowId, i.councilSlug, i.kind];
      for (const d of i.dueDates) rows.push([...at, 'due date', d.ruleId, d.kind, d.subject, d.from, d.to, '']);
      for (const f of i.flags) rows.push([...at, 'flag', f.ruleId, f.kind, f.key, f.change === 'clears' ? f.severity : '', f.change === 'appears' ? f.severity : '', '']);
      for (const d of i.decisions) rows.push([...at, 'decision', '', d.decision, '', d.change === 'closes' ? 'open' : 'closed', d.change === 'opens' ? 'open' : 'closed', '']);
      if (i.error) rows.push([...at, 'error', '', '', '', '', '', i.error]);
    }
    return stringify(rows, { header: true, columns: ['instrument', 'council', 'kind', 'change', 'rule', 'what', 'subject', 'in force', 'under the draft', 'error'] });
  }
}
