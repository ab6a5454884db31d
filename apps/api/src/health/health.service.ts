import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EngineCheck } from '@cs/domain';
import { EngineCheckEntity } from '@cs/persistence';
import { TemporalClientService } from '../infrastructure/temporal-client.service';

export interface DependencyStatus {
  ok: boolean;
  error?: string;
}

@Injectable()
export class HealthService {
  constructor(
    private readonly db: DataSource,
    private readonly temporal: TemporalClientService,
  ) {}

  async postgres(): Promise<DependencyStatus> {
    return probe(() => this.db.query('SELECT 1'));
  }

  async temporalServer(): Promise<DependencyStatus> {
    return probe(async () => (await this.temporal.client()).workflowService.getSystemInfo({}));
  }

  /** Runs the engine-check workflow and reads back the row its activity wrote. */
  async chain(): Promise<EngineCheck> {
    const requestedAt = new Date();
    const id = `engine-check/${requestedAt.getTime()}-${Math.random().toString(36).slice(2, 8)}`;
    const workflowId = await this.temporal.checkEngine(id, requestedAt);
    const row = await this.db.getRepository(EngineCheckEntity).findOneByOrFail({ id: workflowId });
    return EngineCheck.parse(row);
  }
}

async function probe(check: () => Promise<unknown>): Promise<DependencyStatus> {
  try {
    await withTimeout(check(), 3000);
    return { ok: true };
  } catch (err) {
    return { ok: false, error: String((err as Error)?.message ?? err).slice(0, 200) };
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms))]);
}
