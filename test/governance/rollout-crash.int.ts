import type { Fact } from '@cs/domain';
import { factsQuery, rolloutUpdateId } from '@cs/contract';
import { startRig, type FaultRig } from '../faults/support/rig';

// Issue 14: the worker SIGKILLed in the middle of a rollout loses and doubles nothing. The product
// runs as for real (Temporal dev server, PostgreSQL and the worker as processes, the API here);
// everything goes through the HTTP API as an admin would do it.
const NOTICES = 24;

describe('a rollout whose worker is killed half way', () => {
  let rig: FaultRig;
  beforeAll(async () => {
    rig = await startRig('governance');
  }, 300_000);
  afterAll(() => rig?.stop());

  it('resumes on the next worker and records the amendment exactly once on every notice', async () => {
    const api = rig.api;
    const caselead = await api.tokenFor('dfe-caselead');
    const admin = await api.tokenFor('admin');
    const ids: string[] = [];
    for (let i = 0; i < NOTICES; i++) {
      const council = { slug: `crash-${api.run}-${i}`, name: `Council ${i}` };
      const res = await api.call('POST', '/notices', {
        token: caselead,
        body: { effectiveOn: '2024-03-01', payload: { council, trigger: { kind: 'ilacs-inadequate', inspectionPublishedOn: '2024-02-10' }, areasForImprovement: [{ id: 'a-1', text: 'Front door' }] } },
      });
      expect(res.status).toBe(201);
      ids.push(res.body.workflowId);
    }
    // The register is the worker's projection: wait until it lists them all.
    let listed = 0;
    for (const until = Date.now() + 180_000; Date.now() < until && listed < NOTICES; await new Promise((r) => setTimeout(r, 250))) {
      const page = await api.call('GET', `/register?kind=improvement-notice&pageSize=100`, { token: admin });
      if (page.status === 200) listed = page.body.total;
    }
    expect(listed).toBe(NOTICES);

    const draft = await api.call('POST', '/rule-changes', {
      token: admin,
      body: {
        type: 'amendment',
        amendmentId: 'crash-test-amendment',
        version: '1',
        title: 'the crash test letter',
        window: { startOn: '2024-06-01' },
        source: { document: 'A letter' },
        overrides: [{ parameter: 'review.graceMonths', value: 1, clause: '(1)' }],
      },
    });
    expect(draft.status).toBe(201);
    const preview = await api.call('GET', `/rule-changes/${draft.body.id}/impact?asOf=2024-07-01`, { token: admin });
    expect(preview.status).toBe(200);
    expect(preview.body.totals).toMatchObject({ instruments: NOTICES, errors: 0 });
    const csv = await api.call('GET', `/rule-changes/${draft.body.id}/impact?asOf=2024-07-01&format=csv`, { token: admin });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);

    // One instrument at a time, so the kill lands mid-way.
    const applied = await api.call('POST', `/rule-changes/${draft.body.id}/apply`, { token: admin, body: { concurrency: 1 } });
    expect(applied.status).toBe(202);
    const progress = () => api.call('GET', `/rule-changes/${draft.body.id}/rollouts/apply`, { token: admin });
    let seen = 0;
    for (const until = Date.now() + 120_000; Date.now() < until && seen < 5; await new Promise((r) => setTimeout(r, 50))) {
      const p = await progress();
      if (p.status === 200) seen = p.body.done;
    }
    expect(seen).toBeGreaterThanOrEqual(5);
    expect(seen).toBeLessThan(NOTICES);
    await rig.worker.kill('SIGKILL');
    await rig.worker.start();

    let last = await progress();
    for (const until = Date.now() + 180_000; Date.now() < until && last.body.status !== 'completed'; await new Promise((r) => setTimeout(r, 250))) last = await progress();
    expect(last.body).toMatchObject({ status: 'completed', total: NOTICES, done: NOTICES, refused: 0, failures: [] });
    expect(last.body.recorded + last.body.alreadyRecorded).toBe(NOTICES);

    const rolloutId = applied.body.rolloutId;
    for (const id of ids) {
      const facts: Fact[] = await rig.temporalClient.workflow.getHandle(id).query(factsQuery);
      const started = facts.filter((f) => f.type === 'flexibility.started');
      expect(started.map((f) => [f.id, f.effectiveOn])).toEqual([[rolloutUpdateId(rolloutId, id, 0), '2024-06-01']]);
    }
    const draftNow = await api.call('GET', `/rule-changes/${draft.body.id}`, { token: admin });
    expect(draftNow.body.status).toBe('applied');
  }, 600_000);
});
