import type { WorkflowHandle } from '@temporalio/client';
import { addDays, type Actor, type AmendmentChange, type Fact, type IsoDate } from '@cs/domain';
import { RegisterEntity } from '@cs/persistence';
import type { TemporalClientService } from '../../apps/api/src/infrastructure/temporal-client.service';
import { DraftsService } from '../../apps/api/src/rule-changes/drafts.service';
import { ImpactService } from '../../apps/api/src/rule-changes/impact.service';
import { RolloutsService } from '../../apps/api/src/rule-changes/rollouts.service';
import { actors, eventually, factsOf, record, start, startHarness, stateOf, type Harness } from '../lifecycle/support/harness';
import { NoticeFacts } from '../lifecycle/support/notices';

// Issue 14: a national amendment drafted, previewed over the caseload, rolled out to 50 live
// notices mid-life by a workflow, then ended the same way; for three notices every due date
// before, during and after the window matches a table written by hand from the clauses.
//
// The amendment (our example, not a real letter): from 2024-09-01 to 2025-03-01 boards meet at
// least every 8 weeks whatever the agreed timetable (board.followAgreedTimetable false,
// board.maxIntervalDays 56), and a review may be held up to 2 months after its original timeframe.
const winter: AmendmentChange = {
  type: 'amendment',
  amendmentId: 'winter-pressures-2024',
  version: '2024.1',
  title: 'the winter pressures letter',
  appliesTo: ['improvement-notice'],
  window: { startOn: '2024-09-01', endOn: '2025-03-01' },
  source: { document: 'Winter pressures: letter to directors of children’s services, 2024-08-20' },
  overrides: [
    { parameter: 'board.followAgreedTimetable', value: false, clause: '(1)', text: 'boards at least every 8 weeks' },
    { parameter: 'board.maxIntervalDays', value: 56, clause: '(1)' },
    { parameter: 'review.graceMonths', value: 2, clause: '(2)', text: 'reviews within 2 months of the original timeframe' },
  ],
};
const admin: Actor = { id: 'admin-1', role: 'admin' };

const boardMet = (n: NoticeFacts, on: IsoDate) =>
  n.add('board.met', on, { virtual: false, report: { data: true, analysis: true, recommendations: true, evidenceOfImpact: true }, voice: { frontlineStaff: true, childrenAndYoungPeople: true }, slowObjectivesHighlighted: [] }, actors.office(n.council.slug));

/** Every duty not yet met, as `rule:subject dueOn`, sorted. */
async function dueDates(handle: WorkflowHandle, asOf: IsoDate): Promise<string[]> {
  const v = await stateOf(handle, asOf);
  expect(v.rulesError).toBeUndefined();
  return v.obligations.filter((o) => o.status !== 'met').map((o) => `${o.ruleId}:${o.subject} ${o.dueOn}`).sort();
}

// Alder: issued 2024-01-15 after an ILACS published 2023-12-10 (deadline: end of the month 15
// months after publication, cl. 11 = 2025-03-31); adviser, board (28 days) and plan 2024-02-01;
// boards every 28 days to 2024-09-12, then as the amendment allows (56 days) to 2025-02-27, then
// 2025-03-27; review 1 held 2024-07-10, review 2 on 2025-03-05.
function alder(): NoticeFacts {
  const n = new NoticeFacts({ slug: 'alder', name: 'Alder Council' });
  n.issued('2024-01-15', '2023-12-10');
  n.underImprovement('2024-02-01');
  for (const on of ['2024-02-29', '2024-03-28', '2024-04-25', '2024-05-23', '2024-06-20', '2024-07-18', '2024-08-15', '2024-09-12', '2024-11-07', '2025-01-02', '2025-02-27', '2025-03-27']) boardMet(n, on);
  n.review('r1', '2024-06-26', '2024-07-10', 'sufficient-progress');
  n.review('r2', '2025-02-20', '2025-03-05', 'sufficient-progress');
  return n;
}
const ALDER: Record<string, string[]> = {
  // Board 8: 28 days after 2024-08-15. Review 2: 6 months after review 1 (cl. 6); its self-assessment 14 days before (cl. 10).
  before: ['adviser-reports:adviser-report-1 2024-05-01', 'board-timetable:board-8 2024-09-12', 'deadline:improvement-plan 2025-03-31', 'review-cadence:review-2 2025-01-10', 'self-assessment-before-review:review-2 2024-12-27'],
  // In force, without the amendment: board 10 is 28 days after the 2024-11-07 board.
  duringInForce: ['adviser-reports:adviser-report-1 2024-05-01', 'board-timetable:board-10 2024-12-05', 'deadline:improvement-plan 2025-03-31', 'review-cadence:review-2 2025-01-10', 'self-assessment-before-review:review-2 2024-12-27'],
  // With it: 56 days after 2024-11-07; review 2's original date (2025-01-10) falls in the window, so 2 months later.
  during: ['adviser-reports:adviser-report-1 2024-05-01', 'board-timetable:board-10 2025-01-02', 'deadline:improvement-plan 2025-03-31', 'review-cadence:review-2 2025-03-10', 'self-assessment-before-review:review-2 2025-02-24'],
  // After it ends (2025-03-01): the 2025-03-27 board fixes the next at 28 days; review 3 six months after 2025-03-05, no grace.
  after: ['adviser-reports:adviser-report-1 2024-05-01', 'board-timetable:board-13 2025-04-24', 'deadline:improvement-plan 2025-03-31', 'review-cadence:review-3 2025-09-05', 'self-assessment-before-review:review-3 2025-08-22'],
};

