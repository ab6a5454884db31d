import type { Fact } from '@cs/domain';
import { expectSameOutcome, type Outcome } from '../faults/support/outcome';
import { drive, traffordScript, type Script, type Tally } from '../faults/support/script';
import { settled } from '../faults/support/settled';
import { startClusterRig, type ClusterRig } from './support/cluster-rig';

// The engine users grow into: a Temporal server on PostgreSQL with its four services as separate
// processes, two API processes and two workers of the product. Trafford's notice is driven over
// HTTP through the APIs in turn; then two notices at once while a worker and the history service
// are SIGKILLed mid-lifecycle. Every instrument carries on, with nothing lost or doubled.
describe('the product on a Temporal cluster on PostgreSQL', () => {
  let rig: ClusterRig;
  let calm: Outcome;
  let calmScript: Script;
  const keyOf = (script: Script) => (f: Fact) => `${script.slug}-${f.id}`;
  const fresh = (): Tally => ({ answered: 0, unavailable: 0, duplicates: 0 });

  beforeAll(async () => {
    // Provisioning builds the server (~6 min) when tools/test.sh has not already.
    rig = await startClusterRig('cluster');
  }, 900_000);
  afterAll(() => rig?.stop(), 120_000);

  it('runs the lifecycle through two APIs and two workers, as the measure', async () => {
    calmScript = traffordScript(`cluster-calm-${rig.run}`, '2099-01-01');
    const tally = fresh();
    await drive(rig.api, calmScript, keyOf(calmScript), tally);
    expect(tally).toEqual({ answered: calmScript.commands.length + 1, unavailable: 0, duplicates: 0 });
    calm = await settled(rig.temporal, rig.api, calmScript);
    expect(calm.facts).toHaveLength(calmScript.commands.length + 1);
    expect(calm.acceptedKeys).toHaveLength(calmScript.commands.length + 1);
  }, 600_000);

  it('finds the instruments by their search attributes, with the register values', async () => {
    const council = calmScript.slug;
    const admin = await rig.api.tokenFor('admin');
    const register = await rig.api.call('GET', `/register?council=${council}`, { token: admin });
    expect(register.status).toBe(200);
    const rows: { workflowId: string; phase: string; nextDueOn: string | null; overdueCount: number; linkedTo: string | null }[] = register.body.items;
    const notice = rows.find((r) => r.workflowId === calmScript.workflowId)!;
    const board = rows.find((r) => r.workflowId === notice.linkedTo)!;
    expect(board.workflowId).toMatch(/^continuing-board\//);

    const found = await listed(rig, `Council = "${council}"`, 2);
    expect(Object.keys(found).sort()).toEqual([board.workflowId, notice.workflowId]);
    expect(found[notice.workflowId]).toMatchObject({ Council: [council], InstrumentKind: ['improvement-notice'], Phase: ['lifted'] });
    expect(found[board.workflowId]).toMatchObject({ Council: [council], InstrumentKind: ['continuing-board'] });
    // Phase, next due date and overdue flag are those the register shows (a different read path: Postgres).
    for (const row of [notice, board]) {
      const attributes = found[row.workflowId];
      expect(attributes.Phase).toEqual([row.phase]);
      expect(attributes.Overdue).toEqual([row.overdueCount > 0]);
      expect(attributes.NextDueOn).toEqual(row.nextDueOn ? [new Date(`${row.nextDueOn}T00:00:00Z`)] : undefined);
    }

    // Filters narrow as the register's do; the register links to the same filter in the Web UI.
    expect(Object.keys(await listed(rig, `Council = "${council}" AND InstrumentKind = "improvement-notice"`, 1))).toEqual([notice.workflowId]);
    expect(Object.keys(await listed(rig, `Council = "${council}" AND Phase = "lifted" AND Overdue = false`, 1))).toEqual([notice.workflowId]);
    const boards = await rig.api.call('GET', `/register?council=${council}&kind=continuing-board`, { token: admin });
    expect(new URL(boards.body.webUiUrl).searchParams.get('query')).toBe(`ExecutionStatus != "ContinuedAsNew" AND Council = "${council}" AND InstrumentKind = "continuing-board"`);
  }, 120_000);

  it('carries every instrument on when a worker and the history service are SIGKILLed mid-lifecycle', async () => {
    const scripts = ['a', 'b'].map((x) => traffordScript(`cluster-fault-${x}-${rig.run}`, '2099-01-01'));
    const tallies = scripts.map(fresh);
    const [one] = rig.workers;
    const history = rig.services.history;
    let faults = Promise.resolve();
    const started = Date.now();
    await Promise.all([
      // The faults land on the first notice's way; the second notice is driven alongside throughout.
      drive(rig.api, scripts[0], keyOf(scripts[0]), tallies[0], async (i) => {
        if (i === 60) await one.kill('SIGKILL'); // the other worker carries on alone
        if (i === 120) {
          await history.kill('SIGKILL');
          faults = sleep(3000).then(() => history.start());
        }
        if (i === 200) {
          await faults;
          await one.start(); // back to two workers
        }
      }),
      drive(rig.api, scripts[1], keyOf(scripts[1]), tallies[1]),
    ]);
    console.log(
      `cluster faults: ${seconds(started)} s for two notices; worker and history SIGKILLed once each; ` +
        `503s retried: ${tallies.map((t) => t.unavailable).join(' and ')}, answered as duplicates: ${tallies.map((t) => t.duplicates).join(' and ')}`,
    );
    expect(one.kills).toBe(1);
    expect(history.kills).toBe(1);
    expect(tallies[0].unavailable + tallies[1].unavailable).toBeGreaterThan(0); // commands did arrive while history was down
    for (const script of scripts) expectSameOutcome(await settled(rig.temporal, rig.api, script, 180_000), calm);
  }, 900_000);
});

/**
 * The search attributes of the workflows a visibility query lists, by workflow id, once it lists
 * `count` of them (visibility is written after the workflow's own state, so it may lag a little).
 */
async function listed(rig: ClusterRig, query: string, count: number): Promise<Record<string, Record<string, unknown[]>>> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found: Record<string, Record<string, unknown[]>> = {};
    // One row per instrument, as in the register: the runs an instrument continued as new from are left out.
    for await (const wf of rig.temporal.workflow.list({ query: `ExecutionStatus != "ContinuedAsNew" AND ${query}` })) {
      found[wf.workflowId] = wf.searchAttributes as Record<string, unknown[]>;
    }
    if (Object.keys(found).length === count) return found;
    if (Date.now() > deadline) throw new Error(`${query}: listed ${JSON.stringify(Object.keys(found))}, not ${count} workflows, within 30 s`);
    await sleep(500);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(0);
