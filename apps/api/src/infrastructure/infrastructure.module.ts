import { DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Env } from '@cs/config';
import { logDatabaseWait, openDatabase } from '@cs/persistence';
import { TemporalClientService } from './temporal-client.service';
import { ENV } from './tokens';

/**
 * Configuration, the Postgres data source and the one Temporal client, shared by every feature
 * module. Built once per app from a validated Env.
 */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: ENV, useValue: env },
        {
          provide: DataSource,
          useFactory: () => {
            if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set');
            return openDatabase(env.DATABASE_URL, { waitMs: env.DATABASE_WAIT_MS, onWait: logDatabaseWait('api'), queryTimeoutMs: env.DATABASE_QUERY_TIMEOUT_MS });
          },
        },
        TemporalClientService,
      ],
      exports: [ENV, DataSource, TemporalClientService],
    };
  }
}
