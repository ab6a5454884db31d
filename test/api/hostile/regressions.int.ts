import { ApiHarness, startApi } from '../support/api-harness';
import { unclearAnswer } from '../support/clear-answer';
import { sendRaw, type RawReply } from '../support/raw-request';
import { registration, traffordFacts, TRAFFORD_ISSUED_ON } from '../support/trafford';

// Inputs the hostile-input properties once answered with a 5xx or an unclear refusal: each stays
// answered clearly, with the status and reason it has now.
describe('hostile input: regressions', () => {
  let api: ApiHarness;
  let path: string;

  beforeAll(async () => {
    api = await startApi('hostile-regressions');
    const slug = `trafford-${api.run}`;
    path = `/instruments/notice/${slug}/${TRAFFORD_ISSUED_ON}`;
    const res = await api.call('POST', '/notices', { token: await api.tokenFor('dfe-caselead'), body: registration(traffordFacts(slug)[1]) });
    expect(res.status).toBe(201);
  });
  afterAll(() => api?.stop());

  const command = JSON.stringify({ type: 'adviser.appointed', effectiveOn: TRAFFORD_ISSUED_ON, payload: { name: 'A' } });
  const post = async (headers: Record<string, string>, body: string | Buffer, url = `${path}/commands`): Promise<RawReply> =>
    sendRaw(api.base, { method: 'POST', path: url, headers: { authorization: `Bearer ${await api.tokenFor('dfe-caselead')}`, ...headers }, body });
  const clear = (reply: RawReply) => expect(unclearAnswer(reply)).toBeUndefined();

  it('refuses a charset other than UTF-8 with 415 (was 500: body-parser charset.unsupported)', async () => {
    const reply = await post({ 'content-type': 'application/json; charset=latin1' }, command);
    clear(reply);
    expect([reply.status, (reply.json as { message: string }).message]).toEqual([415, expect.stringMatching(/charset latin1 .*UTF-8/)]);
  });

  it('refuses an unknown Content-Encoding with 415 (was 500: body-parser encoding.unsupported)', async () => {
    const reply = await post({ 'content-type': 'application/json', 'content-encoding': 'compress' }, command);
    clear(reply);
    expect([reply.status, (reply.json as { message: string }).message]).toEqual([415, expect.stringMatching(/Content-Encoding compress/)]);
  });

  it('refuses a gzip body that does not decompress with 400 (was 500: a zlib error)', async () => {
    const reply = await post({ 'content-type': 'application/json', 'content-encoding': 'gzip' }, 'not gzip at all');
    clear(reply);
    expect(reply.status).toBe(400);
    expect((reply.json as { issues: { field: string }[] }).issues[0].field).toBe('(body)');
  });

  it('refuses a 1.5 MB body with 413 saying so (was 400 "not valid JSON")', async () => {
    const huge = JSON.stringify({ type: 'adviser.appointed', effectiveOn: TRAFFORD_ISSUED_ON, payload: { name: 'x'.repeat(1_500_000) } });
    const reply = await post({ 'content-type': 'application/json' }, huge);
    clear(reply);
    expect([reply.status, (reply.json as { message: string }).message]).toEqual([413, expect.stringMatching(/larger than the \d+-byte limit/)]);
  });

  it.each([
    ['text/plain', command],
    ['application/x-www-form-urlencoded', 'type=adviser.appointed&effectiveOn=2019-05-23'],
    ['', command],
  ])('refuses a %s body with 415 saying to send JSON (was 400 for an empty body, or unknown keys of the form)', async (type, body) => {
    const reply = await post(type ? { 'content-type': type } : {}, body);
    clear(reply);
    expect([reply.status, (reply.json as { message: string }).message]).toEqual([415, expect.stringMatching(/Content-Type: application\/json/)]);
  });

  it.each([
    ['a NUL', 'A\u0000B', /NUL/],
    ['half a surrogate pair', 'A\ud800B', /surrogate/],
  ])('refuses %s in a payload with 400 naming the field, recording nothing (was 500 from the jsonb audit insert)', async (_what, name, why) => {
    const key = `unstorable-${name.charCodeAt(1)}`;
    for (const role of ['dfe-caselead', 'adviser'] as const) {
      const body = JSON.stringify({ type: 'adviser.appointed', effectiveOn: TRAFFORD_ISSUED_ON, payload: { name } });
      const reply = await sendRaw(api.base, {
        method: 'POST',
        path: `${path}/commands`,
        headers: { authorization: `Bearer ${await api.tokenFor(role)}`, 'content-type': 'application/json', 'idempotency-key': key },
        body,
      });
      clear(reply);
      expect([role, reply.status, (reply.json as { issues: unknown[] }).issues]).toEqual([role, 400, [{ field: 'payload.name', message: expect.stringMatching(why) }]]);
    }
    const audit = await api.call('GET', `${path}/audit?pageSize=100`, { token: await api.tokenFor('admin') });
    expect(audit.body.items.filter((l: { idempotencyKey: string }) => l.idempotencyKey === key)).toEqual([]);
    const timeline = await api.call('GET', `${path}/timeline`, { token: await api.tokenFor('admin') });
    expect(timeline.body.past.map((f: { id: string }) => f.id)).not.toContain(key);
  });

  it('refuses a NUL in a council name at registration with 400 (was 500 after an audited refusal)', async () => {
    const body = registration(traffordFacts('nul-council')[1]) as { effectiveOn: string; payload: { council: object } };
    const reply = await post({ 'content-type': 'application/json' }, JSON.stringify({ ...body, payload: { ...body.payload, council: { slug: 'nul-council', name: 'Nul\u0000' } } }), '/notices');
    clear(reply);
    expect([reply.status, (reply.json as { issues: { field: string }[] }).issues[0].field]).toEqual([400, 'payload.council.name']);
  });

  it.each(['', '/timeline'])('refuses GET state%s as of a date before the notice began with 400 naming asOf (was 500 from the state query)', async (suffix) => {
    const reply = await sendRaw(api.base, { method: 'GET', path: `${path}${suffix}?asOf=1900-01-01`, headers: { authorization: `Bearer ${await api.tokenFor('viewer')}` } });
    clear(reply);
    expect([reply.status, (reply.json as { issues: unknown[] }).issues]).toEqual([400, [{ field: 'asOf', message: expect.stringMatching(/before .* began \(2019-05-23\)/) }]]);
    expect((await api.call('GET', `${path}${suffix}?asOf=${TRAFFORD_ISSUED_ON}`, { token: await api.tokenFor('viewer') })).status).toBe(200);
  });

  it('refuses a history pageToken Temporal did not issue with 400 naming it (was 500: gRPC INVALID_ARGUMENT)', async () => {
    const reply = await sendRaw(api.base, { method: 'GET', path: `${path}/history?pageToken=abcdef`, headers: { authorization: `Bearer ${await api.tokenFor('admin')}` } });
    clear(reply);
    expect([reply.status, (reply.json as { issues: { field: string }[] }).issues[0].field]).toEqual([400, 'pageToken']);
    const first = await api.call('GET', `${path}/history?pageSize=1`, { token: await api.tokenFor('admin') });
    const next = await api.call('GET', `${path}/history?pageSize=1&pageToken=${first.body.nextPageToken}`, { token: await api.tokenFor('admin') });
    // Temporal pages by event batch, so a page may hold more than pageSize events: the next one follows on.
    expect([next.status, next.body.events[0].eventId]).toEqual([200, first.body.events.at(-1).eventId + 1]);
  });

  it('refuses a reused Idempotency-Key with another command with 409, audited (was 200 with the first command\'s fact)', async () => {
    const key = `reused-${api.run}`;
    const first = { type: 'adviser.appointed', effectiveOn: TRAFFORD_ISSUED_ON, payload: { name: 'Claire Burgess' } };
    const other = { type: 'inspection.published', effectiveOn: '2019-09-04', payload: { kind: 'monitoring-visit', priorityActions: false } };
    const send = async (body: object) =>
      api.call('POST', `${path}/commands`, { token: await api.tokenFor('dfe-caselead'), body, headers: { 'Idempotency-Key': key } });
    expect((await send(first)).status).toBe(200);
    const retry = await send(first);
    expect([retry.status, retry.body.duplicate, retry.body.fact.id]).toEqual([200, true, key]);
    const reused = await send(other);
    expect([reused.status, reused.body.message]).toEqual([409, expect.stringMatching(/^Idempotency-Key .* was already used for another command \(adviser.appointed/)]);
    const audit = await api.call('GET', `${path}/audit?pageSize=100`, { token: await api.tokenFor('admin') });
    const lines = audit.body.items.filter((l: { idempotencyKey: string }) => l.idempotencyKey === key);
    expect(lines.map((l: { outcome: string; commandType: string }) => [l.outcome, l.commandType])).toEqual([
      ['accepted', 'adviser.appointed'],
      ['rejected', 'inspection.published'],
    ]);
  });

  it('answers a documented path asked with the wrong method 405 with Allow (was 404, as if the path did not exist)', async () => {
    const token = await api.tokenFor('admin');
    const wrong = await api.call('DELETE', path, { token });
    expect([wrong.status, wrong.headers.get('allow'), wrong.body.message]).toEqual([405, 'GET', `DELETE is not allowed on ${path}; it answers GET`]);
    const put = await api.call('PUT', `${path}/commands`, { token, body: {} });
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'POST']);
    // A path no route has stays a 404, and a route's own 404 (an unknown notice) is untouched.
    expect((await api.call('DELETE', '/nowhere', { token })).status).toBe(404);
    expect((await api.call('GET', `${path.replace(/\d{4}-\d{2}-\d{2}$/, '2001-01-01')}`, { token })).status).toBe(404);
  });

  it('names the path, not the body, when a path segment is not valid percent-encoding (was field "(body)")', async () => {
    const reply = await sendRaw(api.base, { method: 'GET', path: '/instruments/notice/tr%zzafford/2019-05-23', headers: { authorization: `Bearer ${await api.tokenFor('admin')}` } });
    clear(reply);
    expect([reply.status, (reply.json as { issues: unknown[] }).issues]).toEqual([400, [{ field: '(path)', message: expect.stringMatching(/Failed to decode param/) }]]);
  });
});
