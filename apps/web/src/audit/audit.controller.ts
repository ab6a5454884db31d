import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AuditPage } from '@cs/domain';
import { ApiClient } from '../common/api-client';
import { paginationOf } from '../common/pagination';
import { INSTRUMENT_PAGE, instrumentOf } from '../instrument/instrument-path';
import { payloadSummary } from '../instrument/payload-summary';
import { Person } from '../session/person.decorator';
import type { SignedIn } from '../session/session.store';

const PAGE_SIZE = 50;

/** The audit trail of an instrument: every command, accepted or refused and why, newest first. */
@Controller(`${INSTRUMENT_PAGE}/audit`)
export class AuditController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async show(@Person() person: SignedIn, @Param() params: Record<string, string>, @Query('page') page: string | undefined, @Res() res: Response) {
    const ref = instrumentOf(params);
    const n = /^\d{1,5}$/.test(page ?? '') && Number(page) > 0 ? Number(page) : 1;
    const audit = await this.api.get(`/instruments/${ref.workflowId}/audit?page=${n}&pageSize=${PAGE_SIZE}`, person.token, AuditPage);
    const link = (p: number) => `/instruments/${ref.workflowId}/audit?page=${p}`;
    res.render('pages/audit', {
      title: 'Audit trail',
      ref,
      items: audit.items.map((i) => ({ ...i, summary: payloadSummary(i.payload) })),
      total: audit.total,
      pagination: paginationOf(audit.total, n, PAGE_SIZE, link),
    });
  }
}
