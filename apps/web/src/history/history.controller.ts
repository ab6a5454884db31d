import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HistoryPage } from '@cs/domain';
import { ApiClient } from '../common/api-client';
import { INSTRUMENT_PAGE, instrumentOf } from '../instrument/instrument-path';
import { Person } from '../session/person.decorator';
import type { SignedIn } from '../session/session.store';

/** For admins: the instrument's Temporal event history, readable, paged, with its Web UI link. */
@Controller(`${INSTRUMENT_PAGE}/history`)
export class HistoryController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async show(@Person(['admin']) person: SignedIn, @Param() params: Record<string, string>, @Query('pageToken') pageToken: string | undefined, @Res() res: Response) {
    const ref = instrumentOf(params);
    const token = pageToken && /^[A-Za-z0-9_-]{1,4000}$/.test(pageToken) ? `&pageToken=${pageToken}` : '';
    const history = await this.api.get(`/instruments/${ref.workflowId}/history?pageSize=100${token}`, person.token, HistoryPage);
    res.render('pages/history', {
      title: 'Workflow history',
      ref,
      history,
      next: history.nextPageToken ? `/instruments/${ref.workflowId}/history?pageToken=${history.nextPageToken}` : undefined,
    });
  }
}
