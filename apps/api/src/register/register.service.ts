import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Env } from '@cs/config';
import { addDays, dateOf, type RegisterItem, type RegisterPage, type RegisterQuery } from '@cs/domain';
import { RegisterEntity } from '@cs/persistence';
import { visibilityQuery } from '@cs/contract';
import { webUiListUrl } from '@cs/temporal';
import { ENV } from '../infrastructure/tokens';

/**
 * The register: every instrument as the workflows project it into Postgres, so a list never asks
 * every workflow. `council` is forced to the caller's own for council users.
 */
@Injectable()
export class RegisterService {
  constructor(
    private readonly db: DataSource,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async list(q: RegisterQuery): Promise<RegisterPage> {
    const dueOnOrBefore = q.dueWithinDays === undefined ? undefined : addDays(dateOf(Date.now()), q.dueWithinDays);
    const qb = this.db.getRepository(RegisterEntity).createQueryBuilder('r');
    if (q.council) qb.andWhere('r.council_slug = :council', { council: q.council });
    if (q.kind) qb.andWhere('r.kind = :kind', { kind: q.kind });
    if (q.phase) qb.andWhere('r.phase = :phase', { phase: q.phase });
    if (q.overdue !== undefined) qb.andWhere(q.overdue ? 'r.overdue_count > 0' : 'r.overdue_count = 0');
    if (dueOnOrBefore) qb.andWhere('r.next_due_on IS NOT NULL AND r.next_due_on <= :until', { until: dueOnOrBefore });
    qb.orderBy('r.next_due_on', 'ASC', 'NULLS LAST').addOrderBy('r.workflow_id', 'ASC');
    qb.skip((q.page - 1) * q.pageSize).take(q.pageSize);
    const [rows, total] = await qb.getManyAndCount();
    const items: RegisterItem[] = rows.map((r) => ({
      workflowId: r.workflowId,
      path: `/instruments/${r.workflowId}`,
      kind: r.kind,
      councilSlug: r.councilSlug,
      councilName: r.councilName,
      phase: r.phase,
      startedOn: String(r.startedOn),
      nextDueOn: r.nextDueOn ? String(r.nextDueOn) : null,
      overdueCount: r.overdueCount,
      flagCount: r.flagCount,
      linkedFrom: r.linkedFrom,
      linkedTo: r.linkedTo,
      updatedAt: new Date(r.updatedAt).toISOString(),
    }));
    const webUiUrl = webUiListUrl(this.env, visibilityQuery({ council: q.council, kind: q.kind, phase: q.phase, overdue: q.overdue, dueOnOrBefore }));
    return { items, total, page: q.page, pageSize: q.pageSize, webUiUrl };
  }
}
