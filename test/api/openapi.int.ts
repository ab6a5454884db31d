import { ApiHarness, startApi } from './support/api-harness';

// The OpenAPI document describes every endpoint with its schemas and errors, and every documented
// route exists: called without a token it answers 401 (or, if public, is served).
describe('OpenAPI document and docs page', () => {
  let api: ApiHarness;
  let doc: { openapi: string; paths: Record<string, Record<string, { security: unknown[]; responses: Record<string, unknown>; requestBody?: unknown; parameters: { in: string }[] }>>; components: { schemas: Record<string, unknown> } };

  beforeAll(async () => {
    api = await startApi('openapi', {}, false);
    doc = (await api.call('GET', '/openapi.json')).body;
  });
  afterAll(() => api?.stop());

  it('is OpenAPI 3.1 with schemas for the bodies and errors', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Command', 'RegisterNoticeBody', 'InstrumentState', 'Timeline', 'AuditPage', 'HistoryPage', 'ValidationError', 'Error']),
    );
    const command = doc.paths['/instruments/{type}/{council}/{startedOn}/commands'].post;
    expect(Object.keys(command.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409', '503']));
    expect(command.parameters.map((p: { in: string; name?: string }) => p.name)).toEqual(expect.arrayContaining(['type', 'council', 'startedOn', 'Idempotency-Key']));
    expect(JSON.stringify(doc.components.schemas.Command)).toContain('assessment.decided');
  });

  it('documents only routes that exist and are guarded as it says', async () => {
    const concrete = (p: string) =>
      p.replace('{type}', 'notice').replace('{council}', 'trafford').replace('{startedOn}', '2019-05-23').replace('{id}', 'improvement-notice');
    let checked = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const res = await api.call(method.toUpperCase(), concrete(path), { body: method === 'post' ? {} : undefined });
        const expected = op.security.length === 0 ? 'served' : 401;
        expect([method, path, res.status === 401 ? 401 : res.status === 404 ? 404 : 'served']).toEqual([method, path, expected]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(14);
  });

  it('serves the interactive page with its assets', async () => {
    const page = await fetch(`${api.base}/docs`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/docs/assets/swagger-init.js');
    expect(await (await fetch(`${api.base}/docs/assets/swagger-init.js`)).text()).toContain('SwaggerUIBundle');
    const js = await fetch(`${api.base}/docs/assets/swagger-ui-bundle.js`);
    expect(js.status).toBe(200);
    expect((await fetch(`${api.base}/docs/assets/..%2Fpackage.json`)).status).toBe(404);
  });
});
