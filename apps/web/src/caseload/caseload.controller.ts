import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { dateOf, InstrumentKind, Phase, RegisterPage, RegisterQuery } from '@cs/domain';
import { ApiClient } from '../common/api-client';
import { CouncilDirectory } from '../common/council-directory';
import { paginationOf } from '../common/pagination';
import { errorList, fieldErrors } from '../recording/form-errors';
import { Person } from '../session/person.decorator';
import type { SignedIn } from '../session/session.store';
import { DUE_SOON_DAYS, ragOf } from './rag';

const PAGE_SIZE = 50;
const FILTERS = ['council', 'kind', 'phase', 'overdue', 'dueWithinDays'] as const;

/**
 * The caseload: every instrument the person may see (the API scopes council users to their own),
 * filtered with the register's own query schema, soonest due first, with counts and a RAG rating.
 */
@Controller()
export class CaseloadController {
  constructor(
    private readonly api: ApiClient,
    private readonly councils: CouncilDirectory,
  ) {}

  @Get()
  async caseload(@Person() person: SignedIn, @Query() raw: Record<string, unknown>, @Res() res: Response) {
    const given: Record<string, string> = {};
    for (const key of [...FILTERS, 'page'] as const) {
      const value = raw[key];
      if (typeof value === 'string' && value.trim() !== '') given[key] = value.trim();
    }
    const national = !person.user.council;
    if (!national) delete given.council; // the API answers council users with their own council only
    const parsed = RegisterQuery.safeParse({ ...given, pageSize: String(PAGE_SIZE) });
    const view = {
      title: 'Caseload',
      filters: given,
      national,
      // Built here, not in a Nunjucks loop: with 500 councils the template's push-per-item cost the page milliseconds.
      councilItems: national ? [{ value: '', text: 'Any council' }, ...(await this.councils.all()).map((c) => ({ value: c.slug, text: c.name, selected: given.council === c.slug }))] : [],
      kinds: InstrumentKind.options,
      phases: Phase.options,
      dueSoonDays: DUE_SOON_DAYS,
    };
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
      return res.status(400).render('pages/caseload', { ...view, errors: errorList(issues), fieldErrors: fieldErrors(issues), items: [] });
    }
    const scope = new URLSearchParams(Object.entries(given).filter(([k]) => k === 'council' || k === 'kind' || k === 'phase'));
    const query = (extra: Record<string, string>) => `/register?${new URLSearchParams({ ...Object.fromEntries(scope), ...extra })}`;
    const [page, overdue, dueSoon] = await Promise.all([
      this.api.get(`/register?${new URLSearchParams({ ...given, pageSize: String(PAGE_SIZE) })}`, person.token, RegisterPage),
      this.api.get(query({ overdue: 'true', pageSize: '1' }), person.token, RegisterPage),
      this.api.get(query({ overdue: 'false', dueWithinDays: String(DUE_SOON_DAYS), pageSize: '1' }), person.token, RegisterPage),
    ]);
    const today = dateOf(Date.now());
    const pageLink = (n: number) => `/?${new URLSearchParams({ ...given, page: String(n) })}`;
    res.render('pages/caseload', {
      ...view,
      items: page.items.map((item) => ({ ...item, rag: ragOf(item, today), href: `/instruments/${item.workflowId}` })),
      total: page.total,
      counts: { overdue: overdue.total, dueSoon: dueSoon.total },
      pagination: paginationOf(page.total, page.page, PAGE_SIZE, pageLink),
    });
  }
}
