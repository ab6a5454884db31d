import { ApiHarness, startApi } from './support/api-harness';

// Temporal unreachable: the API still starts and answers 503 with Retry-After, never 500.
describe('a dependency down', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi('unavailable', { TEMPORAL_ADDRESS: '127.0.0.1:1' }, false);
  });
  afterAll(() => api?.stop());

  it('answers 503 with Retry-After when Temporal is unreachable', async () => {
    const token = await api.tokenFor('dfe-caselead');
    for (const [method, url, body] of [
      ['GET', '/instruments/notice/trafford/2019-05-23', undefined],
      ['POST', '/instruments/notice/trafford/2019-05-23/commands', { type: 'adviser.appointed', effectiveOn: '2019-05-23', payload: { name: 'A' } }],
    ] as const) {
      const res = await api.call(method, url, { token, body });
      expect([url, res.status, res.headers.get('retry-after')]).toEqual([url, 503, '5']);
      expect(res.body.message).toMatch(/unreachable/);
    }
    const keyed = await api.call('POST', '/instruments/notice/trafford/2019-05-23/commands', {
      token,
      headers: { 'idempotency-key': 'retry-me-1' },
      body: { type: 'adviser.appointed', effectiveOn: '2019-05-23', payload: { name: 'A' } },
    });
    expect(keyed.status).toBe(503);
    expect(keyed.body).toMatchObject({ idempotencyKey: 'retry-me-1', message: expect.stringMatching(/retry with Idempotency-Key retry-me-1/) });
    const ready = await api.call('GET', '/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ temporal: { ok: false }, postgres: { ok: true } });
  });

  it('still serves what needs only Postgres', async () => {
    const res = await api.call('GET', '/register', { token: await api.tokenFor('viewer') });
    expect(res.status).toBe(200);
  });
});
