import { BadRequestException, Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { InstrumentView } from '@cs/contract/schemas';
import { AsOfQuery, FactType, RegisterPage, Timeline, type RegisterItem } from '@cs/domain';
import { escapeXml } from './timeline-svg';
import { ApiClient } from '../common/api-client';
import { humanise } from '../common/wording';
import { recordableBy } from '../recording/recordable';
import { Person } from '../session/person.decorator';
import type { SignedIn } from '../session/session.store';
import { INSTRUMENT_PAGE, instrumentOf } from './instrument-path';
import { payloadSummary } from './payload-summary';
import { timelineSvg } from './timeline-svg';

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
    const q = AsOfQuery.safeParse(typeof query.asOf === 'string' && query.asOf ? { asOf: query.asOf } : {});
    if (!q.success) throw new BadRequestException(`asOf ${q.error.issues[0].message}`);
    const asOf = q.data.asOf ? `?asOf=${q.data.asOf}` : '';
    const base = `/instruments/${ref.workflowId}`;
    const [state, timeline, register] = await Promise.all([
      this.api.get(`${base}${asOf}`, person.token, InstrumentView),
      this.api.get(`${base}/timeline${asOf}`, person.token, Timeline),
      this.api.get(`/register?council=${ref.council}&pageSize=100`, person.token, RegisterPage),
    ]);
    const ended = Boolean(state.endedOn);
    const commands = ended ? [] : recordableBy({ id: person.user.id, role: person.user.role, council: person.user.council }, ref.kind, ref.council);
    res.render('pages/instrument', {
      title: `${state.council.name}: ${humanise(state.kind)}`,
      ref,
      state,
      href: `/${base.slice(1)}`,
      chain: chainOf(ref.workflowId, state.links, register.items),
      svg: timelineSvg({
        startedOn: state.startedOn,
        asOf: timeline.asOf,
        past: timeline.past.map((f) => ({ on: f.effectiveOn, label: humanise(f.type) })),
        due: timeline.due.map((o) => ({ on: o.dueOn, label: humanise(o.kind) + (o.subject ? ` (${o.subject})` : ''), status: o.status })),
      }),
      past: [...timeline.past].reverse().map((f) => ({ ...f, summary: payloadSummary(f.payload) })),
      obligations: [...state.obligations].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0)),
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
