import { ApiHarness, startApi } from './support/api-harness';

// An instrument nobody registered is a 404 on every route that names one, with the same message
// (which instrument, and where the registered ones are listed), never a 500, an empty 200 or a
// 409; and a feed token or a worker being absent does not change that.
describe('an instrument that was never registered', () => {
  let api: ApiHarness;
  let path: string;
  let workflowId: string;

  beforeAll(async () => {
    api = await startApi('unknown');
    workflowId = `notice/nowhere-${api.run}/2019-05-23`;
    path = `/instruments/${workflowId}`;
  });
  afterAll(() => api?.stop());

  const expected = () => ({ statusCode: 404, error: 'Not Found', message: `no instrument ${workflowId}: GET /register lists the instruments you may see` });

  it('is a 404 naming it on every instrument route', async () => {
    const token = await api.tokenFor('admin');
    const routes: [string, string, unknown?, Record<string, string>?][] = [
      ['GET', path],
      ['GET', `${path}?asOf=2019-06-01`],
      ['GET', `${path}/timeline`],
      ['GET', `${path}/overview`],
      ['GET', `${path}/history`],
      ['GET', `${path}/audit`],
      ['GET', `${path}/notifications`],
      ['GET', `${path}/board-pack?boardOn=2019-08-15&format=json`],
      ['GET', `${path}/self-assessment?asOf=2019-10-20&format=json`],
      ['GET', `${path}/projection?from=2019-06-01`],
      ['POST', `${path}/what-if`, { asOf: '2019-06-01' }],
      ['POST', `${path}/imports?mode=dry-run`, 'date,event\n', { 'content-type': 'text/csv' }],
    ];
    const answers = [];
    for (const [method, url, body, headers] of routes) {
      const res = await api.call(method, url, { token, body, headers });
      answers.push([method, url, res.status, res.body]);
    }
    expect(answers).toEqual(routes.map(([method, url]) => [method, url, 404, expect.objectContaining(expected())]));
  });

  it('refuses a command to it with 404, and says the same to the caller whose council it is', async () => {
    const body = { type: 'adviser.appointed', effectiveOn: '2019-06-01', payload: { name: 'A' } };
    const dfe = await api.call('POST', `${path}/commands`, { token: await api.tokenFor('dfe-caselead'), body });
    expect([dfe.status, dfe.body]).toEqual([404, expect.objectContaining(expected())]);
    const po = await api.call('POST', `${path}/commands`, { token: await api.tokenFor('programme-office', `nowhere-${api.run}`), body });
    expect([po.status, po.body]).toEqual([404, expect.objectContaining(expected())]);
  });

  it('is a 404 in its calendar feed too', async () => {
    const token = await api.tokenFor('admin');
    const feed = await api.call('POST', '/calendar/feed-tokens', { token, body: { label: 'unknown instrument' } });
    expect(feed.status).toBe(201);
    const res = await api.call('GET', `/calendar${path}?token=${feed.body.token}`);
    expect([res.status, res.body]).toEqual([404, expect.objectContaining(expected())]);
  });
});
