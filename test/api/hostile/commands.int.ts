import fc from 'fast-check';
import { CommandBody, Fact, FactType, IdempotencyKey } from '@cs/domain';
import { mayRecordByHand } from '../../support/who-may-record';
import { acceptableBody } from '../support/acceptable-body';
import { expectClearAnswer } from '../support/clear-answer';
import { badIdempotencyKey, bodyBytes, corrupt, corruptionOf, hostileRuns, type HostileBody } from '../support/hostile-arbitraries';
import { isOutsider, startHostileFixture, type Caller, type HostileFixture } from '../support/hostile-fixture';
import { describeRequest, sendRaw, type RawRequest } from '../support/raw-request';
import { sampleCommands } from '../support/samples';
import { traffordFacts } from '../support/trafford';

/** One command sent, and what the API answered. */
interface Sent {
  caller: Caller;
  key?: string;
  status: number;
  message?: string;
  accepted: boolean;
}

type KeyChoice = 'fresh' | 'none' | 'bad' | 'reuse';

// Commands of every type, valid or with one field corrupted, by every kind of caller, with fresh,
// missing, malformed and reused Idempotency-Keys. Never a 5xx; a body the schema refuses is a 400;
// a role or council the table refuses is a 403; only valid, permitted commands are recorded, by the
// token's user; and the audit trail shows every refusal the engine decided, and no 400.
describe('hostile input: commands', () => {
  let fx: HostileFixture;
  const sent: Sent[] = [];

  beforeAll(async () => {
    fx = await startHostileFixture('hostile-commands');
  });
  afterAll(() => fx?.api.stop());

  it('refuses what is invalid or not permitted, for the right reason, and records only the rest', async () => {
    const samples = sampleCommands(traffordFacts(fx.council), fx.council);
    const command = fc.constantFrom(...FactType.options).chain((type) =>
      fc.record({
        type: fc.constant(type),
        caller: callerFor(type),
        corruption: fc.option(corruptionOf(samples[type]), { freq: 2 }),
        key: fc.constantFrom<KeyChoice>('fresh', 'fresh', 'fresh', 'fresh', 'none', 'bad', 'reuse'),
        badKey: badIdempotencyKey,
      }),
    );
    // Half the time someone the table allows, so valid commands reach the workflow too.
    const callerFor = (type: FactType) => {
      const allowed = fx.callers.filter((c) => mayRecordByHand(c.role, type) && !isOutsider(c, fx.council));
      const anyone = fc.constantFrom(...fx.callers);
      return allowed.length ? fc.oneof(fc.constantFrom(...allowed), anyone) : anyone;
    };
    let counter = 0;
    await fc.assert(
      fc.asyncProperty(command, async ({ type, caller, corruption, key: choice, badKey }) => {
        const valid = samples[type];
        const value = corruption ? corrupt(valid, corruption) : valid;
        const body: HostileBody = { kind: 'json', value };
        const reusable = sent.filter((s) => s.key).map((s) => s.key!);
        const key = { fresh: `hostile-${fx.api.run}-${++counter}`, none: undefined, bad: badKey, reuse: reusable[counter % Math.max(1, reusable.length)] }[choice];
        const headers: Record<string, string> = { authorization: `Bearer ${caller.token}`, 'content-type': 'application/json' };
        if (key !== undefined) headers['idempotency-key'] = key;
        const req: RawRequest = { method: 'POST', path: `${fx.path}/commands`, headers, body: bodyBytes(body) };
        const reply = await sendRaw(fx.api.base, req);
        const what = `${describeRequest(req)} as ${String(caller)}`;
        expectClearAnswer(reply, what);
        const answer = reply.json as { message?: string; issues?: { field: string }[]; fact?: Fact; duplicate?: boolean };
        sent.push({ caller, key, status: reply.status, message: answer?.message, accepted: reply.status === 200 });

        const bodyValid = acceptableBody(CommandBody, value);
        const keyValid = key === undefined || IdempotencyKey.safeParse(key).success;
        const sentType = (value as { type: FactType } | undefined)?.type as FactType;
        const permitted = bodyValid && mayRecordByHand(caller.role, sentType) && !isOutsider(caller, fx.council);
        if (!bodyValid) expect([what, [400, 413].includes(reply.status)]).toEqual([what, true]);
        else if (!keyValid) expect([what, reply.status, answer.issues?.[0].field]).toEqual([what, 400, 'Idempotency-Key']);
        else if (!permitted) expect([what, reply.status]).toEqual([what, 403]);
        if (reply.status === 200) {
          expect([what, bodyValid && keyValid && permitted]).toEqual([what, true]);
          // The fact is this request's own command, by the token's user whatever the body says (a key
          // reused for another command is refused with 409, never answered with someone else's fact).
          expect([what, answer.fact?.actor.id, answer.fact?.type]).toEqual([what, caller.userId, sentType]);
          if (key !== undefined) expect([what, answer.fact?.id]).toEqual([what, key]);
        }
      }),
      hostileRuns(150),
    );
    expect(sent.filter((s) => s.accepted).length).toBeGreaterThan(0);
    expect([...new Set(sent.map((s) => s.status))]).toEqual(expect.arrayContaining([200, 400, 403, 409]));
  });

  it('recorded exactly the accepted commands: valid, permitted, by their token’s user', async () => {
    const admin = fx.callers.find((c) => c.role === 'admin')!;
    const timeline = await fx.api.call('GET', `${fx.path}/timeline`, { token: admin.token });
    expect(timeline.status).toBe(200);
    const facts = (timeline.body.past as Fact[]).filter((f) => f.type !== 'notice.issued');
    const acceptedKeys = new Set(sent.filter((s) => s.accepted && s.key).map((s) => s.key));
    const keyless = sent.filter((s) => s.accepted && !s.key).length;
    expect(facts.filter((f) => !f.id.startsWith('cmd-')).map((f) => f.id).sort()).toEqual([...acceptedKeys].sort());
    expect(facts.filter((f) => f.id.startsWith('cmd-'))).toHaveLength(keyless);
    const userIds = new Set(fx.callers.map((c) => c.userId));
    for (const f of facts) {
      expect([f.id, Fact.safeParse(f).success]).toEqual([f.id, true]);
      expect([f.id, mayRecordByHand(f.actor.role, f.type), userIds.has(f.actor.id)]).toEqual([f.id, true, true]);
      expect([f.id, f.actor.council === undefined || f.actor.council === fx.council]).toEqual([f.id, true]);
    }
  });

  it('shows an admin every refusal the engine decided in the audit trail, and no 400', async () => {
    const admin = fx.callers.find((c) => c.role === 'admin')!;
    const lines: { idempotencyKey: string | null; outcome: string; reason: string | null }[] = [];
    for (let page = 1; ; page++) {
      const res = await fx.api.call('GET', `${fx.path}/audit?pageSize=100&page=${page}`, { token: admin.token });
      lines.push(...res.body.items);
      if (page * 100 >= res.body.total) break;
    }
    const withKey = (key: string) => lines.filter((l) => l.idempotencyKey === key);
    // Fresh keys only: a reused key's lines belong to more than one request.
    const fresh = sent.filter((s) => s.key?.startsWith(`hostile-${fx.api.run}-`) && sent.filter((o) => o.key === s.key).length === 1);
    expect(fresh.length).toBeGreaterThan(30);
    for (const s of fresh) {
      const expected =
        s.status === 200
          ? [expect.objectContaining({ outcome: 'accepted' })]
          : [403, 404, 409].includes(s.status)
            ? [expect.objectContaining({ outcome: 'rejected', reason: s.message })]
            : [];
      expect([s.key, s.status, withKey(s.key!)]).toEqual([s.key, s.status, expected]);
    }
  });
});
