import fc from 'fast-check';
import { expectClearAnswer } from '../support/clear-answer';
import {
  anyMethod,
  bodyBytes,
  forgedAuthorization,
  hostileBody,
  hostileContentEncoding,
  hostileContentType,
  hostileQuery,
  hostileRuns,
  hostileSegment,
} from '../support/hostile-arbitraries';
import { startHostileFixture, type HostileFixture } from '../support/hostile-fixture';
import { fillPath, routeName, type DocumentedRoute } from '../support/openapi-routes';
import { describeRequest as described, sendRaw, type RawRequest } from '../support/raw-request';
import { sampleCommands } from '../support/samples';
import { registration, traffordFacts } from '../support/trafford';

const instrument = '/instruments/{type}/{council}/{startedOn}';
const KNOWN_ROUTES = [
  'POST /notices',
  'POST /directions',
  'GET /register',
  `GET ${instrument}`,
  `GET ${instrument}/timeline`,
  `POST ${instrument}/commands`,
  `GET ${instrument}/audit`,
  `GET ${instrument}/history`,
  `POST ${instrument}/what-if`,
  'GET /rulebooks',
  'GET /rulebooks/{id}',
  'POST /rulebooks/evaluate',
  'GET /health/live',
  'GET /health/ready',
  'POST /health/chain',
  'GET /tokens',
  `GET ${instrument}/board-pack`,
  `GET ${instrument}/self-assessment`,
  `GET ${instrument}/notifications`,
  'GET /notifications',
  'GET /imports/template',
  `POST ${instrument}/imports`,
  'GET /imports/{id}',
  'POST /calendar/feed-tokens',
  'GET /calendar/feed-tokens',
  'POST /calendar/feed-tokens/{id}/revoke',
  'GET /calendar/caseload',
  'GET /calendar/instruments/{type}/{council}/{startedOn}',
];

// Every route the OpenAPI document lists, sent anything: wrong methods, hostile path segments and
// query strings, forged tokens, other content types and encodings, malformed, non-UTF-8, deeply
// nested and 1-2 MB bodies. Nothing is a 5xx; every refusal is JSON that says why.
describe('hostile input: every documented route', () => {
  let fx: HostileFixture;

  beforeAll(async () => {
    fx = await startHostileFixture('hostile-routes');
  });
  afterAll(() => fx?.api.stop());

  const validBody = (route: DocumentedRoute): unknown => {
    const facts = traffordFacts(fx.council);
    if (route.template === '/notices') return registration(facts[1]);
    if (route.template === '/directions') return { effectiveOn: '2019-06-02', payload: { council: { slug: fx.council, name: 'Trafford Council' }, basis: 'direct' } };
    if (route.template.endsWith('/commands')) return sampleCommands(facts, fx.council)['adviser.reported'];
    if (route.template.endsWith('/what-if')) return { asOf: '2020-01-01', rulebookIds: ['improvement-notice'] };
    if (route.template === '/rulebooks/evaluate') return { kind: 'improvement-notice', asOf: '2019-07-01', facts: facts.filter((f) => f.effectiveOn <= '2019-07-01') };
    return undefined;
  };
  const pathValues = () => ({ ...fx.notice, id: 'improvement-notice' });

  it('enumerates the routes to attack from the OpenAPI document the API serves', () => {
    const names = fx.routes.map(routeName);
    expect(names.length).toBeGreaterThanOrEqual(KNOWN_ROUTES.length);
    expect(names).toEqual(expect.arrayContaining(KNOWN_ROUTES));
  });

  it('answers any hostile request to any route without a 5xx, every refusal saying why', async () => {
    const tokens = fx.callers.map((c) => c.token);
    const request = fc.constantFrom(...fx.routes).chain((route) =>
      fc.record({
        route: fc.constant(route),
        method: fc.option(anyMethod, { freq: 3, nil: route.method }),
        segment: fc.option(fc.record({ param: fc.constantFrom(...(route.pathParams.length ? route.pathParams : ['none'])), value: hostileSegment }), { freq: 2 }),
        query: hostileQuery(route.queryParams),
        authorization: fc.oneof(fc.constantFrom(...tokens).map((t) => `Bearer ${t}`), forgedAuthorization(tokens[0], fx.revokedToken)),
        contentType: hostileContentType,
        contentEncoding: hostileContentEncoding,
        body: hostileBody(validBody(route)),
      }),
    );
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const values: Record<string, string> = pathValues();
        if (r.segment && r.segment.param in values) values[r.segment.param] = r.segment.value;
        const headers: Record<string, string> = {};
        if (r.authorization !== undefined) headers.authorization = r.authorization;
        if (r.contentType !== undefined) headers['content-type'] = r.contentType;
        if (r.contentEncoding !== undefined) headers['content-encoding'] = r.contentEncoding;
        const req: RawRequest = { method: r.method, path: fillPath(r.route, values) + r.query, headers, body: bodyBytes(r.body) };
        expectClearAnswer(await sendRaw(fx.api.base, req), described(req));
      }),
      hostileRuns(150),
    );
  });

  it('refuses a missing, forged, malformed or revoked token with 401 saying why, on every guarded route', async () => {
    const guarded = fx.routes.filter((r) => !r.isPublic);
    expect(guarded.length).toBeGreaterThan(10);
    const real = fx.callers[0].token;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...guarded), forgedAuthorization(real, fx.revokedToken), async (route, authorization) => {
        const body = validBody(route);
        const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
        if (authorization !== undefined) headers.authorization = authorization;
        const req: RawRequest = { method: route.method, path: fillPath(route, pathValues()), headers, body: body === undefined ? undefined : Buffer.from(JSON.stringify(body)) };
        const reply = await sendRaw(fx.api.base, req);
        expectClearAnswer(reply, described(req));
        expect([described(req), reply.status]).toEqual([described(req), 401]);
        expect((reply.json as { message: string }).message).toMatch(/token|Bearer/);
      }),
      hostileRuns(100),
    );
  });

  it('left no property on Object.prototype (no key such as __proto__ or constructor polluted it)', () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
