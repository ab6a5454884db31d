import fc from 'fast-check';
import { parse } from 'querystring';
import type { ZodType } from 'zod';
import { AsOfQuery, AuditQuery, BoardPackQuery, HistoryQuery, InstrumentPathParams, NotificationsQuery, RegisterQuery, SelfAssessmentQuery } from '@cs/domain';
import { expectClearAnswer } from '../support/clear-answer';
import { hostileQuery, hostileRuns, hostileSegment } from '../support/hostile-arbitraries';
import { isOutsider, startHostileFixture, type HostileFixture } from '../support/hostile-fixture';
import { fillPath, routeName } from '../support/openapi-routes';
import { describeRequest, sendRaw, type RawRequest } from '../support/raw-request';

const instrument = '/instruments/{type}/{council}/{startedOn}';

/** The query schema of each read route (express parses the query as node's querystring does). */
const querySchemas: Record<string, ZodType> = {
  'GET /register': RegisterQuery,
  [`GET ${instrument}`]: AsOfQuery,
  [`GET ${instrument}/timeline`]: AsOfQuery,
  [`GET ${instrument}/audit`]: AuditQuery,
  [`GET ${instrument}/history`]: HistoryQuery,
  [`GET ${instrument}/board-pack`]: BoardPackQuery,
  [`GET ${instrument}/self-assessment`]: SelfAssessmentQuery,
  [`GET ${instrument}/notifications`]: NotificationsQuery,
};

/** The path parameters as express hands them to the API (percent-decoded). */
function decodedPath(values: Record<string, string>): { type: string; council: string; startedOn: string } {
  const decode = (v: string) => {
    try {
      return decodeURIComponent(v);
    } catch {
      return v;
    }
  };
  return { type: decode(values.type), council: decode(values.council), startedOn: decode(values.startedOn) };
}

// Reads with hostile query strings and path segments, by every kind of caller: never a 5xx, every
// refusal says why; a 200 only for a query the schema accepts, in the caller's own scope; history
// only for admins; council users never see another council's instrument or register rows.
describe('hostile input: reads', () => {
  let fx: HostileFixture;

  beforeAll(async () => {
    fx = await startHostileFixture('hostile-reads');
  });
  afterAll(() => fx?.api.stop());

  it('answers hostile queries and paths clearly, and only ever within the caller’s scope', async () => {
    const reads = fx.routes.filter((r) => r.method === 'GET' && !r.isPublic);
    expect(reads.map(routeName)).toEqual(expect.arrayContaining(Object.keys(querySchemas)));
    const request = fc.constantFrom(...reads).chain((route) =>
      fc.record({
        route: fc.constant(route),
        caller: fc.constantFrom(...fx.callers),
        query: hostileQuery(route.queryParams),
        segment: route.pathParams.length ? fc.option(fc.record({ param: fc.constantFrom(...route.pathParams), value: hostileSegment }), { freq: 3 }) : fc.constant(null),
      }),
    );
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(request, async ({ route, caller, query, segment }) => {
        const values: Record<string, string> = { ...fx.notice, id: 'improvement-notice' };
        if (segment) values[segment.param] = segment.value;
        const req: RawRequest = { method: 'GET', path: fillPath(route, values) + query, headers: { authorization: `Bearer ${caller.token}` } };
        const reply = await sendRaw(fx.api.base, req);
        const sent = `${describeRequest(req)} as ${caller.role} of ${caller.council ?? '-'}`;
        expectClearAnswer(reply, sent);
        seen.add(reply.status);

        const onInstrument = route.template.startsWith('/instruments/');
        const schema = querySchemas[routeName(route)];
        const parsed = schema?.safeParse({ ...parse(query.replace(/^\?/, '')) });
        // History is for admins: 403 to anyone else (a path express cannot even decode is a 400 first).
        const historyRefused = route.template.endsWith('/history') && caller.role !== 'admin';
        if (historyRefused && !segment) expect([sent, reply.status]).toEqual([sent, 403]);
        if (historyRefused) expect([sent, reply.status]).not.toEqual([sent, 200]);
        if (onInstrument && !segment && isOutsider(caller, fx.council)) {
          const expected = parsed?.success ? [403] : [400, 403];
          expect([sent, expected.includes(reply.status)]).toEqual([sent, true]);
        }
        if (reply.status !== 200) return;
        expect([sent, parsed?.success ?? true]).toEqual([sent, true]);
        if (onInstrument) {
          // A valid path in the caller's scope; only the audit trail answers for an instrument that
          // was never registered (commands refused for it are audited under its id).
          const decoded = decodedPath(values);
          expect([sent, InstrumentPathParams.safeParse(decoded).success, isOutsider(caller, decoded.council)]).toEqual([sent, true, false]);
          if (!route.template.endsWith('/audit')) expect([sent, decoded]).toEqual([sent, fx.notice]);
        }
        const asOf = (parsed?.data as { asOf?: string } | undefined)?.asOf;
        if (asOf) expect([sent, asOf >= fx.notice.startedOn]).toEqual([sent, true]);
        if (route.template === '/register' && caller.council) {
          const items = (reply.json as { items: { councilSlug: string }[] }).items;
          expect([sent, items.filter((i) => i.councilSlug !== caller.council)]).toEqual([sent, []]);
        }
      }),
      hostileRuns(150),
    );
    // The run reached both sides: answers and refusals of several kinds.
    expect([...seen]).toEqual(expect.arrayContaining([200, 400, 403]));
  });
});
