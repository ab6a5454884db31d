import type { WorkflowHandle } from '@temporalio/client';
import { addDays, addMonths, dateOf, type IsoDate } from '@cs/domain';
import { NotificationEntity, RegisterEntity } from '@cs/persistence';
import { actors, eventually, record, REMINDER_LEAD_DAYS, settled, start, startHarness, stateOf, type Harness } from './support/harness';
import { recordHistories } from './support/histories';
import { NoticeFacts } from './support/notices';
import { skipTo } from '../support/time-skipping';

// Timers from the rules under time skipping: months pass in seconds; the one wake-up timer sends a
// reminder REMINDER_LEAD_DAYS before a due date and an overdue mark after it, each exactly once.
const council = { slug: 'salford', name: 'Salford City Council' };
const DAY = 86_400_000;

describe('reminders and overdue marks from the rules', () => {
  let h: Harness;
  let notice: WorkflowHandle;
  let today: IsoDate;
  let id: string;
  const n = new NoticeFacts(council);

  const outbox = (kind: 'reminder' | 'overdue') =>
    h.db.getRepository(NotificationEntity).findBy({ workflowId: id, kind });

  beforeAll(async () => {
    h = await startHarness('timers');
    today = dateOf(await h.env.currentTimeMs());
    id = `notice/salford/${today}`;
    notice = await start(h, 'improvement-notice', id, n.issued(today, addDays(today, -20)));
    await record(notice, n.add('adviser.appointed', today, { name: 'An adviser' }, actors.caselead));
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('waits for the adviser report due in three months and reminds before it', async () => {
    const v = await stateOf(notice);
    const report = v.obligations.find((o) => o.kind === 'adviser-report')!;
    expect(report.dueOn).toBe(addMonths(today, 3));
    expect(v.nextDueOn).toBe(report.dueOn);
    expect(await outbox('reminder')).toHaveLength(0);

    await skipTo(h.env, addDays(report.dueOn, -REMINDER_LEAD_DAYS - 1));
    await settled(notice);
    expect(await outbox('reminder')).toHaveLength(0);
    await skipTo(h.env, addDays(report.dueOn, -REMINDER_LEAD_DAYS));
    const reminders = await eventually(() => outbox('reminder'), (r) => r.length > 0);
    expect(reminders.map((r) => [r.obligationKey, r.dueOn])).toEqual([[report.key, report.dueOn]]);
    expect(reminders[0].message).toMatch(/^Reminder: adviser-report/);
  });

  it('marks it overdue the day after, once, and the register counts it', async () => {
    const report = (await stateOf(notice)).obligations.find((o) => o.kind === 'adviser-report')!;
    await skipTo(h.env, addDays(report.dueOn, 1));
    const marks = await eventually(() => outbox('overdue'), (r) => r.some((x) => x.obligationKey === report.key));
    expect(marks.filter((x) => x.obligationKey === report.key)).toHaveLength(1);
    const row = await eventually(() => h.db.getRepository(RegisterEntity).findOneBy({ workflowId: id }), (r) => (r?.overdueCount ?? 0) > 0);
    expect(row?.overdueCount).toBeGreaterThan(0);
    await skipTo(h.env, addDays(report.dueOn, 10));
    await settled(notice);
    expect((await outbox('overdue')).filter((x) => x.obligationKey === report.key)).toHaveLength(1);
  });

  it('recomputes the timer when the report arrives', async () => {
    const on = dateOf(await h.env.currentTimeMs());
    await record(notice, n.add('adviser.reported', on, { kind: 'progress', summary: 'Progress' }, actors.adviser));
    const v = await stateOf(notice);
    const next = v.obligations.find((o) => o.kind === 'adviser-report' && o.status !== 'met')!;
    expect(next.dueOn > on).toBe(true);
    expect(next.status).toBe('due');
    const days = (Date.parse(next.dueOn) - (await h.env.currentTimeMs())) / DAY;
    expect(days).toBeGreaterThan(60);
    await recordHistories(h.client, id, 'salford-notice-timers');
  });
});
