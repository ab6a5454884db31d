import { ApiHarness, startApi } from './support/api-harness';
import { registration, traffordFacts, TRAFFORD_ISSUED_ON } from './support/trafford';

// Every endpoint that takes input answers bad input with 400 naming each field and why; never 500.
describe('bad input: 400 naming the field', () => {
  let api: ApiHarness;
  let path: string;
  let slug: string;

  beforeAll(async () => {
    api = await startApi('bad-input');
    slug = `trafford-${api.run}`;
    path = `/instruments/notice/${slug}/${TRAFFORD_ISSUED_ON}`;
    const res = await api.call('POST', '/notices', { token: await api.tokenFor('dfe-caselead'), body: registration(traffordFacts(slug)[1]) });
    expect(res.status).toBe(201);
  });
  afterAll(() => api?.stop());

  const cases: [string, string, string, unknown, string][] = [
    ['POST', '/notices', 'missing council', { effectiveOn: '2019-05-23', payload: { trigger: { kind: 'ilacs-inadequate', inspectionPublishedOn: '2019-05-08' } } }, 'payload.council'],
    ['POST', '/notices', 'impossible date', { effectiveOn: '2019-02-30', payload: {} }, 'effectiveOn'],
    ['POST', '/notices', 'a date in the future', { effectiveOn: '2999-01-01', payload: { council: { slug: 'x', name: 'X' }, trigger: { kind: 'ilacs-inadequate', inspectionPublishedOn: '2019-05-08' } } }, 'effectiveOn'],
    ['POST', '/notices', 'an unknown field', { effectiveOn: '2019-05-23', payload: {}, colour: 'red' }, '(body)'],
    ['POST', '/directions', 'a bad basis', { effectiveOn: '2019-05-23', payload: { council: { slug: 'x', name: 'X' }, basis: 'whim' } }, 'payload.basis'],
    ['GET', '/register?pageSize=0', 'page size 0', undefined, 'pageSize'],
    ['GET', '/register?overdue=maybe', 'overdue not boolean', undefined, 'overdue'],
    ['GET', '/register?phase=sleeping', 'unknown phase', undefined, 'phase'],
    ['GET', '/register?dueWithinDays=-3', 'negative days', undefined, 'dueWithinDays'],
    ['GET', '/register?sort=name', 'an unknown filter', undefined, '(body)'],
    ['GET', '/instruments/memo/trafford/2019-05-23', 'an unknown instrument type', undefined, 'type'],
    ['GET', '/instruments/notice/Trafford!/2019-05-23', 'a bad council slug', undefined, 'council'],
    ['GET', '/instruments/notice/trafford/23-05-2019', 'a bad start date', undefined, 'startedOn'],
    ['GET', 'STATE?asOf=yesterday', 'a bad asOf', undefined, 'asOf'],
    ['GET', 'STATE/timeline?asOf=2019-13-01', 'a bad timeline asOf', undefined, 'asOf'],
    ['GET', 'STATE/audit?page=zero', 'a bad audit page', undefined, 'page'],
    ['GET', 'STATE/history?pageSize=5000', 'a history page too big', undefined, 'pageSize'],
    ['GET', 'STATE/history?runId=abc', 'a bad run id', undefined, 'runId'],
    ['POST', 'STATE/commands', 'an unknown command type', { type: 'notice.shredded', effectiveOn: '2020-01-01', payload: {} }, 'type'],
    ['POST', 'STATE/commands', 'a payload missing a field', { type: 'adviser.appointed', effectiveOn: '2019-05-23', payload: {} }, 'payload.name'],
    ['POST', 'STATE/commands', 'a bad effective date', { type: 'adviser.appointed', effectiveOn: 'soon', payload: { name: 'A' } }, 'effectiveOn'],
    ['POST', 'STATE/commands', 'a RAG that is not one', { type: 'objective.progress-recorded', effectiveOn: '2019-08-01', payload: { objectiveId: 'obj-1', delivery: 'purple' } }, 'payload.delivery'],
    ['POST', 'STATE/commands', 'malformed JSON', '{"type": ', '(body)'],
    ['POST', 'STATE/what-if', 'a what-if without a date', { rulebookIds: ['improvement-notice'] }, 'asOf'],
    ['POST', 'STATE/what-if', 'a what-if before the notice began', { asOf: '2010-01-01' }, 'asOf'],
    ['POST', 'STATE/what-if', 'an unknown rulebook', { asOf: '2020-01-01', rulebookIds: ['no-such-book'] }, 'rulebookIds'],
    ['POST', '/rulebooks/evaluate', 'facts that are not facts', { kind: 'improvement-notice', asOf: '2020-01-01', facts: [{ type: 'x' }] }, 'facts.0'],
    ['POST', '/rulebooks/evaluate', 'facts without a start', { kind: 'improvement-notice', asOf: '2020-01-01', facts: traffordFacts('x').filter((f) => f.type === 'board.met').slice(0, 1) }, 'facts'],
    ['GET', '/rulebooks/Not%20An%20Id', 'a bad rulebook id', undefined, 'id'],
  ];

  it.each(cases)('%s %s: %s → 400 naming %s', async (method, route, _what, body, field) => {
    const url = route.replace('STATE', path);
    const res = await api.call(method, url, { token: await api.tokenFor('admin'), body });
    expect([res.status, res.body.statusCode]).toEqual([400, 400]);
    const fields = (res.body.issues as { field: string; message: string }[]).map((i) => i.field);
    // The field itself, or a path inside it (facts.0.type, rulebookIds[0]): never a mere prefix of a name.
    const inside = (f: string) => f === field || f.startsWith(`${field}.`) || f.startsWith(`${field}[`);
    expect([fields, fields.some(inside)]).toEqual([fields, true]);
    expect(res.body.issues.every((i: { message: string }) => i.message.length > 0)).toBe(true);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a bad Idempotency-Key, naming the header', async () => {
    const res = await api.call('POST', `${path}/commands`, {
      token: await api.tokenFor('dfe-caselead'),
      body: { type: 'adviser.appointed', effectiveOn: '2019-05-23', payload: { name: 'A' } },
      headers: { 'Idempotency-Key': 'no spaces allowed' },
    });
    expect(res.status).toBe(400);
    expect(res.body.issues[0].field).toBe('Idempotency-Key');
  });
});
