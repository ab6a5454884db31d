import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import type { Actor, Draft, DraftRecord, DraftStatus, RuleChange } from '@cs/domain';
import { DraftEntity } from '@cs/persistence';
import { refuseChange } from '@cs/rules';

const toDraft = (r: DraftRecord): Draft => ({
  id: r.id,
  change: r.change,
  status: r.status,
  draftedBy: { id: r.draftedById, role: r.draftedByRole },
  draftedAt: new Date(r.draftedAt).toISOString(),
  rolloutId: r.rolloutId,
  rollbackId: r.rollbackId,
});

/** Drafts of rule changes: recorded with who and when, changing nothing until applied. */
@Injectable()
export class DraftsService {
  constructor(private readonly db: DataSource) {}

  async draft(change: RuleChange, actor: Actor): Promise<Draft> {
    const issues = refuseChange(change);
    if (issues.length) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'the rules cannot take this change', issues: issues.map((i) => ({ field: i.path, message: i.message })) });
    const record: DraftRecord = { id: randomUUID(), change, status: 'drafted', draftedById: actor.id, draftedByRole: actor.role, draftedAt: new Date(), rolloutId: null, rollbackId: null };
    await this.db.getRepository(DraftEntity).insert(record);
    return toDraft(record);
  }

  async list(): Promise<Draft[]> {
    return (await this.db.getRepository(DraftEntity).find({ order: { draftedAt: 'DESC' } })).map(toDraft);
  }

  async record(id: string): Promise<DraftRecord> {
    const r = await this.db.getRepository(DraftEntity).findOneBy({ id });
    if (!r) throw new NotFoundException(`no draft ${id}; GET /rule-changes lists them`);
    return r;
  }

  async show(id: string): Promise<Draft> {
    return toDraft(await this.record(id));
  }

  /**
   * Moves a draft from one status to the next, or refuses with 409. The update is conditional on
   * the status it read, and the rollout's ids are derived from the draft, so two clicks start one rollout.
   */
  async transition(id: string, from: DraftStatus, to: DraftStatus, set: Partial<Pick<DraftRecord, 'rolloutId' | 'rollbackId'>>): Promise<DraftRecord> {
    const r = await this.record(id);
    // The same step asked again (a retry after a 503, a second click) goes on with the rollout it started.
    if (r.status === to) return r;
    const moved = r.status === from ? await this.db.getRepository(DraftEntity).update({ id, status: from }, { status: to, ...set }) : { affected: 0 };
    if (!moved.affected) throw new ConflictException(`the draft is ${r.status}; this needs it ${from}`);
    return { ...r, status: to, ...set };
  }
}
