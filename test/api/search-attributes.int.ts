import { Client } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { connectClient } from '@cs/temporal';
import { bundlerOptions, workflowsPath } from '../../apps/worker/src/bundle-aliases';
import { recordHistories } from '../lifecycle/support/histories';
import { drive, traffordScript, type Script } from '../faults/support/script';
import { ApiHarness, eventually, startApi } from './support/api-harness';
import { registration } from './support/trafford';

// Admins find instruments in the Temporal Web UI as in the register: each instrument's workflow
// keeps typed search attributes (council, kind, phase, next due date, overdue) that the product's
// dev server registers, and the register and history answers link to the Web UI filtered by them.
describe('instruments found by search attribute on the dev server', () => {
  let api: ApiHarness;
  let temporal: Client;
  let script: Script;

  beforeAll(async () => {
    api = await startApi('search');
    temporal = new Client({ connection: await connectClient(api.env), namespace: api.env.TEMPORAL_NAMESPACE });
    // Trafford's notice until its first board meeting: years ago, so obligations are overdue today.
    script = traffordScript(`search-${api.run}`, '2019-08-01');
    await drive(api, script, (f) => `${script.slug}-${f.id}`, { answered: 0, unavailable: 0, duplicates: 0 });
  });
  afterAll(async () => {
    await temporal?.connection.close();
    await api?.stop();
  });

  /** Ids and search attributes of the workflows a visibility query lists, once it lists `count`. */
  const listed = (query: string, count: number) =>
    eventually(async () => {
      const found: Record<string, Record<string, unknown[]>> = {};
      for await (const wf of temporal.workflow.list({ query })) found[wf.workflowId] = wf.searchAttributes as Record<string, unknown[]>;
      return Object.keys(found).length === count ? found : undefined;
    });

  /** The register row once it shows the phase the workflow itself reports. */
  async function registered(workflowPath: string, council: string) {
    const admin = await api.tokenFor('admin');
    const { phase } = (await api.call('GET', workflowPath, { token: admin })).body;
    return eventually(async () => {
      const item = (await api.call('GET', `/register?council=${council}`, { token: admin })).body.items?.[0];
      return item?.phase === phase ? item : undefined;
    });
  }

  it('lists an instrument by council, kind, phase and overdue, with the values its register row shows', async () => {
    const row = await registered(script.path, script.slug);
    expect(row).toMatchObject({ phase: 'assessment', nextDueOn: null }); // as of today: its deadline passed years ago
    expect(row.overdueCount).toBeGreaterThan(0);

    const found = await listed(`Council = "${script.slug}"`, 1);
    expect(found[script.workflowId]).toMatchObject({ Council: [script.slug], InstrumentKind: ['improvement-notice'], Phase: ['assessment'], Overdue: [true] });
    expect(found[script.workflowId].NextDueOn).toBeUndefined();
    expect(Object.keys(await listed(`Council = "${script.slug}" AND InstrumentKind = "improvement-notice" AND Phase = "assessment" AND Overdue = true`, 1))).toEqual([
      script.workflowId,
    ]);
    expect(await listed(`Council = "${script.slug}" AND Overdue = false`, 0)).toEqual({});
    expect(await listed(`Council = "${script.slug}" AND InstrumentKind = "statutory-direction"`, 0)).toEqual({});
  });

  it('lists a notice issued days ago by its next due date, not overdue', async () => {
    const slug = `search-fresh-${api.run}`;
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    const issuedOn = daysAgo(10);
    const { effectiveOn: _, payload } = registration(traffordScript(slug, '2099-01-01').registration) as { effectiveOn: string; payload: { trigger: object } };
    const body = { effectiveOn: issuedOn, payload: { ...payload, trigger: { ...payload.trigger, inspectionPublishedOn: daysAgo(15) } } };
    const reply = await api.call('POST', '/notices', { token: await api.tokenFor('dfe-caselead'), body });
    expect(reply.status).toBe(201);
    const row = await registered(`/instruments/notice/${slug}/${issuedOn}`, slug);
    expect(row).toMatchObject({ phase: 'issued', overdueCount: 0 });
    expect(row.nextDueOn > issuedOn).toBe(true);

    const found = await listed(`Council = "${slug}" AND NextDueOn >= "${issuedOn}T00:00:00Z"`, 1);
    expect(found[`notice/${slug}/${issuedOn}`]).toMatchObject({
      Council: [slug],
      InstrumentKind: ['improvement-notice'],
      Phase: ['issued'],
      NextDueOn: [new Date(`${row.nextDueOn}T00:00:00Z`)],
      Overdue: [false],
    });
    expect(await listed(`Council = "${slug}" AND NextDueOn < "${issuedOn}T00:00:00Z"`, 0)).toEqual({});
  });

  it('replays a history with the search attributes upserted (recorded for the replay suite with RECORD_HISTORIES=1)', async () => {
    const history = await temporal.workflow.getHandle(script.workflowId).fetchHistory();
    const upserts = history.events!.filter((e) => e.upsertWorkflowSearchAttributesEventAttributes);
    expect(upserts.length).toBeGreaterThan(0);
    // Fails on a nondeterminism error: the patch marker and the upserts are as the code makes them.
    await Worker.runReplayHistory({ workflowsPath, bundlerOptions, replayName: 'search-attributes' }, history, script.workflowId);
    await recordHistories(temporal, script.workflowId, 'search-attributes-notice');
  });

  it('links the register and the history to the Web UI filtered the same way', async () => {
    const admin = await api.tokenFor('admin');
    const register = await api.call('GET', `/register?council=${script.slug}&kind=improvement-notice&overdue=true`, { token: admin });
    const link = new URL(register.body.webUiUrl);
    expect(`${link.origin}${link.pathname}`).toBe(`${api.env.TEMPORAL_UI_URL}/namespaces/default/workflows`);
    expect(link.searchParams.get('query')).toBe(`ExecutionStatus != "ContinuedAsNew" AND Council = "${script.slug}" AND InstrumentKind = "improvement-notice" AND Overdue = true`);

    const history = await api.call('GET', `${script.path}/history?pageSize=1`, { token: admin });
    expect(history.status).toBe(200);
    expect(new URL(history.body.webUiCouncilUrl).searchParams.get('query')).toBe(`ExecutionStatus != "ContinuedAsNew" AND Council = "${script.slug}"`);
  });
});
