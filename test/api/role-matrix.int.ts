import { FactType, Role } from '@cs/domain';
import { mayRecordByHand, rolesByHand } from '../support/who-may-record';
import { ApiHarness, startApi } from './support/api-harness';
import { sampleCommands } from './support/samples';
import { registration, traffordFacts, TRAFFORD_ISSUED_ON } from './support/trafford';

// Every role against every command on a live notice: refused with 403 (and the reason) exactly when
// the workflows' permission table says so; otherwise the command reaches the workflow, which
// records it (200) or refuses it on lifecycle grounds (409), never on role.
describe('role × command matrix', () => {
  let api: ApiHarness;
  let slug: string;
  let path: string;
  let samples: ReturnType<typeof sampleCommands>;
  const recorded: string[] = [];

  beforeAll(async () => {
    api = await startApi('roles');
    slug = `trafford-${api.run}`;
    const facts = traffordFacts(slug);
    samples = sampleCommands(facts, slug);
    path = `/instruments/notice/${slug}/${TRAFFORD_ISSUED_ON}`;
    const res = await api.call('POST', '/notices', { token: await api.tokenFor('dfe-caselead'), body: registration(facts[1]) });
    expect(res.status).toBe(201);
  });
  afterAll(() => api?.stop());

  const councilRoles: Role[] = ['programme-office', 'board-chair'];
  const tokenOf = (role: Role, council = slug) => api.tokenFor(role, councilRoles.includes(role) ? council : undefined);

  it.each(FactType.options)('%s: allowed for exactly the roles the table names', async (type) => {
    const outcomes: Record<string, number | string> = {};
    const expected: Record<string, number | string> = {};
    for (const role of Role.options) {
      const res = await api.call('POST', `${path}/commands`, { token: await tokenOf(role), body: samples[type] });
      const allowed = mayRecordByHand(role, type);
      expected[role] = allowed ? 'reached the workflow' : 403;
      outcomes[role] = allowed && (res.status === 200 || res.status === 409) ? 'reached the workflow' : res.status;
      if (res.status === 200) recorded.push(`${type} by ${role}`);
      if (!allowed) {
        // The refusal names the role, the type and who may: the same roles as the hand-written table.
        const [, said] = /^role \S+ may not record \S+ \(allowed: (.*)\)$/.exec(res.body.message) ?? [];
        expect([role, type, said?.split(', ').sort()]).toEqual([role, type, rolesByHand(type, Role.options).sort()]);
      }
      if (allowed && res.status === 409) expect(res.body.message).not.toMatch(/may not record|may not act on/);
    }
    expect(outcomes).toEqual(expected);
  });

  it('recorded the allowed commands the lifecycle allows (the matrix is not all refusals)', () => {
    expect(recorded).toEqual(expect.arrayContaining(['adviser.appointed by dfe-caselead', 'board.established by programme-office', 'plan.agreed by programme-office']));
  });

  it("refuses a council user acting on another council's notice, and audits it", async () => {
    const token = await tokenOf('programme-office', 'salford');
    const res = await api.call('POST', `${path}/commands`, { token, body: samples['objective.added'] });
    expect(res.status).toBe(403);
    expect(res.body.message).toBe(`programme-office of salford may not act on ${slug}'s instruments`);
    const read = await api.call('GET', path, { token });
    expect(read.status).toBe(403);
    const lines = [];
    for (let page = 1; ; page++) {
      const audit = await api.call('GET', `${path}/audit?pageSize=100&page=${page}`, { token: await api.tokenFor('admin') });
      lines.push(...audit.body.items);
      if (page * 100 >= audit.body.total) break;
    }
    expect(lines.length).toBeGreaterThan(100);
    const last = lines.filter((l: { actorCouncil: string | null }) => l.actorCouncil === 'salford');
    expect(last).toEqual([expect.objectContaining({ outcome: 'rejected', reason: expect.stringMatching(/may not act on/) })]);
  });

  it('lets only the roles of notice.issued register a notice', async () => {
    const facts = traffordFacts(`${slug}-b`);
    for (const [i, role] of Role.options.entries()) {
      // A day per role: each allowed registration is a new notice, not a second one of the same id.
      const effectiveOn = `2019-06-${String(10 + i).padStart(2, '0')}`;
      const res = await api.call('POST', '/notices', { token: await tokenOf(role, `${slug}-b`), body: { ...registration(facts[1]), effectiveOn } });
      if (mayRecordByHand(role, 'notice.issued')) expect([role, res.status]).toEqual([role, 201]);
      else expect([role, res.status, res.body.message]).toEqual([role, 403, expect.stringMatching(/may not record notice.issued/)]);
    }
  });
});
