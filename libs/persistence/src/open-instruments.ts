import type { DataSource } from 'typeorm';
import { endedPhases, type InstrumentKind } from '@cs/domain';
import { RegisterEntity } from './entities';

/** The open instruments of some kinds, as the register lists them (every phase but the ended ones). */
export async function openInstruments(db: DataSource, kinds: readonly InstrumentKind[]): Promise<{ workflowId: string; kind: InstrumentKind; councilSlug: string }[]> {
  if (!kinds.length) return [];
  const rows = await db.getRepository(RegisterEntity).createQueryBuilder('r')
    .where('r.kind IN (:...kinds)', { kinds })
    .andWhere('r.phase NOT IN (:...ended)', { ended: endedPhases })
    .orderBy('r.workflow_id')
    .getMany();
  return rows.map((r) => ({ workflowId: r.workflowId, kind: r.kind as InstrumentKind, councilSlug: r.councilSlug }));
}
