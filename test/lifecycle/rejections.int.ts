import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { addDays, dateOf } from '@cs/domain';
import type { CommandInput } from '@cs/contract';
import { actors, factsOf, give, record, start, startHarness, stateOf, type Harness } from './support/harness';
import { NoticeFacts } from './support/notices';

// What the lifecycle refuses, and why: the update validator rejects with a reason and the rejected
// command never reaches history.
const council = { slug: 'bolton', name: 'Bolton Council' };
const ID = 'notice/bolton/2025-01-15';

async function refusal(handle: WorkflowHandle, input: CommandInput, updateId: string): Promise<string> {
  try {
    await give(handle, input, updateId);
  } catch (err) {
    expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
    return String((err as WorkflowUpdateFailedError).cause?.message);
  }
  throw new Error(`update ${updateId} was accepted`);
}

describe('role and state rejections', () => {
  let h: Harness;
  let notice: WorkflowHandle;
  const f = new NoticeFacts(council);
  const issued = f.issued('2025-01-15', '2024-12-20');
  const office = actors.office('bolton');

  beforeAll(async () => {
    h = await startHarness('rejections');
    notice = await start(h, 'improvement-notice', ID, issued);
    await record(notice, f.add('adviser.appointed', '2025-01-20', { name: 'An adviser' }, actors.caselead));
  });
  afterAll(async () => {
    await h?.stop();
  });

  const cmd = (type: string, effectiveOn: string, payload: unknown, actor = office): CommandInput =>
    ({ command: { type, effectiveOn, payload }, actor, recordedAt: '2025-02-01T10:00:00.000Z' }) as CommandInput;
  const plan = { objectives: [{ id: 'obj-1', title: 'Front door', covers: ['front-door'] }] };

  it('refuses a role that may not record the command', async () => {
    const reason = await refusal(notice, cmd('plan.agreed', '2025-02-01', plan, actors.adviser), 'r-role');
    expect(reason).toBe('role adviser may not record plan.agreed (allowed: programme-office)');
    expect(await refusal(notice, cmd('assessment.decided', '2025-02-01', { decision: 'lift', reason: 'x' }), 'r-role-2')).toMatch(
      /role programme-office may not record assessment.decided/,
    );
  });

  it("refuses a council user acting on another council's notice", async () => {
    const reason = await refusal(notice, cmd('plan.agreed', '2025-02-01', plan, actors.office('wigan')), 'r-council');
    expect(reason).toBe("programme-office of wigan may not act on bolton's improvement-notice");
  });

  it('refuses a date in the future or before the notice existed', async () => {
    const tomorrow = addDays(dateOf(Date.now()), 2);
    expect(await refusal(notice, cmd('plan.agreed', tomorrow, plan), 'r-future')).toMatch(/is in the future/);
    expect(await refusal(notice, cmd('plan.agreed', '2025-01-14', plan), 'r-before')).toBe(
      'effective date 2025-01-14 is before the instrument began on 2025-01-15',
    );
  });

  it('refuses what the lifecycle does not allow yet', async () => {
    const met = { virtual: false, report: { data: true, analysis: true, recommendations: true, evidenceOfImpact: true }, voice: { frontlineStaff: true, childrenAndYoungPeople: true }, slowObjectivesHighlighted: [] };
    expect(await refusal(notice, cmd('board.met', '2025-02-01', met), 'r-board')).toBe('no board had been established by 2025-02-01');
    expect(await refusal(notice, cmd('review.held', '2025-02-01', { reviewId: 'rv-1', virtual: false, topics: [] }), 'r-review')).toBe(
      'no review rv-1 has been started by 2025-02-01',
    );
    expect(await refusal(notice, cmd('assessment.decided', '2025-02-01', { decision: 'escalate', reason: 'too slow' }, actors.caselead), 'r-assess')).toMatch(
      /not at assessment on 2025-02-01/,
    );
    expect(await refusal(notice, cmd('direction.revised', '2025-02-01', { arrangement: 'trust', reason: 'x' }, actors.caselead), 'r-kind')).toBe(
      'a improvement-notice does not record direction.revised',
    );
  });

  it('refuses a malformed payload with the path of what is wrong', async () => {
    const reason = await refusal(notice, cmd('plan.agreed', '2025-02-01', { objectives: [] }), 'r-shape');
    expect(reason).toMatch(/^invalid command: command.payload.objectives: /);
  });

  it('accepts a valid command once, however often it is retried', async () => {
    const input = cmd('board.established', '2025-02-01', { chair: { name: 'Chair', councilOfficerOrMember: false }, meetingIntervalDays: 28 });
    const first = await give(notice, input, 'ok-board');
    const again = await give(notice, input, 'ok-board');
    expect(first.duplicate).toBe(false);
    expect(again.fact).toEqual(first.fact);
    expect(first.fact.id).toBe('ok-board');
    // The summary is as of the workflow clock: the derived deadline (end of March 2026) has passed.
    expect(first.summary).toMatchObject({ asOf: dateOf(Date.now()), phase: 'assessment' });
    expect(first.summary.openDecisions).toEqual(expect.arrayContaining(['continue', 'extend']));
  });

  it('keeps rejected commands out of the facts and the history', async () => {
    const facts = await factsOf(notice);
    expect(facts.map((x) => x.type)).toEqual(['notice.issued', 'adviser.appointed', 'board.established']);
    const history = await notice.fetchHistory();
    const accepted = (history.events ?? [])
      .map((e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.meta?.updateId)
      .filter((x): x is string => !!x);
    expect(accepted.some((id) => id.startsWith('r-'))).toBe(false);
    expect(accepted).toContain('ok-board');
    const state = await stateOf(notice);
    expect(state.factCount).toBe(3);
  });
});
