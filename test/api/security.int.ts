import { ApiHarness, startApi } from './support/api-harness';

// Security headers on every response (helmet, libs/http-hardening), errors included; health that
// tells the public only up or down, and the engine check for admins only.
describe('security headers and health', () => {
  let api: ApiHarness;
  let down: ApiHarness;

  beforeAll(async () => {
    api = await startApi('security');
    down = await startApi('security-down', { TEMPORAL_ADDRESS: '127.0.0.1:1' }, false);
  });
  afterAll(async () => {
    await api?.stop();
    await down?.stop();
  });

  const expectSecurityHeaders = (what: string, headers: Headers) => {
    const csp = headers.get('content-security-policy') ?? '';
    expect([what, csp]).toEqual([what, expect.stringContaining("script-src 'self'")]);
    expect([what, csp]).toEqual([what, expect.stringContaining("frame-ancestors 'none'")]);
    expect([what, csp]).toEqual([what, expect.stringContaining("default-src 'self'")]);
    expect([what, headers.get('x-content-type-options')]).toEqual([what, 'nosniff']);
    expect([what, headers.get('x-frame-options')]).toEqual([what, 'DENY']);
    expect([what, headers.get('referrer-policy')]).toEqual([what, 'no-referrer']);
    expect([what, headers.get('strict-transport-security')]).toEqual([what, expect.stringMatching(/max-age=\d+/)]);
    expect([what, headers.get('x-powered-by')]).toEqual([what, null]);
  };

  it('sends the security headers on answers and refusals alike', async () => {
    const viewer = await api.tokenFor('viewer');
    const cases: [string, Promise<{ status: number; headers: Headers }>, number][] = [
      ['live', api.call('GET', '/health/live'), 200],
      ['a read', api.call('GET', '/rulebooks', { token: viewer }), 200],
      ['the docs page', api.call('GET', '/docs'), 200],
      ['no token', api.call('GET', '/register'), 401],
      ['wrong role', api.call('GET', '/tokens', { token: viewer }), 403],
      ['no route', api.call('GET', '/no-such-thing', { token: viewer }), 404],
      ['bad input', api.call('POST', '/rulebooks/evaluate', { token: viewer, body: { kind: 'nonsense' } }), 400],
      ['too large', api.call('POST', '/rulebooks/evaluate', { token: viewer, body: { pad: 'x'.repeat(200_000) } }), 413],
      ['dependency down', down.call('GET', '/health/ready'), 503],
    ];
    for (const [what, reply, status] of cases) {
      const res = await reply;
      expect([what, res.status]).toEqual([what, status]);
      expectSecurityHeaders(what, res.headers);
    }
  });

  it('serves the docs page with no inline script, so it runs under the policy', async () => {
    const page = (await api.call('GET', '/docs')).body as string;
    expect(page).not.toMatch(/<script>(?!<\/script>)/);
    expect(page).toContain('<script src="/docs/assets/swagger-init.js"></script>');
    const init = await fetch(`${api.base}/docs/assets/swagger-init.js`);
    expect(init.headers.get('content-type')).toMatch(/javascript/);
    expect(await init.text()).toContain("SwaggerUIBundle({ url: '/openapi.json'");
  });

  it('tells the public only whether each dependency is up; an admin sees why not', async () => {
    const pub = await down.call('GET', '/health/ready');
    expect(pub.status).toBe(503);
    expect(pub.headers.get('retry-after')).toBe('5');
    expect(pub.body).toEqual({ ok: false, temporal: { ok: false }, postgres: { ok: true } });
    const viewer = await down.call('GET', '/health/ready', { token: await down.tokenFor('viewer') });
    expect(viewer.body).toEqual({ ok: false, temporal: { ok: false }, postgres: { ok: true } });
    const admin = await down.call('GET', '/health/ready', { token: await down.tokenFor('admin') });
    expect(admin.status).toBe(503);
    expect(admin.body).toMatchObject({ ok: false, temporal: { ok: false, error: expect.any(String) }, postgres: { ok: true } });
    expect(admin.body.temporal.error.length).toBeGreaterThan(0);
  });

  it('runs the engine check for admins only', async () => {
    expect((await api.call('POST', '/health/chain')).status).toBe(401);
    const viewer = await api.call('POST', '/health/chain', { token: await api.tokenFor('viewer') });
    expect(viewer.status).toBe(403);
    expect(viewer.body.message).toMatch(/only admin/);
    const before: { n: string }[] = await api.db.query('SELECT count(*) AS n FROM engine_check');
    const admin = await api.call('POST', '/health/chain', { token: await api.tokenFor('admin') });
    expect(admin.status).toBe(200);
    expect(admin.body.id).toMatch(/^engine-check\//);
    const after: { n: string }[] = await api.db.query('SELECT count(*) AS n FROM engine_check');
    expect(Number(after[0].n)).toBe(Number(before[0].n) + 1);
  });
});
