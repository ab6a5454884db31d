import type { WorkflowHandle } from '@temporalio/client';
import type { PayloadOf } from '@cs/domain';
import type { DirectionState } from '../../workflows/src/direction/direction-state';
import type { NoticeState } from '../../workflows/src/notice/notice-state';
import { actors, record, start, refused, startHarness, stateOf, stateOnceStarted, type Harness } from './support/harness';
import { recordHistories } from './support/histories';
import { NoticeFacts } from './support/notices';

// Issue 11 on the workflows: an instrument pins the rulebook version in force when it began and
// moves only by an audited adoption; a notice replaced by a new notice with its own terms; a
// direction with stated report dates, revised without a new arrangement, its commissioner replaced
// by an adviser, revoked on the record's word with support and supervision after.
const council = { slug: 'lakeside', name: 'Lakeside Council' };
const NOTICE_ID = 'notice/lakeside/2012-03-01';
const NEXT_NOTICE_ID = 'notice/lakeside/2014-01-07';
const DIRECTION_ID = 'direction/lakeside/2016-02-01';
const BOARD_ID = 'continuing-board/lakeside/2020-01-13';

describe('instruments through time: pinned rulebooks, replacement, and a direction as the record tells it', () => {
  let h: Harness;
  let notice: WorkflowHandle;
  let direction: WorkflowHandle;
  const n = new NoticeFacts(council);
  const d = new NoticeFacts(council);

  beforeAll(async () => {
    h = await startHarness('through-time');
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('judges a 2012 notice by the rulebook version in force then, with no gap', async () => {
    notice = await start(h, 'improvement-notice', NOTICE_ID, n.issued('2012-03-01', '2012-02-10'));
    const v = await stateOf<NoticeState>(notice, '2012-03-01');
    expect(v.rulesError).toBeUndefined();
    expect(v.rulebooks[0]).toEqual({ id: 'improvement-notice', version: '2010.1' });
    const review = v.obligations.find((o) => o.ruleId === 'review-cadence');
    expect(review).toMatchObject({ subject: 'review-1', dueOn: '2012-09-01' });
    // Cited to Lakeside's own notice, never Trafford's.
    expect(review!.explanation.clauses.map((c) => c.document)).toEqual(['the notice to Lakeside Council, 2012-03-01']);
  });

  it('adopts a later version only on an audited command, never an earlier one', async () => {
    const back = n.add('rulebook.adopted', '2013-06-01', { rulebookId: 'improvement-notice', version: '2010.1', reason: 'no change' }, actors.caselead);
    expect(await refused(record(notice, back))).toBe('the improvement-notice already runs under improvement-notice@2010.1');
    const wrong = n.add('rulebook.adopted', '2013-06-01', { rulebookId: 'statutory-direction', version: '2024.1', reason: 'wrong book' }, actors.caselead);
    expect(await refused(record(notice, wrong))).toMatch(/is for a statutory-direction, not a improvement-notice/);
    const byAdviser = n.add('rulebook.adopted', '2013-06-01', { rulebookId: 'improvement-notice', version: '2019.1', reason: 'x' }, actors.adviser);
    expect(await refused(record(notice, byAdviser))).toMatch(/^role adviser may not record rulebook.adopted/);
    await record(notice, n.add('rulebook.adopted', '2013-06-01', { rulebookId: 'improvement-notice', version: '2019.1', reason: 'The council agreed to the new template' }, actors.caselead));
    expect((await stateOf<NoticeState>(notice, '2013-05-31')).rulebooks[0].version).toBe('2010.1');
    const after = await stateOf<NoticeState>(notice, '2013-06-01');
    expect(after.rulebooks[0].version).toBe('2019.1');
    expect(after.detail.rulebookAdoptions).toMatchObject([{ version: '2019.1', on: '2013-06-01' }]);
  });

  it('is replaced by a new notice with its own trigger and deadline: both linked, the old ends as replaced', async () => {
    const early = n.add('notice.replaced', '2012-03-01', { reason: 'x', by: { trigger: { kind: 'second-inadequate', inspectionPublishedOn: '2012-02-10' }, areasForImprovement: [] } }, actors.caselead);
    expect(await refused(record(notice, early))).toMatch(/^a replacing notice is issued after the notice it replaces/);
    const by: PayloadOf<'notice.replaced'>['by'] = {
      trigger: { kind: 'second-inadequate', inspectionPublishedOn: '2013-12-02', inspection: { kind: 'slc', judgement: 'inadequate', priorityActions: false, publishedOn: '2013-12-02', subJudgements: { 'help-and-protection': 'inadequate' } } },
      areasForImprovement: [{ id: 'area-1', text: 'Help and protection' }],
      deadlineOn: '2015-06-30',
    };
    await record(notice, n.add('notice.replaced', '2014-01-07', { reason: 'Judged inadequate again', by }, actors.caselead));
    expect(await notice.result()).toMatchObject({ phase: 'replaced', endedOn: '2014-01-07', linkedTo: NEXT_NOTICE_ID });
    const next = h.client.workflow.getHandle(NEXT_NOTICE_ID);
    const v = await stateOnceStarted<NoticeState>(next, '2014-01-07');
    expect(v.links.from).toBe(NOTICE_ID);
    expect(v.detail.issued.trigger).toMatchObject({ kind: 'second-inadequate', inspection: { kind: 'slc', subJudgements: { 'help-and-protection': 'inadequate' } } });
    expect(v.obligations.find((o) => o.ruleId === 'deadline')).toMatchObject({ dueOn: '2015-06-30' });
    await recordHistories(h.client, NOTICE_ID, 'lakeside-notice');
  });

  it('holds a direction to the report dates it states, and its revisions that keep the arrangement', async () => {
    direction = await start(h, 'statutory-direction', DIRECTION_ID, d.add('direction.issued', '2016-02-01', {
      council, basis: 'direct', arrangement: 'council-control', follows: NEXT_NOTICE_ID,
      reportsDue: [{ dueOn: '2016-05-31', kind: 'initial', clause: 'para 4' }],
      duties: ['co-operate with the commissioner'],
    }, actors.caselead));
    const v = await stateOf<DirectionState>(direction, '2016-02-01');
    expect(v.links.from).toBe(NEXT_NOTICE_ID);
    expect(v.rulebooks[0]).toEqual({ id: 'statutory-direction', version: '2024.1' });
    expect(v.obligations.find((o) => o.ruleId === 'commissioner-reports')).toMatchObject({ subject: 'stated-1', dueOn: '2016-05-31' });

    await record(direction, d.add('commissioner.appointed', '2016-02-15', { name: 'A Commissioner' }, actors.caselead));
    await record(direction, d.add('commissioner.reported', '2016-05-20', { reportKind: 'initial', summary: 'Capacity limited' }, actors.caselead));
    await record(direction, d.add('direction.revised', '2016-07-01', { reason: 'New duties, council keeps control', duties: ['quarterly reports from the board chair'], reportsDue: [{ dueOn: '2017-01-31', kind: 'review', clause: 'para 3' }] }, actors.caselead));
    const revised = await stateOf<DirectionState>(direction, '2016-07-01');
    expect(revised.detail.arrangement).toBe('council-control');
    expect(revised.obligations.find((o) => o.ruleId === 'commissioner-reports' && o.status === 'due')).toMatchObject({ dueOn: '2017-01-31' });

    // No report since the revision: a second revision is not open, unless the record shows it was made.
    const again = d.add('direction.revised', '2016-09-01', { reason: 'Ministers revised it again' }, actors.caselead);
    expect(await refused(record(direction, again))).toMatch(/^decision 'revise' is not open: .*give override.reason/);
    await record(direction, d.add('direction.revised', '2016-09-01', { reason: 'Ministers revised it again', override: { reason: 'The revised direction of 2016-09-01 is published' } }, actors.caselead));
    const flagged = await stateOf<DirectionState>(direction, '2016-09-01');
    expect(flagged.flags.find((f) => f.kind === 'decision-override')?.explanation.text).toMatch(/departs from rule revision-open .*Reason given: The revised direction of 2016-09-01 is published/);
  });

  it('replaces the commissioner by an adviser, and revokes on the record with support and supervision after', async () => {
    await record(direction, d.add('commissioner.left', '2018-03-01', { name: 'A Commissioner', replacedBy: 'adviser' }, actors.caselead));
    expect((await stateOf<DirectionState>(direction, '2018-03-01')).phase).toBe('adviser-appointed');
    await record(direction, d.add('adviser.appointed', '2018-03-01', { name: 'An adviser' }, actors.caselead));
    const noBasis = d.add('direction.ended', '2020-01-13', { outcome: 'revoke', reason: 'Revoked' }, actors.caselead);
    expect(await refused(record(direction, noBasis))).toMatch(/^decision 'revoke' is not open/);
    await record(direction, d.add('direction.ended', '2020-01-13', {
      outcome: 'revoke', reason: 'Revoked on the adviser\'s advice', basis: 'adviser-recommendation', supportAndSupervision: true,
      override: { reason: 'The revocation letter of 2020-01-13' },
    }, actors.caselead));
    expect(await direction.result()).toMatchObject({ phase: 'revoked', endedOn: '2020-01-13', linkedTo: BOARD_ID });
    const board = await stateOnceStarted(h.client.workflow.getHandle(BOARD_ID), '2020-01-13');
    expect(board).toMatchObject({ phase: 'support-and-supervision', links: { from: DIRECTION_ID }, rulebooks: [{ id: 'continuing-board', version: '2010.1' }] });
    await recordHistories(h.client, DIRECTION_ID, 'lakeside-direction');
  });
});
