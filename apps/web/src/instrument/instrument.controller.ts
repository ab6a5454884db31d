import { BadRequestException, Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { InstrumentOverview } from '@cs/contract/schemas';
import { compareDates, FactType, OverviewQuery, RegisterPage, type RegisterItem } from '@cs/domain';
import { escapeXml } from './timeline-svg';
import { ApiClient } from '../common/api-client';
import { paginationOf } from '../common/pagination';
import { humanise } from '../common/wording';
import { recordableBy } from '../recording/recordable';
import { Person } from '../session/person.decorator';
import type { SignedIn } from '../session/session.store';
import { INSTRUMENT_PAGE, instrumentOf } from './instrument-path';
import { payloadSummary } from './payload-summary';
import { timelineSvg } from './timeline-svg';

/** Facts on one page of "What happened": the page costs the same for a month-old notice and a four-year one. */
const FACTS_PER_PAGE = 20;

/**
 * One instrument: phase, the chain of linked instruments, a drawn timeline, obligations with their
 * explanations, flags, open decisions, and what the person may record on it. All from the API,
 * asked as the person, so another council's instrument is refused there.
 */
@Controller(INSTRUMENT_PAGE)
export class InstrumentController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async show(@Person() person: SignedIn, @Param() params: Record<string, string>, @Query() query: Record<string, unknown>, @Res() res: Response) {
    const ref = instrumentOf(params);
    const given: Record<string, string> = {};
    for (const key of ['asOf', 'page', 'met'] as const) {
      const value = query[key];
      if (typeof value === 'string' && value) given[key] = value;
    }
    const q = OverviewQuery.safeParse({ ...given, pageSize: String(FACTS_PER_PAGE) });
    if (!q.success) throw new BadRequestException(`${q.error.issues[0].path.join('.')} ${q.error.issues[0].message}`);
    const base = `/instruments/${ref.workflowId}`;
    // One read of the workflow (the overview query) and the council's register rows for the chain.
    const [overview, register] = await Promise.all([
      this.api.get(`${base}/overview?${new URLSearchParams({ ...given, pageSize: String(FACTS_PER_PAGE) })}`, person.token, InstrumentOverview),
      this.api.get(`/register?council=${ref.council}&pageSize=100`, person.token, RegisterPage),
    ]);
    const { state, obligations } = overview;
    const ended = Boolean(state.endedOn);
    const commands = ended ? [] : recordableBy({ id: person.user.id, role: person.user.role, council: person.user.council }, ref.kind, ref.council);
    const href = `/${base.slice(1)}`;
    const linkWith = (change: Record<string, string | undefined>) => {
      const next = new URLSearchParams(Object.entries({ ...given, ...change }).filter((e): e is [string, string] => e[1] !== undefined));
      return next.size ? `${href}?${next}` : href;
    };
    res.render('pages/instrument', {
      title: `${state.council.name}: ${humanise(state.kind)}`,
      ref,
      state,
      href,
      chain: chainOf(ref.workflowId, state.links, register.items),
      svg: timelineSvg({
        startedOn: state.startedOn,
        asOf: state.asOf,
        past: overview.marks.map((f) => ({ on: f.effectiveOn, label: humanise(f.type) })),
        due: obligations.open.map((o) => ({ on: o.dueOn, label: humanise(o.kind) + (o.subject ? ` (${o.subject})` : ''), status: o.status })),
      }),
      past: overview.facts.items.map((f) => ({ ...f, summary: payloadSummary(f.payload) })),
      factsShown: { from: Math.min(overview.facts.total, (overview.facts.page - 1) * overview.facts.pageSize + 1), to: (overview.facts.page - 1) * overview.facts.pageSize + overview.facts.items.length, total: overview.facts.total },
      factPages: paginationOf(overview.facts.total, overview.facts.page, overview.facts.pageSize, (n) => `${linkWith({ page: n === 1 ? undefined : String(n) })}#what-happened`, 'Pages of what happened'),
      obligations: [...obligations.open, ...obligations.met].sort((a, b) => compareDates(a.dueOn, b.dueOn)),
      met: {
        shown: obligations.met.length,
        total: obligations.metTotal,
        all: q.data.met === 'all',
        toggle: q.data.met === 'all' ? linkWith({ met: undefined }) : linkWith({ met: 'all' }),
      },
      openDecisions: state.openDecisions.filter((d) => d.open),
      commands: commands.map((type) => ({ type, text: humanise(type), href: `${base}/record/${type}` })),
      ended,
      isAdmin: person.user.role === 'admin',
      flash: flashOf(query),
    });
  }
}

/** The instruments this one came from and led to, earliest first, from the register's links. */
function chainOf(self: string, links: { from?: string; to?: string }, items: RegisterItem[]): { workflowId: string; text: string; current: boolean }[] {
  const byId = new Map(items.map((i) => [i.workflowId, i]));
  const earlier: string[] = [];
  for (let id = links.from; id && !earlier.includes(id) && earlier.length < 20; id = byId.get(id)?.linkedFrom ?? undefined) earlier.unshift(id);
  const later: string[] = [];
  for (let id = links.to; id && !later.includes(id) && later.length < 20; id = byId.get(id)?.linkedTo ?? undefined) later.push(id);
  return [...earlier, self, ...later].map((workflowId) => {
    const item = byId.get(workflowId);
    return {
      workflowId,
      text: item ? `${humanise(item.kind)} from ${item.startedOn} (${humanise(item.phase)})` : workflowId,
      current: workflowId === self,
    };
  });
}

/** The banner after recording (the recording form redirects here with what it recorded). */
function flashOf(query: Record<string, unknown>): string | undefined {
  const type = FactType.safeParse(query.recorded);
  if (!type.success) return undefined;
  const what = escapeXml(humanise(type.data));
  if (query.duplicate === '1') return `<p class="govuk-notification-banner__heading">${what} was already recorded: nothing new was recorded.</p>`;
  const from = typeof query.from === 'string' && /^[a-z0-9/-]{1,120}$/.test(query.from) ? ` on ${escapeXml(query.from)}. This is the instrument that follows it.` : '.';
  return `<p class="govuk-notification-banner__heading">Recorded: ${what}${from}</p>`;
}
