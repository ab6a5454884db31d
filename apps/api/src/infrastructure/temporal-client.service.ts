import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import type { Env } from '@cs/config';
import { clientConnectionOptions } from '@cs/temporal';
import { ENV } from './tokens';

/**
 * The API's single way to Temporal. Connects lazily, so the API starts (and answers 503) while
 * Temporal is down, and reconnects by itself when it comes back.
 */
@Injectable()
export class TemporalClientService implements OnApplicationShutdown {
  private connection?: Promise<Connection>;

  constructor(@Inject(ENV) readonly env: Env) {}

  async client(): Promise<Client> {
    this.connection ??= Connection.connect(clientConnectionOptions(this.env)).catch((err) => {
      this.connection = undefined;
      throw err;
    });
    return new Client({ connection: await this.connection, namespace: this.env.TEMPORAL_NAMESPACE });
  }

  get taskQueue(): string {
    return this.env.TEMPORAL_TASK_QUEUE;
  }

  async onApplicationShutdown(): Promise<void> {
    const connection = await this.connection?.catch(() => undefined);
    await connection?.close();
  }
}
