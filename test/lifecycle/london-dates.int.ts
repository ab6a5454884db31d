import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { addDays, dateOf, type IsoDate } from '@cs/domain';
import { actors, record, start, startHarness, type Harness } from './support/harness';
import { NoticeFacts } from './support/notices';

// "Today" in the workflows is England's date, from the workflow clock (the server's, skipped here):
// at 23:30 UTC in summer it is already tomorrow in London; in winter London is on UTC.
const council = { slug: 'wigan', name: 'Wigan Council' };

describe("the workflow's today is the date in England", () => {
  let h: Harness;
  let notice: WorkflowHandle;
  let year: number;
  const n = new NoticeFacts(council);

  /** Lets the server's clock run on to an instant (never back). */
  const skipToInstant = async (iso: string) => {
    const wait = Date.parse(iso) - (await h.env.currentTimeMs());
    expect(wait).toBeGreaterThan(0);
    await h.env.sleep(wait);
  };
  const refusalOf = (p: Promise<unknown>) =>
    p.then(
      () => 'accepted',
      (e) => (e instanceof WorkflowUpdateFailedError ? String(e.cause?.message) : `unexpected ${e}`),
    );

  beforeAll(async () => {
    h = await startHarness('london-dates');
    const now = await h.env.currentTimeMs();
    const today: IsoDate = dateOf(now);
    notice = await start(h, 'improvement-notice', `notice/${council.slug}/${today}`, n.issued(today, addDays(today, -20)));
    // The next 1 July at least a day ahead of the server's clock.
    year = new Date(now).getUTCFullYear() + (Date.parse(`${new Date(now).getUTCFullYear()}-06-30T00:00:00Z`) > now ? 0 : 1);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('at 23:30 UTC on 1 July (00:30 BST) it is 2 July', async () => {
    await skipToInstant(`${year}-07-01T23:30:00Z`);
    const accepted = await record(notice, n.add('adviser.appointed', `${year}-07-02`, { name: 'An adviser' }, actors.caselead));
    expect(accepted.summary.asOf).toBe(`${year}-07-02`);
    const future = n.add('adviser.reported', `${year}-07-03`, { kind: 'progress', summary: 'Early' }, actors.adviser);
    expect(await refusalOf(record(notice, future))).toBe(`effective date ${year}-07-03 is in the future (today is ${year}-07-02)`);
  });

  it('at 23:30 UTC on 15 January (23:30 GMT) it is still 15 January', async () => {
    await skipToInstant(`${year + 1}-01-15T23:30:00Z`);
    const late = n.add('adviser.reported', `${year + 1}-01-16`, { kind: 'progress', summary: 'Too soon' }, actors.adviser);
    expect(await refusalOf(record(notice, late))).toBe(`effective date ${year + 1}-01-16 is in the future (today is ${year + 1}-01-15)`);
    const onTheDay = await record(notice, n.add('adviser.reported', `${year + 1}-01-15`, { kind: 'progress', summary: 'Progress' }, actors.adviser));
    expect(onTheDay.summary.asOf).toBe(`${year + 1}-01-15`);
  });
});
