import type { WorkflowHandle } from '@temporalio/client';
import type { Fact, IsoDate } from '@cs/domain';
import { NotificationEntity, RegisterEntity } from '@cs/persistence';
import { TRAFFORD, traffordContinuingBoardFacts, traffordNoticeFacts } from '../../rules/src/fixtures/trafford';
import type { ContinuingBoardState } from '@cs/workflows';
import type { NoticeState } from '@cs/workflows';
import type { InstrumentView } from '@cs/contract';
import { eventually, record, start, startHarness, stateOf, stateOnceStarted, type Harness } from './support/harness';
import { recordHistories, runSizes } from './support/histories';

// The canonical Trafford timeline (DOMAIN.md), entered fact by fact as the people would give them,
// with the state checked as of each milestone. The rules decide every date; the test only reads.
const NOTICE_ID = 'notice/trafford/2019-05-23';
const BOARD_ID = 'continuing-board/trafford/2023-02-21';

const due = (v: InstrumentView, kind: string) => v.obligations.find((o) => o.kind === kind && o.status !== 'met');
const open = (v: InstrumentView) => v.openDecisions.map((d) => d.decision).sort();

/** Send every fact up to the last one effective on or before `asOf`; return the state as of then. */
async function through<D>(handle: WorkflowHandle, facts: Fact[], sent: { n: number }, asOf: IsoDate): Promise<InstrumentView<D>> {
  let last = -1;
  facts.forEach((f, i) => (f.effectiveOn <= asOf ? (last = i) : undefined));
  for (; sent.n <= last; sent.n++) await record(handle, facts[sent.n]);
  return stateOf<D>(handle, asOf);
}