// Birch: issued 2024-06-03 after an ILACS published 2024-05-15 (deadline 2025-08-31); adviser,
// board and plan 2024-06-20; boards 2024-07-18, 2024-08-15, 2024-09-12, then every 56 days to
// 2025-02-27, then 2025-03-27; review 1 held 2025-01-30.
function birch(): NoticeFacts {
  const n = new NoticeFacts({ slug: 'birch', name: 'Birch Council' });
  n.issued('2024-06-03', '2024-05-15');
  n.underImprovement('2024-06-20');
  for (const on of ['2024-07-18', '2024-08-15', '2024-09-12', '2024-11-07', '2025-01-02', '2025-02-27', '2025-03-27']) boardMet(n, on);
  n.review('r1', '2025-01-16', '2025-01-30', 'sufficient-progress');
  return n;
}
const BIRCH: Record<string, string[]> = {
  // Adviser report 3 months after 2024-06-20; review 1 six months after issue, self-assessment 14 days before.
  before: ['adviser-reports:adviser-report-1 2024-09-20', 'board-timetable:board-3 2024-09-12', 'deadline:improvement-plan 2025-08-31', 'review-cadence:review-1 2024-12-03', 'self-assessment-before-review:review-1 2024-11-19'],
  // The 2024-11-07 board met in the window: 56 days; review 1's original date 2024-12-03 is in the window: 2 months more.
  during: ['adviser-reports:adviser-report-1 2024-09-20', 'board-timetable:board-5 2025-01-02', 'deadline:improvement-plan 2025-08-31', 'review-cadence:review-1 2025-02-03', 'self-assessment-before-review:review-1 2025-01-20'],
  after: ['adviser-reports:adviser-report-1 2024-09-20', 'board-timetable:board-8 2025-04-24', 'deadline:improvement-plan 2025-08-31', 'review-cadence:review-2 2025-07-30', 'self-assessment-before-review:review-2 2025-07-16'],
};

// Cedar: issued in the window, 2024-10-15, after an ILACS published 2024-09-20 (deadline
// 2025-12-31): the amendment applies from the notice's own start. Adviser, board and plan
// 2024-11-01; boards 2024-12-27 and 2025-02-21 (56 days each), then 2025-03-20.
function cedar(): NoticeFacts {
  const n = new NoticeFacts({ slug: 'cedar', name: 'Cedar Council' });
  n.issued('2024-10-15', '2024-09-20');
  n.underImprovement('2024-11-01');
  for (const on of ['2024-12-27', '2025-02-21', '2025-03-20']) boardMet(n, on);
  return n;
}
const CEDAR: Record<string, string[]> = {
  // In force on 2024-12-01: board 1 was due 28 days after 2024-11-01.
  duringInForce: ['adviser-reports:adviser-report-1 2025-02-01', 'board-timetable:board-1 2024-11-29', 'deadline:improvement-plan 2025-12-31', 'review-cadence:review-1 2025-04-15', 'self-assessment-before-review:review-1 2025-04-01'],
  // As of 2024-12-01 the window has no end yet (its end is a fact effective 2025-03-01), so review
  // 1's original date, 2025-04-15, is read as inside it: 2 months later (letter (2)).
  during: ['adviser-reports:adviser-report-1 2025-02-01', 'board-timetable:board-1 2024-12-27', 'deadline:improvement-plan 2025-12-31', 'review-cadence:review-1 2025-06-15', 'self-assessment-before-review:review-1 2025-06-01'],
  // Review 1's original date (2025-04-15) is after the window: no grace. Board 4: 28 days after 2025-03-20.
  after: ['adviser-reports:adviser-report-1 2025-02-01', 'board-timetable:board-4 2025-04-17', 'deadline:improvement-plan 2025-12-31', 'review-cadence:review-1 2025-04-15', 'self-assessment-before-review:review-1 2025-04-01'],
};

