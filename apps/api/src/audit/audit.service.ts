import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor, AuditLine, IsoDate } from '@cs/domain';
import { AuditEntity } from '@cs/persistence';

export interface AuditRecord {
  workflowId: string;
  commandType: string;
  actor: Actor;
  effectiveOn: IsoDate | null;
  recordedAt: Date;
  outcome: 'accepted' | 'rejected';
  reason: string | null;
  idempotencyKey: string | null;
  payload: unknown;
}

/**
 * The append-only audit log (the database refuses updates and deletes): every command, accepted or
 * rejected and why. An accepted command is written once per Idempotency-Key, however often retried.
 */
@Injectable()
export class AuditService {
  constructor(private readonly db: DataSource) {}

  async record(line: AuditRecord): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_log (workflow_id, command_type, actor_id, actor_role, actor_council, effective_on, recorded_at,
         outcome, reason, idempotency_key, payload)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (workflow_id, idempotency_key) WHERE outcome = 'accepted' AND idempotency_key IS NOT NULL DO NOTHING`,
      [
        line.workflowId, line.commandType, line.actor.id, line.actor.role, line.actor.council ?? null, line.effectiveOn,
        line.recordedAt, line.outcome, line.reason, line.idempotencyKey, JSON.stringify(line.payload ?? null),
      ],
    );
  }

  async page(workflowId: string, page: number, pageSize: number): Promise<{ items: AuditLine[]; total: number }> {
    const [rows, total] = await this.db.getRepository(AuditEntity).findAndCount({
      where: { workflowId },
      order: { id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const items = rows.map((r) => ({
      ...r,
      id: String(r.id),
      effectiveOn: r.effectiveOn ? String(r.effectiveOn) : null,
      recordedAt: new Date(r.recordedAt).toISOString(),
    })) as AuditLine[];
    return { items, total };
  }
}
