import { Client } from '@temporalio/client';
import { connectClient } from '@cs/temporal';
import { ApiHarness, eventually, startApi } from './support/api-harness';

// A second notice registered years later with `follows` names the earlier chain. The earlier
// instrument's workflow has ended and records nothing more, yet the chain must read both ways:
// its register row and its own page name the later one.
describe('a notice that follows an earlier, ended one', () => {
  let api: ApiHarness;
  let temporal: Client;
  let close: () => Promise<void>;
  let slug: string;
  let dfe: string;

  beforeAll(async () => {
    api = await startApi('follows');
    const connection = await connectClient(api.env);
    temporal = new Client({ connection, namespace: api.env.TEMPORAL_NAMESPACE });
    close = () => connection.close();
    slug = `lakeside-${api.run}`;
    dfe = await api.tokenFor('dfe-caselead');
  });
  afterAll(async () => {
    await close?.();
    await api?.stop();
  });

  const register = (issuedOn: string, publishedOn: string, follows?: string) =>
    api.call('POST', '/notices', {
      token: dfe,
      body: {
        effectiveOn: issuedOn,
        payload: { council: { slug, name: 'Lakeside Council' }, trigger: { kind: 'ilacs-inadequate', inspectionPublishedOn: publishedOn }, ...(follows ? { follows } : {}) },
      },
    });
  const row = async (workflowId: string) => {
    const page = await api.call('GET', `/register?council=${slug}&pageSize=100`, { token: dfe });
    return page.body.items.find((i: { workflowId: string }) => i.workflowId === workflowId) as { linkedFrom: string | null; linkedTo: string | null } | undefined;
  };

  it('links the earlier to the later in the register and on the earlier one, after it ended', async () => {
    const earlier = `notice/${slug}/2019-05-23`;
    const later = `notice/${slug}/2023-06-01`;
    expect((await register('2019-05-23', '2019-05-08')).status).toBe(201);
    await eventually(async () => (await row(earlier)) ?? undefined);
    // Ended: its workflow is closed and can record no link of its own.
    await temporal.workflow.getHandle(earlier).terminate('ended before the second notice, as a lifted chain would be');
    expect((await register('2023-06-01', '2023-05-15', earlier)).status).toBe(201);

    expect(await eventually(async () => ((await row(later))?.linkedFrom ? row(later) : undefined))).toMatchObject({ linkedFrom: earlier, linkedTo: null });
    expect(await eventually(async () => ((await row(earlier))?.linkedTo ? row(earlier) : undefined))).toMatchObject({ linkedFrom: null, linkedTo: later });
    const page = await api.call('GET', `/instruments/${earlier}`, { token: dfe });
    expect([page.status, page.body.links]).toEqual([200, { to: later }]);
    const next = await api.call('GET', `/instruments/${later}`, { token: dfe });
    expect([next.status, next.body.links]).toEqual([200, { from: earlier }]);
  });

  it('links them when the earlier one reaches the register after the later one', async () => {
    // A chain entered out of order (a record found later): the later notice names one not yet registered.
    const earlier = `notice/${slug}/2010-03-01`;
    const later = `notice/${slug}/2012-04-02`;
    expect((await register('2012-04-02', '2012-03-15', earlier)).status).toBe(201);
    await eventually(async () => ((await row(later))?.linkedFrom ? true : undefined));
    expect((await register('2010-03-01', '2010-02-10')).status).toBe(201);
    expect(await eventually(async () => ((await row(earlier))?.linkedTo ? row(earlier) : undefined))).toMatchObject({ linkedTo: later });
  });
});
