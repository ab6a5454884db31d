import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, WorkflowIdReusePolicy, WorkflowNotFoundError } from '@temporalio/client';
import type { temporal } from '@temporalio/proto';
import type { Env } from '@cs/config';
import {
  commandUpdate,
  engineCheckWorkflowType,
  factsQuery,
  instrumentWorkflowTypes,
  overviewQuery,
  stateQuery,
  type CommandAccepted,
  type CommandInput,
  type EngineCheckWorkflow,
  type InstrumentOverview,
  type InstrumentView,
  type InstrumentWorkflow,
  type LifecycleInput,
} from '@cs/contract';
import type { Fact, InstrumentKind, IsoDate, OverviewQuery } from '@cs/domain';
import { clientConnectionOptions, temporalAddress } from '@cs/temporal';
import { DependencyDownError } from '../common/unavailable';
import { instrumentNotFound } from '../common/workflow-errors';
import { ENV } from './tokens';

export interface HistoryPageRaw {
  runId: string;
  status: string;
  events: temporal.api.history.v1.IHistoryEvent[];
  nextPageToken?: Uint8Array;
}

/**
 * The API's single way to Temporal: one connection and one client for the process. Connects
 * lazily, so the API starts (and answers 503) while Temporal is down, and reconnects by itself when
 * it comes back. Speaks the contract's typed definitions (libs/contract): the API never loads
 * workflow code.
 */
@Injectable()
export class TemporalClientService implements OnApplicationShutdown {
  private connected?: Promise<{ connection: Connection; client: Client }>;

  constructor(@Inject(ENV) readonly env: Env) {}

  async client(): Promise<Client> {
    this.connected ??= Connection.connect(clientConnectionOptions(this.env)).then(
      (connection) => ({ connection, client: new Client({ connection, namespace: this.env.TEMPORAL_NAMESPACE }) }),
      (err: Error) => {
        this.connected = undefined;
        // Any failure to connect (refused, no answer before the deadline) is Temporal being unreachable.
        throw new DependencyDownError(`Temporal is unreachable at ${temporalAddress(this.env)}: ${err.message}`);
      },
    );
    return (await this.connected).client;
  }

  /**
   * Runs one exchange with Temporal under TEMPORAL_CALL_TIMEOUT_MS: past it the call fails with
   * DEADLINE_EXCEEDED (read as 503) instead of holding the request while a worker is down.
   */
  private async bounded<T>(fn: (client: Client) => Promise<T>, ms = this.env.TEMPORAL_CALL_TIMEOUT_MS): Promise<T> {
    const client = await this.client();
    return client.withDeadline(Date.now() + ms, () => fn(client));
  }

  /** The same for a call to one instrument's workflow: one Temporal does not hold is the typed NotFound refusal. */
  private async instrument<T>(workflowId: string, fn: (client: Client) => Promise<T>, ms?: number): Promise<T> {
    try {
      return await this.bounded(fn, ms);
    } catch (err) {
      throw err instanceof WorkflowNotFoundError ? instrumentNotFound(workflowId) : err;
    }
  }

  get taskQueue(): string {
    return this.env.TEMPORAL_TASK_QUEUE;
  }

  /** Starts an instrument; an id already used (running or closed) is refused, never reused. */
  async startInstrument(kind: InstrumentKind, workflowId: string, input: LifecycleInput): Promise<string> {
    const handle = await this.bounded((client) => client.workflow.start<InstrumentWorkflow>(instrumentWorkflowTypes[kind], {
      taskQueue: this.taskQueue,
      workflowId,
      args: [input],
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      workflowTaskTimeout: this.env.WORKFLOW_TASK_TIMEOUT_MS,
    }));
    return handle.firstExecutionRunId;
  }

  /** The `command` update; the update id makes a retried request return the first answer. */
  async command(workflowId: string, input: CommandInput, updateId: string): Promise<CommandAccepted> {
    return this.instrument(workflowId, (client) =>
      client.workflow.getHandle(workflowId).executeUpdate(commandUpdate, { args: [input], updateId }),
    );
  }

  async state(workflowId: string, asOf?: IsoDate): Promise<InstrumentView> {
    return this.instrument(workflowId, (client) => client.workflow.getHandle(workflowId).query(stateQuery, asOf));
  }

  /** What an instrument's page shows, in one query (the workflow pages its facts itself). */
  async overview(workflowId: string, request: OverviewQuery): Promise<InstrumentOverview> {
    return this.instrument(workflowId, (client) => client.workflow.getHandle(workflowId).query(overviewQuery, request));
  }

  /** An instrument's facts; `ms` bounds this one read where a caller reads many (the impact preview). */
  async facts(workflowId: string, ms?: number): Promise<Fact[]> {
    return this.instrument(workflowId, (client) => client.workflow.getHandle(workflowId).query(factsQuery), ms);
  }

  /** Runs the engine-check workflow to its end; it returns its own id. */
  async checkEngine(workflowId: string, requestedAt: Date): Promise<string> {
    const client = await this.client();
    return client.workflow.execute<EngineCheckWorkflow>(engineCheckWorkflowType, {
      args: [requestedAt.toISOString()],
      taskQueue: this.taskQueue,
      workflowId,
      workflowExecutionTimeout: '1m',
    });
  }

  /** Whether the instrument's workflow exists and, if so, whether its latest run is still running. */
  async status(workflowId: string): Promise<{ runId: string; status: string }> {
    const d = await this.instrument(workflowId, (client) => client.workflow.getHandle(workflowId).describe());
    return { runId: d.runId, status: d.status.name };
  }

  /** One page of a run's event history (the latest run when runId is not given). */
  async history(workflowId: string, runId: string | undefined, pageSize: number, pageToken?: Uint8Array): Promise<HistoryPageRaw> {
    const [described, page] = await this.instrument(workflowId, async (client) => {
      const d = await client.workflow.getHandle(workflowId, runId).describe();
      const p = await client.workflowService.getWorkflowExecutionHistory({
        namespace: this.env.TEMPORAL_NAMESPACE,
        execution: { workflowId, runId: d.runId },
        maximumPageSize: pageSize,
        nextPageToken: pageToken,
      });
      return [d, p] as const;
    });
    const token = page.nextPageToken && page.nextPageToken.length ? page.nextPageToken : undefined;
    return { runId: described.runId, status: described.status.name, events: page.history?.events ?? [], nextPageToken: token };
  }

  async onApplicationShutdown(): Promise<void> {
    const connected = await this.connected?.catch(() => undefined);
    await connected?.connection.close();
  }
}
