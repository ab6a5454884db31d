import { ApiHarness, startApi } from './support/api-harness';

// Rate limits per token and per address, tighter for commands and asOf reads: past one, a 429
// with Retry-After and a message naming the limit; after the window, answers again.
describe('rate limits', () => {
  const WINDOW_MS = 3000;
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi(
      'rate-limits',
      {
        RATE_LIMIT_WINDOW_MS: String(WINDOW_MS),
        RATE_LIMIT_READS_PER_TOKEN: '10',
        RATE_LIMIT_READS_PER_ADDRESS: '30',
        RATE_LIMIT_COSTLY_PER_TOKEN: '3',
        RATE_LIMIT_COSTLY_PER_ADDRESS: '1000',
      },
      false,
    );
  });
  afterAll(() => api?.stop());

  const statuses = async (n: number, send: () => Promise<{ status: number }>) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push((await send()).status);
    return out;
  };
  const waitOutWindow = () => new Promise((r) => setTimeout(r, WINDOW_MS + 500));

  it('refuses a token past its read limit with 429 and Retry-After, and lets another token read', async () => {
    await waitOutWindow();
    const viewer = await api.tokenFor('viewer');
    const other = await api.tokenFor('viewer', 'salford');
    const seen = await statuses(12, () => api.call('GET', '/rulebooks', { token: viewer }));
    expect(seen).toEqual([...Array(10).fill(200), 429, 429]);
    const refused = await api.call('GET', '/rulebooks', { token: viewer });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_MS / 1000);
    expect(refused.body).toMatchObject({ statusCode: 429, message: expect.stringMatching(/at most 10 requests per token in 3 s; retry after \d+ s/) });
    expect(refused.body.requestId).toEqual(expect.any(String));
    expect((await api.call('GET', '/rulebooks', { token: other })).status).toBe(200);
    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 200));
    expect((await api.call('GET', '/rulebooks', { token: viewer })).status).toBe(200);
  });

  it('holds commands and asOf reads to the tighter limit, while plain reads go on', async () => {
    await waitOutWindow();
    const dfe = await api.tokenFor('dfe-caselead');
    const evaluate = () => api.call('POST', '/rulebooks/evaluate', { token: dfe, body: { kind: 'improvement-notice', asOf: '2019-07-01', facts: [] } });
    const costly = await statuses(4, evaluate);
    expect(costly.slice(0, 3)).not.toContain(429);
    expect(costly[3]).toBe(429);
    const refused = await evaluate();
    expect(refused.body.message).toMatch(/at most 3 commands, other POSTs and asOf reads per token/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // An asOf read is costly too; a plain read of the same kind is not.
    expect((await api.call('GET', `/instruments/notice/trafford-${api.run}/2019-05-23?asOf=2020-01-01`, { token: dfe })).status).toBe(429);
    expect((await api.call('GET', '/register', { token: dfe })).status).toBe(200);
    // A command past the limit is refused before it reaches the workflow or the audit log.
    const command = await api.call('POST', `/instruments/notice/trafford-${api.run}/2019-05-23/commands`, {
      token: dfe,
      headers: { 'idempotency-key': 'over-the-limit' },
      body: { type: 'adviser.appointed', effectiveOn: '2019-05-23', payload: { name: 'A' } },
    });
    expect(command.status).toBe(429);
    const audited: unknown[] = await api.db.query('SELECT 1 FROM audit_log WHERE idempotency_key = $1', ['over-the-limit']);
    expect(audited).toHaveLength(0);
  });

  it('limits an address across tokens, forged ones included, before looking any of them up', async () => {
    await waitOutWindow();
    const seen = await statuses(35, () => api.call('GET', '/rulebooks', { token: `csi_forged-${Math.random().toString(36).slice(2)}` }));
    // Each forged token is new (its own per-token count), so only the address's limit of 30 applies.
    expect(seen.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(seen.slice(30)).toEqual([429, 429, 429, 429, 429]);
    const anonymous = await api.call('GET', '/health/live');
    expect(anonymous.status).toBe(429);
    expect(anonymous.body.message).toMatch(/requests per address/);
  });
});