describe('Trafford: notice 2019 → lifting 2023 → Ambitions Board', () => {
  let h: Harness;
  const wall = Date.now();
  beforeAll(async () => {
    h = await startHarness('trafford');
  });
  afterAll(async () => {
    await h?.stop();
  });

  // The ILACS of 2019-05-08 predates the notice: the notice carries it as its trigger instead.
  const all = traffordNoticeFacts().filter((f) => f.effectiveOn >= TRAFFORD.issuedOn);
  const [issued, ...facts] = all;
  const sent = { n: 0 };
  let notice: WorkflowHandle;

  it('issues the notice and appoints the adviser (2019-05-23)', async () => {
    expect(issued.type).toBe('notice.issued');
    notice = await start(h, 'improvement-notice', NOTICE_ID, issued);
    const v = await through<NoticeState>(notice, facts, sent, '2019-05-23');
    expect(v.phase).toBe('adviser-appointed');
    expect(v.detail.adviser?.name).toBe('Claire Burgess');
    expect(due(v, 'dfe-review')?.dueOn).toBe('2019-11-23');
    expect(due(v, 'plan-actions-delivered')?.dueOn).toBe('2020-08-31');
    expect(v.flags.map((f) => f.kind)).toEqual(expect.arrayContaining(['plan-missing', 'board-missing']));
    expect(v.rulebooks.map((r) => r.id)).toContain('improvement-notice');
  });

  it('is under improvement once the plan is agreed and the board established (2019-07-18)', async () => {
    const v = await through<NoticeState>(notice, facts, sent, '2019-07-18');
    expect(v.phase).toBe('under-improvement');
    expect(v.detail.plan.objectives).toHaveLength(8);
    expect(v.detail.board?.chair.councilOfficerOrMember).toBe(false);
    expect(due(v, 'board-meeting')?.dueOn).toBe('2019-08-15');
    expect(v.flags.map((f) => f.kind)).not.toContain('plan-missing');
  });

  it('holds six-monthly reviews before the flexibilities (2020-06-17)', async () => {
    const v = await through<NoticeState>(notice, facts, sent, '2020-06-17');
    expect(v.detail.reviews.filter((r) => r.stage === 'concluded').map((r) => r.reviewId)).toEqual(['review-1', 'review-2']);
    expect(due(v, 'dfe-review')?.dueOn).toBe('2020-09-12');
    expect(due(v, 'board-meeting')?.dueOn).toBe('2020-06-25');
  });

  it('moves every timer when the Covid-19 flexibilities start (2020-06-18)', async () => {
    const v = await through<NoticeState>(notice, facts, sent, '2020-06-19');
    expect(v.detail.flexibilities).toEqual([{ amendmentId: 'covid-19-flexibilities', startedOn: '2020-06-18' }]);
    expect(due(v, 'dfe-review')?.dueOn).toBe('2020-12-12');
    expect(due(v, 'board-meeting')?.dueOn).toBe('2020-07-30');
    expect(v.rulebooks.map((r) => r.id)).toContain('covid-19-flexibilities');
  });

  it('opens the assessment at the August 2020 deadline, and the caselead extends it', async () => {
    const atDeadline = await through<NoticeState>(notice, facts, sent, '2020-09-01');
    expect(atDeadline.phase).toBe('assessment');
    expect(open(atDeadline)).toEqual(['continue', 'escalate', 'extend']);
    expect(atDeadline.obligations.find((o) => o.kind === 'plan-actions-delivered')?.status).toBe('overdue');
    const extended = await through<NoticeState>(notice, facts, sent, '2020-09-24');
    expect(extended.phase).toBe('under-improvement');
    expect(extended.detail.assessments.map((a) => a.decision)).toEqual(['extend']);
    expect(due(extended, 'plan-actions-delivered')?.dueOn).toBe('2022-12-31');
  });

  it('returns to business as usual when the flexibilities end (2021-07-19)', async () => {
    const v = await through<NoticeState>(notice, facts, sent, '2021-08-01');
    expect(v.detail.flexibilities[0].endedOn).toBe('2021-07-19');
    expect(due(v, 'board-meeting')?.dueOn).toBe('2021-08-12');
  });

  it('opens lifting on the re-inspection published early 2023 (requires improvement)', async () => {
    const v = await through<NoticeState>(notice, facts, sent, '2023-01-28');
    expect(v.phase).toBe('assessment');
    expect(v.detail.inspections.at(-1)).toMatchObject({ judgement: 'requires-improvement', on: '2023-01-27' });
    expect(open(v)).toContain('lift');
    expect(v.detail.reviews).toHaveLength(7);
  });

  it('is lifted in February 2023 and hands over to support and supervision', async () => {
    const v = await through<NoticeState>(notice, facts, sent, '2023-02-21');
    expect(sent.n).toBe(facts.length);
    expect(v.phase).toBe('lifted');
    expect(v.endedOn).toBe(TRAFFORD.liftedOn);
    const result = await notice.result();
    expect(result).toMatchObject({ phase: 'lifted', endedOn: '2023-02-21', linkedTo: BOARD_ID });
    const row = await eventually(() => h.db.getRepository(RegisterEntity).findOneBy({ workflowId: NOTICE_ID }), (r) => r?.phase === 'lifted');
    expect(row).toMatchObject({ phase: 'lifted', linkedTo: BOARD_ID, kind: 'improvement-notice' });
  });

  it('runs the continuing board: support and supervision, then the Ambitions Board (2023)', async () => {
    const board = h.client.workflow.getHandle(BOARD_ID);
    const [support, ...rest] = traffordContinuingBoardFacts();
    expect(support.type).toBe('support.started');
    const supervised = await stateOnceStarted<ContinuingBoardState>(board, '2023-03-01');
    expect(supervised).toMatchObject({ phase: 'support-and-supervision', links: { from: NOTICE_ID } });
    const sentBoard = { n: 0 };
    const established = await through<ContinuingBoardState>(board, rest, sentBoard, '2023-06-01');
    expect(established.phase).toBe('ambitions-board');
    expect(established.detail.ambitionsBoard?.ambitions).toHaveLength(8);
    const last = await through<ContinuingBoardState>(board, rest, sentBoard, '2024-12-31');
    expect(last.detail.meetings.length).toBeGreaterThan(5);
    // As of today the facts stop in 2024: the next meeting is long overdue. The register counts it;
    // the outbox stays quiet, since entering history is not news (OVERDUE_NEWS_DAYS).
    const now = await stateOf<ContinuingBoardState>(board);
    expect(now.phase).toBe('ambitions-board');
    const overdue = now.obligations.filter((o) => o.status === 'overdue');
    expect(overdue.map((o) => o.kind)).toEqual(['ambitions-board-meeting']);
    const row = await eventually(() => h.db.getRepository(RegisterEntity).findOneBy({ workflowId: BOARD_ID }), (r) => r?.phase === 'ambitions-board');
    expect(row).toMatchObject({ kind: 'continuing-board', linkedFrom: NOTICE_ID, overdueCount: 1 });
    expect(await h.db.getRepository(NotificationEntity).countBy({ workflowId: BOARD_ID, kind: 'overdue' })).toBe(0);
  });

  it('keeps each run of the notice small, and records the histories for replay', async () => {
    const sizes = await runSizes(h.client, NOTICE_ID);
    const boardSizes = await runSizes(h.client, BOARD_ID);
    console.log(JSON.stringify({ trafford: { facts: all.length, noticeRuns: sizes, boardRuns: boardSizes, wallMs: Date.now() - wall } }));
    expect(sizes.length).toBeGreaterThan(1);
    for (const r of sizes) expect(r.events).toBeLessThan(2_500);
    await recordHistories(h.client, NOTICE_ID, 'trafford-notice');
    await recordHistories(h.client, BOARD_ID, 'trafford-continuing-board');
  });
});
