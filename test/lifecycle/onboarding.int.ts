import { NotificationEntity, RegisterEntity } from '@cs/persistence';
import { TRAFFORD, traffordNoticeFacts } from '../../rules/src/fixtures/trafford';
import type { NoticeState } from '@cs/workflows';
import { eventually, factsOf, forCouncil, record, start, startHarness, stateOf, type Harness } from './support/harness';
import { runSizes, runsOf } from './support/histories';

// A programme office onboards a notice that has run for two years by entering its past at once.
// Every date comes from effective dates; as of today the missed duties are overdue, once each.
const council = { slug: 'wigan', name: 'Wigan Council' };
const ID = 'notice/wigan/2019-05-23';

describe('onboarding two years of backdated history', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('onboarding');
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('accepts the whole past, derives the state then and now, and counts what is overdue', async () => {
    const facts = forCouncil(traffordNoticeFacts({ until: '2021-05-23' }), council).filter((f) => f.effectiveOn >= TRAFFORD.issuedOn);
    const [issued, ...past] = facts;
    const notice = await start(h, 'improvement-notice', ID, issued);
    const began = Date.now();
    for (const f of past) await record(notice, f);
    const perFactMs = (Date.now() - began) / past.length;

    expect(await factsOf(notice)).toHaveLength(facts.length);
    const then = await stateOf<NoticeState>(notice, '2021-05-23');
    expect(then.phase).toBe('under-improvement');
    expect(then.detail.reviews.filter((r) => r.stage === 'concluded').map((r) => r.reviewId)).toEqual(['review-1', 'review-2', 'review-3']);
    expect(then.detail.flexibilities).toEqual([{ amendmentId: 'covid-19-flexibilities', startedOn: '2020-06-18' }]);

    const now = await stateOf<NoticeState>(notice);
    expect(now.phase).toBe('assessment'); // the extended deadline (2022-12-31) has passed since
    const overdue = now.obligations.filter((o) => o.status === 'overdue');
    expect(overdue.map((o) => o.kind)).toEqual(expect.arrayContaining(['board-meeting', 'dfe-review']));
    const row = await eventually(() => h.db.getRepository(RegisterEntity).findOneBy({ workflowId: ID }), (r) => r?.phase === 'assessment');
    expect(row).toMatchObject({ phase: 'assessment', councilSlug: 'wigan', overdueCount: overdue.length });
    // Years-old duties are state, not news: no overdue notice floods the outbox during onboarding.
    expect(await h.db.getRepository(NotificationEntity).countBy({ workflowId: ID, kind: 'overdue' })).toBe(0);

    const sizes = await runSizes(h.client, ID);
    console.log(JSON.stringify({ onboarding: { facts: facts.length, perFactMs: Math.round(perFactMs), runs: sizes } }));
    expect(sizes.length).toBeGreaterThan(1);
    // Entered back to back, each command sent on the last one's answer: a run that continued as new
    // in a task answering no command had its completion refused (unhandled command) and was
    // replayed from its start. Every run now hands over with a command's answer: no failed task.
    const failedTasks = (await runsOf(h.client, ID)).flatMap((r) =>
      (r.history.events ?? []).filter((e) => e.workflowTaskFailedEventAttributes).map((e) => ({ runId: r.runId, eventId: String(e.eventId), cause: e.workflowTaskFailedEventAttributes?.cause })),
    );
    expect(failedTasks).toEqual([]);
  });
});
