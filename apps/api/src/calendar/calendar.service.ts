import { ForbiddenException, Injectable } from '@nestjs/common';
import ical from 'ical-generator';
import { DataSource } from 'typeorm';
import { rolesConcerned, type Actor, type InstrumentRef } from '@cs/domain';
import { councilRefusal, isCouncilUser } from '@cs/contract';
import { TemporalClientService } from '../infrastructure/temporal-client.service';
import { dutyEvent, type DutyEvent } from './calendar-events';

/** A caseload feed reads at most this many instruments (each is one query to its workflow). */
const CASELOAD_LIMIT = 200;
/** National readers (admin, viewer) see every duty; the others the duties that concern their role. */
const SEES_ALL = new Set(['admin', 'viewer']);

/** iCalendar feeds of the dates the rules set: one instrument's, or a person's whole caseload. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly temporal: TemporalClientService,
    private readonly db: DataSource,
  ) {}

  async instrument(ref: InstrumentRef, actor: Actor): Promise<string> {
    const refusal = councilRefusal(actor, ref.council);
    if (refusal) throw new ForbiddenException(refusal);
    const view = await this.temporal.state(ref.workflowId);
    return render(`${view.council.name}: ${ref.workflowId}`, view.obligations.map((o) => dutyEvent(view, o)));
  }

  async caseload(actor: Actor): Promise<string> {
    const council = isCouncilUser(actor) ? (actor.council ?? '') : null;
    const rows: { workflow_id: string }[] = await this.db.query(
      `SELECT workflow_id FROM instrument_register WHERE ($1::text IS NULL OR council_slug = $1) ORDER BY started_on DESC, workflow_id LIMIT ${CASELOAD_LIMIT}`,
      [council],
    );
    const events: DutyEvent[] = [];
    for (let i = 0; i < rows.length; i += 10) {
      const views = await Promise.all(rows.slice(i, i + 10).map((r) => this.temporal.state(r.workflow_id)));
      for (const view of views)
        for (const o of view.obligations) if (SEES_ALL.has(actor.role) || rolesConcerned(o.key).includes(actor.role)) events.push(dutyEvent(view, o));
    }
    return render(`Caseload of ${actor.role}${actor.council ? ` (${actor.council})` : ''}`, events);
  }
}

function render(name: string, events: DutyEvent[]): string {
  const cal = ical({ name, prodId: { company: 'cs-intervention', product: 'statutory-intervention-engine' }, ttl: 3600 });
  for (const e of events) {
    const [y, m, d] = e.on.split('-').map(Number);
    cal.createEvent({ id: e.uid, sequence: e.sequence, start: new Date(Date.UTC(y, m - 1, d)), allDay: true, summary: e.summary, description: e.description, stamp: new Date() });
  }
  return cal.toString();
}
