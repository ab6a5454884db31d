import { Injectable } from '@nestjs/common';
import { isGrpcServiceError } from '@temporalio/client';
import { stringify } from 'csv-stringify/sync';
import pLimit from 'p-limit';
import { DataSource } from 'typeorm';
import { dateOf, type ImpactPreview, type InstrumentImpact, type IsoDate } from '@cs/domain';
import { openInstruments } from '@cs/persistence';
import { impactTotals, kindsReached, previewInstrument, RulesInputError } from '@cs/rules';
import { isDependencyDown } from '../common/unavailable';
import { isInstrumentNotFound } from '../common/workflow-errors';
import { TemporalClientService } from '../infrastructure/temporal-client.service';
import { DraftsService } from './drafts.service';

/** Facts read from this many instruments at once: the queries, not the rules, are the slow part. */
const READS_AT_ONCE = 64;
/**
 * How long one instrument's read may take. An instrument whose worker does not answer (a task
 * queue nobody polls, a stuck workflow) is listed as unread rather than holding, or failing, the
 * preview of the whole caseload.
 */
const READ_TIMEOUT_MS = 2_000;

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
          try {
            const facts = await this.temporal.facts(i.workflowId, READ_TIMEOUT_MS);
            return { ...base, ...previewInstrument(change, { kind: i.kind, facts }, asOf) };
          } catch (e) {
            // One instrument that cannot be read (no such workflow, a query its worker failed, or
            // facts the rules refuse as of this date) is listed with why, not fatal to the caseload's
            // preview; only an engine that is down makes the whole preview a 503 to retry.
            if (isDependencyDown(e) && !isDeadlineExceeded(e)) throw e;
            return { ...unread, error: unreadable(i.workflowId, e) };
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

/** gRPC DEADLINE_EXCEEDED anywhere in the cause chain: this one read ran past READ_TIMEOUT_MS. */
function isDeadlineExceeded(e: unknown): boolean {
  for (let c = e, depth = 0; c && depth < 5; c = (c as { cause?: unknown }).cause, depth++) {
    if (isGrpcServiceError(c) && c.code === 4) return true;
  }
  return false;
}

function unreadable(workflowId: string, e: unknown): string {
  if (isDeadlineExceeded(e)) return `did not answer within ${READ_TIMEOUT_MS / 1000} s`;
  if (isInstrumentNotFound(e)) return `no instrument workflow ${workflowId} in this Temporal namespace`;
  if (e instanceof RulesInputError) return e.issues.map((x) => `${x.path}: ${x.message}`).join('; ');
  return `could not be read: ${e instanceof Error ? e.message : String(e)}`;
}
