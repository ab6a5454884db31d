import type { Fact } from '@cs/domain';
import { expectSameOutcome, type Outcome } from './support/outcome';
import { outage, type OutageReport } from './support/outage';
import { startRig, type FaultRig } from './support/rig';
import { drive, traffordScript, type Script, type Tally } from './support/script';
import { faultSeed, pickPoints, seededRandom } from './support/seeded';
import { settled } from './support/settled';

// Trafford's lifecycle driven over HTTP through faults: the worker SIGKILLed at many points
// (mid-update, mid-activity, around continue-as-new) with commands arriving while it is down; the
// Temporal dev server and PostgreSQL stopped and started under the running product. Afterwards
// nothing is lost or applied twice, and every record equals that of the same run without a fault.
const KILL_POINTS = Number(process.env.FAULT_KILL_POINTS ?? 52);

describe('recovery from faults', () => {
  let rig: FaultRig;
  let calm: Outcome;
  const random = seededRandom(faultSeed());
  const keyOf = (script: Script) => (f: Fact) => `${script.slug}-${f.id}`;
  const fresh = (): Tally => ({ answered: 0, unavailable: 0, duplicates: 0 });

  beforeAll(async () => {
    rig = await startRig('recovery');
  }, 120_000);
  afterAll(() => rig?.stop());

  it('runs the lifecycle without a fault, as the measure', async () => {
    const script = traffordScript(`calm-${rig.api.run}`, '2099-01-01');
    const tally = fresh();
    await drive(rig.api, script, keyOf(script), tally);
    expect(tally).toEqual({ answered: script.commands.length + 1, unavailable: 0, duplicates: 0 });
    calm = await settled(rig.temporalClient, rig.api, script);
    expect(calm.facts).toHaveLength(script.commands.length + 1);
    expect(calm.acceptedKeys).toHaveLength(script.commands.length + 1); // the registration too
  }, 300_000);

  it(`loses nothing and doubles nothing with the worker SIGKILLed at ${KILL_POINTS} points`, async () => {
    const script = traffordScript(`crash-${rig.api.run}`, '2099-01-01');
    const points = new Set(pickPoints(random, script.commands.length, KILL_POINTS));
    const tally = fresh();
    let restart = Promise.resolve();
    const started = Date.now();
    // A kill lands a random moment after a command is answered, so the next one is in flight; the
    // worker stays down a while (commands keep coming and are answered 503), then starts afresh.
    await drive(rig.api, script, keyOf(script), tally, async (i) => {
      if (!points.has(i)) return;
      await restart;
      restart = sleep(random() * 400).then(async () => {
        await rig.worker.kill('SIGKILL');
        await sleep(random() * 1500);
        await rig.worker.start();
      });
    });
    await restart;
    console.log(
      `worker SIGKILLed ${rig.worker.kills} times over ${script.commands.length} commands in ${seconds(started)} s; ` +
        `${tally.unavailable} answers of 503 retried, ${tally.duplicates} retries answered as duplicates`,
    );
    expect(rig.worker.kills).toBeGreaterThanOrEqual(KILL_POINTS);
    expect(tally.unavailable).toBeGreaterThan(0); // commands really did arrive while it was down
    expectSameOutcome(await settled(rig.temporalClient, rig.api, script), calm);
  }, 900_000);

  it('answers 503 while Temporal or PostgreSQL is down, recovers by itself, and loses nothing', async () => {
    const script = traffordScript(`restart-${rig.api.run}`, '2099-01-01');
    const tally = fresh();
    const viewer = await rig.api.tokenFor('viewer');
    const state = () => rig.api.call('GET', `${script.path}?asOf=2020-01-01`, { token: viewer });
    const register = () => rig.api.call('GET', `/register?council=${script.slug}`, { token: viewer });
    const reports: Promise<OutageReport>[] = [];
    await drive(rig.api, script, keyOf(script), tally, async (i) => {
      // The dev server killed outright (its SQLite file must hold), Postgres stopped as an operator
      // would; the client goes on sending commands throughout.
      if (i === 80) reports.push(outage(rig.api, rig.temporal, 'SIGKILL', 3000, { state, register }));
      if (i === 200) reports.push(outage(rig.api, rig.postgres, 'SIGTERM', 3000, { register, state }));
      if (i === 81 || i === 201) await reports[reports.length - 1];
    });
    const [temporal, postgres] = await Promise.all(reports);
    console.log(`recovered by itself: ${temporal.recoveredInMs} ms after Temporal, ${postgres.recoveredInMs} ms after Postgres came back`);
    expect(temporal.whileDown).toEqual({ state: 503, register: 200 });
    expect(temporal.readyBody).toMatchObject({ temporal: { ok: false }, postgres: { ok: true } });
    expect(postgres.whileDown).toEqual({ register: 503, state: 503 }); // a token is checked in Postgres
    expect([...temporal.retryAfter, ...postgres.retryAfter]).toEqual(['5', '5', '5']);
    expect(tally.unavailable).toBeGreaterThan(0);
    expect(rig.worker.running).toBe(true); // the worker rode out both outages
    expectSameOutcome(await settled(rig.temporalClient, rig.api, script), calm);
  }, 600_000);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(0);
