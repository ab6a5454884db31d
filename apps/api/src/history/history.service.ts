import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import type { Env } from '@cs/config';
import type { HistoryPage, HistoryQuery, InstrumentRef } from '@cs/domain';
import { visibilityQuery } from '@cs/contract';
import { webUiListUrl, webUiRunUrl } from '@cs/temporal';
import { ENV } from '../infrastructure/tokens';
import { TemporalClientService } from '../infrastructure/temporal-client.service';
import { readableEvent } from './history-events';

/** An instrument's Temporal event history, a page at a time, readable, with the Web UI's link. */
@Injectable()
export class HistoryService {
  constructor(
    private readonly temporal: TemporalClientService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async page(ref: InstrumentRef, q: HistoryQuery): Promise<HistoryPage> {
    const token = q.pageToken ? Buffer.from(q.pageToken, 'base64url') : undefined;
    const raw = await this.temporal.history(ref.workflowId, q.runId, q.pageSize, token).catch((err: unknown) => {
      throw token && isInvalidArgument(err) ? forgedPageToken() : err;
    });
    return {
      workflowId: ref.workflowId,
      runId: raw.runId,
      status: raw.status,
      webUiUrl: webUiRunUrl(this.env, ref.workflowId, raw.runId),
      webUiCouncilUrl: webUiListUrl(this.env, visibilityQuery({ council: ref.council })),
      events: raw.events.map(readableEvent),
      nextPageToken: raw.nextPageToken ? Buffer.from(raw.nextPageToken).toString('base64url') : null,
    };
  }
}

/** gRPC INVALID_ARGUMENT: Temporal's answer to a page token it did not issue for this history. */
function isInvalidArgument(err: unknown): boolean {
  return (err as { code?: unknown } | undefined)?.code === 3;
}

function forgedPageToken(): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: 'invalid input',
    issues: [{ field: 'pageToken', message: 'is not the nextPageToken of a page of this history' }],
  });
}
