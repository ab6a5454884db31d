import fc from 'fast-check';
import type { ZodType } from 'zod';
import { dateOf, EvaluateBody, RegisterDirectionBody, RegisterNoticeBody, WhatIfBody } from '@cs/domain';
import { mayRecordByHand } from '../../support/who-may-record';
import { acceptableBody as acceptable } from '../support/acceptable-body';
import { expectClearAnswer } from '../support/clear-answer';
import { bodyBytes, hostileBody, hostileRuns } from '../support/hostile-arbitraries';
import { isOutsider, startHostileFixture, type HostileFixture } from '../support/hostile-fixture';
import { describeRequest, sendRaw, type RawRequest } from '../support/raw-request';
import { registration, traffordFacts } from '../support/trafford';


const bodyOf = (req: RawRequest): unknown => {
  try {
    return JSON.parse(req.body!.toString());
  } catch {
    return undefined;
  }
};

// Registration, what-if and evaluate bodies: anything at all, or a valid body with one field
// corrupted, from every kind of caller. Never a 5xx; a body the schema refuses is a 400 (or 413);
// an instrument is registered only from a valid body by a role and council the table allows.
describe('hostile input: registration, what-if and evaluate bodies', () => {
  let fx: HostileFixture;

  beforeAll(async () => {
    fx = await startHostileFixture('hostile-bodies');
  });
  afterAll(() => fx?.api.stop());

  it('registers an instrument only from a valid body by someone allowed to, refusing the rest clearly', async () => {
    const notice = { ...(registration(traffordFacts(fx.council)[1]) as object), effectiveOn: '2019-06-01' };
    const direction = { effectiveOn: '2019-06-02', payload: { council: { slug: fx.council, name: 'Trafford Council' }, basis: 'direct' } };
    // Routes by name, so a counterexample prints the name rather than the schema.
    const registrations = {
      '/notices': { schema: RegisterNoticeBody, valid: notice, type: 'notice.issued' as const },
      '/directions': { schema: RegisterDirectionBody, valid: direction, type: 'direction.issued' as const },
    };
    const routes = fc.constantFrom(...(Object.keys(registrations) as (keyof typeof registrations)[]));
    // Half the time someone allowed to register it, so valid bodies get as far as registering.
    const callerFor = (type: 'notice.issued' | 'direction.issued') => {
      const allowed = fx.callers.filter((c) => mayRecordByHand(c.role, type) && !isOutsider(c, fx.council));
      return fc.oneof(fc.constantFrom(...allowed), fc.constantFrom(...fx.callers));
    };
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(
        routes.chain((path) => fc.record({ path: fc.constant(path), caller: callerFor(registrations[path].type), body: hostileBody(registrations[path].valid) })),
        async ({ path: routePath, caller, body }) => {
          const route = registrations[routePath];
          const req: RawRequest = { method: 'POST', path: routePath, headers: { authorization: `Bearer ${caller.token}`, 'content-type': 'application/json' }, body: bodyBytes(body) };
          const reply = await sendRaw(fx.api.base, req);
          const what = `${describeRequest(req)} as ${String(caller)}`;
          expectClearAnswer(reply, what);
          statuses.add(reply.status);
          const value = bodyOf(req) as { effectiveOn: string; payload: { council: { slug: string } } } | undefined;
          const valid = acceptable(route.schema, value) && value!.effectiveOn <= dateOf(Date.now());
          const permitted = valid && mayRecordByHand(caller.role, route.type) && !isOutsider(caller, value!.payload.council.slug);
          if (!valid) expect([what, [400, 413].includes(reply.status)]).toEqual([what, true]);
          else if (!permitted) expect([what, reply.status]).toEqual([what, 403]);
          else expect([what, [201, 409].includes(reply.status)]).toEqual([what, true]);
          if (reply.status === 201) {
            // It exists, and began with the body as sent, by the caller.
            const path = (reply.json as { path: string }).path;
            const timeline = await fx.api.call('GET', `${path}/timeline`, { token: fx.callers.find((c) => c.role === 'admin')!.token });
            expect([what, timeline.status, timeline.body.past[0].actor.id]).toEqual([what, 200, caller.userId]);
          }
        },
      ),
      hostileRuns(100),
    );
    expect([...statuses]).toEqual(expect.arrayContaining([201, 400, 403, 409]));
  });

  it('answers what-if and evaluate bodies clearly, with 200 only for a valid body in the caller’s scope', async () => {
    const facts = traffordFacts(fx.council);
    const evaluations: Record<string, { schema: ZodType; valid: unknown }> = {
      [`${fx.path}/what-if`]: { schema: WhatIfBody, valid: { asOf: '2020-01-01', rulebookIds: ['improvement-notice'], extraFacts: facts.filter((f) => f.type === 'adviser.appointed') } },
      '/rulebooks/evaluate': { schema: EvaluateBody, valid: { kind: 'improvement-notice', asOf: '2019-09-01', facts: facts.filter((f) => f.effectiveOn <= '2019-09-01') } },
    };
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(evaluations)).chain((path) => fc.record({ path: fc.constant(path), caller: fc.constantFrom(...fx.callers), body: hostileBody(evaluations[path].valid) })),
        async ({ path, caller, body }) => {
          const route = { path, ...evaluations[path] };
          const req: RawRequest = { method: 'POST', path, headers: { authorization: `Bearer ${caller.token}`, 'content-type': 'application/json' }, body: bodyBytes(body) };
          const reply = await sendRaw(fx.api.base, req);
          const what = `${describeRequest(req)} as ${String(caller)}`;
          expectClearAnswer(reply, what);
          statuses.add(reply.status);
          const onInstrument = route.path.startsWith('/instruments/');
          if (onInstrument && isOutsider(caller, fx.council)) expect([what, reply.status]).not.toEqual([what, 200]);
          if (reply.status === 200) expect([what, acceptable(route.schema, bodyOf(req))]).toEqual([what, true]);
        },
      ),
      hostileRuns(100),
    );
    expect([...statuses]).toEqual(expect.arrayContaining([200, 400]));
  });
});
