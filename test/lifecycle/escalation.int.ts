import type { WorkflowHandle } from '@temporalio/client';
import { RegisterEntity } from '@cs/persistence';
import type { DirectionState } from '@cs/workflows';
import type { NoticeState } from '@cs/workflows';
import { actors, eventually, record, start, refused, startHarness, stateOf, stateOnceStarted, type Harness } from './support/harness';
import { recordHistories } from './support/histories';
import { NoticeFacts } from './support/notices';

// The branch the seeds only threaten (cl. 13): poor progress, escalation to a statutory direction,
// a commissioner, and back to a notice by step-down.
const council = { slug: 'stockport', name: 'Stockport Council' };
const NOTICE_ID = 'notice/stockport/2024-01-10';
const DIRECTION_ID = 'direction/stockport/2024-07-15';
const NEXT_NOTICE_ID = 'notice/stockport/2025-05-01';

describe('escalation to a statutory direction and back by step-down', () => {
  let h: Harness;
  let notice: WorkflowHandle;
  let direction: WorkflowHandle;
  const n = new NoticeFacts(council);
  const d = new NoticeFacts(council);

  beforeAll(async () => {
    h = await startHarness('escalation');
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('opens escalation when a DfE review finds insufficient progress', async () => {
    notice = await start(h, 'improvement-notice', NOTICE_ID, n.issued('2024-01-10', '2023-12-15'));
    n.underImprovement('2024-02-01');
    n.review('rv-1', '2024-06-01', '2024-07-01', 'insufficient-progress');
    for (const f of n.facts.slice(1)) await record(notice, f);
    const before = await stateOf<NoticeState>(notice, '2024-06-30');
    expect(before.phase).toBe('under-improvement');
    const v = await stateOf<NoticeState>(notice, '2024-07-02');
    expect(v.phase).toBe('assessment');
    expect(v.openDecisions.map((x) => x.decision)).toEqual(['escalate']);
    expect(v.openDecisions[0].explanation.text).toMatch(/insufficient progress/);
  });

  it('refuses a decision the rules do not open, and escalates on the caselead\'s decision', async () => {
    const cont = n.add('assessment.decided', '2024-07-15', { decision: 'continue', reason: 'Give it time' }, actors.caselead);
    expect(await refused(record(notice, cont))).toMatch(/^decision 'continue' is not open/);
    const escalate = n.add('assessment.decided', '2024-07-15', { decision: 'escalate', reason: 'Insufficient progress at review 1' }, actors.caselead);
    await record(notice, escalate);
    expect(await notice.result()).toMatchObject({ phase: 'escalated', endedOn: '2024-07-15', linkedTo: DIRECTION_ID });
    const ended = await stateOf<NoticeState>(notice);
    expect(ended.phase).toBe('escalated');
    expect(ended.links.to).toBe(DIRECTION_ID);
  });

  it('starts the direction linked to the notice, and a commissioner reports', async () => {
    direction = h.client.workflow.getHandle(DIRECTION_ID);
    const issued = await stateOnceStarted<DirectionState>(direction);
    expect(issued).toMatchObject({ kind: 'statutory-direction', phase: 'issued', startedOn: '2024-07-15', links: { from: NOTICE_ID } });
    expect(issued.detail.issued).toMatchObject({ basis: 'escalation', fromInstrumentId: NOTICE_ID, arrangement: 'council-control' });
    await record(direction, d.add('commissioner.appointed', '2024-07-20', { name: 'A commissioner' }, actors.caselead));
    await record(direction, d.add('commissioner.reported', '2024-10-20', { reportKind: 'initial', summary: 'Capacity report' }, actors.caselead));
    const v = await stateOf<DirectionState>(direction, '2024-10-21');
    expect(v.phase).toBe('commissioner-appointed');
    expect(v.detail.reports).toEqual([{ reportKind: 'initial', on: '2024-10-20' }]);
  });

  it('refuses step-down and revocation until the rules open them', async () => {
    const early = d.add('direction.ended', '2024-11-01', { outcome: 'step-down', reason: 'Early' }, actors.caselead);
    expect(await refused(record(direction, early))).toMatch(/^decision 'step-down' is not open: .*no commissioner review report/);
    await record(direction, d.add('commissioner.reported', '2025-04-20', { reportKind: 'review', summary: 'Progress is sound' }, actors.caselead));
    const revoke = d.add('direction.ended', '2025-05-01', { outcome: 'revoke', reason: 'x' }, actors.caselead);
    expect(await refused(record(direction, revoke))).toMatch(/^decision 'revoke' is not open/);
    const revised = d.add('direction.revised', '2025-04-25', { arrangement: 'partner-council', reason: 'Partner support' }, actors.caselead);
    expect((await record(direction, revised)).summary.phase).toBe('commissioner-appointed');
  });

  it('steps down to a new notice linked back to the direction', async () => {
    await record(direction, d.add('direction.ended', '2025-05-01', { outcome: 'step-down', reason: 'Capacity to improve shown' }, actors.caselead));
    expect(await direction.result()).toMatchObject({ phase: 'stepped-down', linkedTo: NEXT_NOTICE_ID });
    const next = await stateOnceStarted<NoticeState>(h.client.workflow.getHandle(NEXT_NOTICE_ID), '2025-05-01');
    expect(next).toMatchObject({ kind: 'improvement-notice', phase: 'issued', startedOn: '2025-05-01', links: { from: DIRECTION_ID } });
    // Where the new notice stands as of today is not asserted: its deadline comes from a trigger the
    // step-down cannot state yet (docs/lifecycle.md, "Known gaps"), so today's phase is that gap's.
    const rows = await eventually(
      () => h.db.getRepository(RegisterEntity).findBy({ councilSlug: 'stockport' }),
      (r) => r.length === 3 && r.some((x) => x.phase === 'stepped-down'),
    );
    const byId = Object.fromEntries(rows.map((r) => [r.workflowId, r]));
    expect(byId[NOTICE_ID]).toMatchObject({ phase: 'escalated', linkedTo: DIRECTION_ID });
    expect(byId[DIRECTION_ID]).toMatchObject({ phase: 'stepped-down', linkedFrom: NOTICE_ID, linkedTo: NEXT_NOTICE_ID });
    expect(byId[NEXT_NOTICE_ID]).toMatchObject({ kind: 'improvement-notice', startedOn: '2025-05-01', linkedFrom: DIRECTION_ID });
    await recordHistories(h.client, NOTICE_ID, 'stockport-notice');
    await recordHistories(h.client, DIRECTION_ID, 'stockport-direction');
  });
});