/** 47 more live notices, issued from 2024-01-02 every 5 days, with boards every 28 days until the window. */
function another(i: number): NoticeFacts {
  const n = new NoticeFacts({ slug: `council-${String(i).padStart(2, '0')}`, name: `Council ${i}` });
  const issuedOn = addDays('2024-01-02', 5 * i);
  n.issued(issuedOn, addDays(issuedOn, -20));
  n.underImprovement(addDays(issuedOn, 10));
  for (let on = addDays(issuedOn, 38); on < '2024-09-01'; on = addDays(on, 28)) boardMet(n, on);
  return n;
}

describe('an amendment drafted, previewed, rolled out to 50 live notices and ended', () => {
  let h: Harness;
  let drafts: DraftsService;
  let impact: ImpactService;
  let rollouts: RolloutsService;
  const notices = new Map<string, { facts: Fact[]; handle?: WorkflowHandle }>();
  const id = (slug: string) => `notice/${slug}/${notices.get(slug)!.facts[0].effectiveOn}`;

  beforeAll(async () => {
    h = await startHarness('governance');
    // The API's services over the real database and this Temporal server (as TemporalClientService would reach it).
    const temporal = { facts: (wf: string) => h.client.workflow.getHandle(wf).query('facts'), client: async () => h.client, taskQueue: h.taskQueue } as unknown as TemporalClientService;
    drafts = new DraftsService(h.db);
    impact = new ImpactService(h.db, temporal, drafts);
    rollouts = new RolloutsService(h.db, temporal, drafts);
    const all = [alder(), birch(), cedar(), ...Array.from({ length: 47 }, (_, i) => another(i + 1))];
    for (const n of all) notices.set(n.council.slug, { facts: n.facts });
    // Each notice entered as its council would: started, then every fact by the update, four at a time.
    const slugs = [...notices.keys()];
    for (let i = 0; i < slugs.length; i += 5) {
      await Promise.all(slugs.slice(i, i + 5).map(async (slug) => {
        const entry = notices.get(slug)!;
        entry.handle = await start(h, 'improvement-notice', id(slug), entry.facts[0]);
        for (const f of entry.facts.slice(1)) await record(entry.handle, f);
      }));
    }
    await eventually(() => h.db.getRepository(RegisterEntity).countBy(slugs.map((s) => ({ workflowId: id(s) }))), (n) => n === 50, 60_000);
  }, 600_000);
  afterAll(async () => {
    await h?.stop();
  });

  const handle = (slug: string) => notices.get(slug)!.handle!;
  let draftId: string;
  // Polled, not awaited with result(): awaiting would let the server skip time meanwhile, firing
  // every notice's wake-up timers in the middle of the rollout, which needs no timer of its own.
  const finished = (action: 'apply' | 'end') => eventually(() => rollouts.progress(draftId, action), (p) => p.status === 'completed', 120_000);

  it('records a draft, which changes nothing on any notice', async () => {
    const before = await dueDates(handle('alder'), '2024-12-01');
    const d = await drafts.draft(winter, admin);
    draftId = d.id;
    expect(d).toMatchObject({ status: 'drafted', draftedBy: { id: 'admin-1', role: 'admin' }, change: winter, rolloutId: null });
    expect(await dueDates(handle('alder'), '2024-12-01')).toEqual(before);
    expect(before).toEqual(ALDER.duringInForce);
    expect(await dueDates(handle('cedar'), '2024-12-01')).toEqual(CEDAR.duringInForce);
  });

  it('previews every open notice under the rules in force and under the draft, with totals', async () => {
    const p = await impact.preview(draftId, '2024-12-01');
    const ours = p.instruments.filter((i) => [...notices.keys()].some((s) => i.workflowId === id(s)));
    expect(ours).toHaveLength(50);
    const alderImpact = ours.find((i) => i.councilSlug === 'alder')!;
    expect(alderImpact.error).toBeUndefined();
    expect(alderImpact.dueDates).toEqual([
      // Board 9 met on 2024-11-07: late under the rules in force (28 days after 2024-09-12), on time under the draft.
      { ruleId: 'board-timetable', kind: 'board-meeting', subject: 'board-9', from: '2024-10-10', to: '2024-11-07' },
      { ruleId: 'board-timetable', kind: 'board-meeting', subject: 'board-10', from: '2024-12-05', to: '2025-01-02' },
      { ruleId: 'self-assessment-before-review', kind: 'self-assessment', subject: 'review-2', from: '2024-12-27', to: '2025-02-24' },
      { ruleId: 'review-cadence', kind: 'dfe-review', subject: 'review-2', from: '2025-01-10', to: '2025-03-10' },
    ]);
    expect(ours.find((i) => i.councilSlug === 'cedar')!.dueDates).toEqual([
      { ruleId: 'board-timetable', kind: 'board-meeting', subject: 'board-1', from: '2024-11-29', to: '2024-12-27' },
      { ruleId: 'self-assessment-before-review', kind: 'self-assessment', subject: 'review-1', from: '2025-04-01', to: '2025-06-01' },
      { ruleId: 'review-cadence', kind: 'dfe-review', subject: 'review-1', from: '2025-04-15', to: '2025-06-15' },
    ]);
    expect(p.totals.instruments).toBeGreaterThanOrEqual(50);
    expect(p.totals.dueDatesMoved).toBeGreaterThanOrEqual(7);
    expect(ImpactService.csv(p).split('\n')[0]).toBe('instrument,council,kind,change,rule,what,subject,in force,under the draft,error');
    expect(ImpactService.csv(p)).toContain('notice/alder/2024-01-15,alder,improvement-notice,due date,board-timetable,board-meeting,board-10,2024-12-05,2025-01-02,');
  });

  it('rolls the amendment out to all 50 as a workflow: one fact each naming the version and the source', async () => {
    const started = await rollouts.apply(draftId, admin, 5);
    // Asked again, the same rollout: nothing starts twice.
    expect(await rollouts.apply(draftId, admin, 5)).toEqual(started);
    const progress = await finished('apply');
    expect(started.rolloutId).toBe(progress.rolloutId);
    expect(progress.status).toBe('completed');
    expect(progress.done).toBe(progress.total);
    for (const slug of notices.keys()) {
      const started = (await factsOf(handle(slug))).filter((f) => f.type === 'flexibility.started');
      expect(started).toHaveLength(1);
      expect(started[0]).toMatchObject({
        id: `${progress.rolloutId}:${id(slug)}:0`,
        effectiveOn: slug === 'cedar' ? '2024-10-15' : '2024-09-01',
        actor: admin,
        payload: { amendmentId: 'winter-pressures-2024', amendment: { version: '2024.1', source: winter.source, rolloutId: progress.rolloutId } },
      });
    }
    expect((await drafts.show(draftId)).status).toBe('applied');
    expect(await dueDates(handle('alder'), '2024-08-31')).toEqual(ALDER.before);
    expect(await dueDates(handle('alder'), '2024-12-01')).toEqual(ALDER.during);
    expect(await dueDates(handle('birch'), '2024-08-31')).toEqual(BIRCH.before);
    expect(await dueDates(handle('birch'), '2024-12-01')).toEqual(BIRCH.during);
    expect(await dueDates(handle('cedar'), '2024-12-01')).toEqual(CEDAR.during);
  });

  it('ends it the same way, and every due date after the window follows the notice again', async () => {
    const ended = await rollouts.end(draftId, admin, undefined, 5);
    const progress = await finished('end');
    expect(ended.rolloutId).toBe(progress.rolloutId);
    expect(progress).toMatchObject({ status: 'completed', total: 50, done: 50, recorded: 50, refused: 0 });
    for (const slug of notices.keys()) {
      const facts = await factsOf(handle(slug));
      expect(facts.filter((f) => f.type === 'flexibility.ended').map((f) => f.effectiveOn)).toEqual(['2025-03-01']);
    }
    expect((await drafts.show(draftId)).status).toBe('ended');
    for (const [slug, table] of [['alder', ALDER], ['birch', BIRCH], ['cedar', CEDAR]] as const) {
      if (table.before) expect(await dueDates(handle(slug), '2024-08-31')).toEqual(table.before);
      expect(await dueDates(handle(slug), '2024-12-01')).toEqual(table.during);
      expect(await dueDates(handle(slug), '2025-04-01')).toEqual(table.after);
    }
    await expect(rollouts.end(draftId, admin, undefined, 5)).rejects.toThrow('the draft is ended; this needs it applied');
    await expect(rollouts.apply(draftId, admin, 5)).rejects.toThrow('the draft is ended; this needs it drafted');
  });
});
