import type { Fact } from '@cs/domain';
import { ApiHarness, startApi } from '../api/support/api-harness';
import { commandBody, traffordFacts } from '../api/support/trafford';
import { traffordThrough } from './support/notice';

type IcsEvent = Record<string, string>;

/** The VEVENTs of an iCalendar text (RFC 5545: folded lines continue with a space), read by the test itself. */
function events(ics: string): IcsEvent[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  const out: IcsEvent[] = [];
  let current: IcsEvent | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      out.push(current!);
      current = undefined;
    }
    else if (current) {
      const [name, ...value] = line.split(':');
      current[name.split(';')[0]] = value.join(':').replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
    }
  }
  return out;
}

// The Trafford notice up to the eve of the Covid flexibilities, its dates read as a calendar client
// would (a feed token in the URL), then the flexibilities recorded: the rules move review 3 by three
// months, and the feed's event for it keeps its UID with the new date and a higher SEQUENCE.
describe('calendar feeds', () => {
  let api: ApiHarness;
  let slug: string;
  let path: string;
  let facts: Fact[];
  let poFeed: string;

  beforeAll(async () => {
    api = await startApi('calendar');
    ({ slug, path, facts } = await traffordThrough(api, '2020-06-17'));
    const issued = await api.call('POST', '/calendar/feed-tokens', { token: await api.tokenFor('programme-office', slug), body: { label: 'Outlook' } });
    expect([issued.status, issued.body.label]).toEqual([201, 'Outlook']);
    poFeed = issued.body.token;
    expect(issued.body.caseloadFeed).toBe(`/calendar/caseload?token=${poFeed}`);
  });
  afterAll(() => api?.stop());

  const feed = (url: string) => fetch(api.base + url).then(async (r) => ({ status: r.status, type: r.headers.get('content-type'), text: await r.text() }));
  const instrumentFeed = (token: string) => feed(`/calendar${path}?token=${token}`);
  const review3 = (list: IcsEvent[]) => list.find((e) => e.UID === `notice/${slug}/2019-05-23/review-cadence:review-3@cs-intervention`);

  it("follows the rules' dates, each event naming its rule, and moves one when the rules move it", async () => {
    const before = await instrumentFeed(poFeed);
    expect([before.status, before.type]).toEqual([200, 'text/calendar; charset=utf-8']);
    const first = review3(events(before.text));
    expect(first).toMatchObject({ DTSTART: '20200912' });
    expect(first!.DESCRIPTION).toContain('Set by the rule review-cadence of rulebook improvement-notice version');
    expect(first!.DESCRIPTION).toMatch(/cl\. 6/);

    // The next fact of the record: the flexibilities start on 2020-06-18.
    const covid = traffordFacts(slug).find((f) => f.type === 'flexibility.started')!;
    expect(facts.some((f) => f.type === 'flexibility.started')).toBe(false);
    const res = await api.call('POST', `${path}/commands`, {
      token: await api.tokenFor('dfe-caselead'),
      body: commandBody(covid),
      headers: { 'Idempotency-Key': `covid-${api.run}` },
    });
    expect([res.status, res.body.message]).toEqual([200, undefined]);

    const after = events((await instrumentFeed(poFeed)).text);
    const moved = review3(after);
    expect(moved).toMatchObject({ DTSTART: '20201212' });
    expect(Number(moved!.SEQUENCE)).toBeGreaterThan(Number(first!.SEQUENCE));
    expect(after.filter((e) => e.UID === moved!.UID)).toHaveLength(1);
    expect(moved!.DESCRIPTION).toContain('covid-19-flexibilities');
  });

  it("gives a person their caseload: the duties of their role, in their council's instruments", async () => {
    const po = events((await feed(`/calendar/caseload?token=${poFeed}`)).text);
    const ours = po.filter((e) => e.UID.startsWith(`notice/${slug}/`));
    const rules = new Set(ours.map((e) => e.UID.split('/').pop()!.split(':')[0]));
    expect([...rules]).toEqual(expect.arrayContaining(['board-timetable', 'review-cadence', 'self-assessment-before-review', 'deadline']));
    expect(rules.has('adviser-reports')).toBe(false);
    expect(po.every((e) => e.UID.startsWith(`notice/${slug}/`))).toBe(true);

    // The adviser of this council (a national role given a council sees that council's instruments).
    const adviser = await api.call('POST', '/calendar/feed-tokens', { token: await api.tokenFor('adviser', slug), body: {} });
    const theirs = events((await feed(`/calendar/caseload?token=${adviser.body.token}`)).text);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((e) => e.UID.startsWith(`notice/${slug}/`))).toBe(true);
    expect(theirs.every((e) => e.UID.includes('/adviser-reports:'))).toBe(true);
  });

  it('refuses a feed without a token, with another council’s, or with a revoked one', async () => {
    const none = await feed(`/calendar/caseload`);
    expect([none.status, JSON.parse(none.text).issues[0].field]).toEqual([400, 'token']);
    const other = await api.call('POST', '/calendar/feed-tokens', { token: await api.tokenFor('programme-office', 'salford'), body: {} });
    expect((await instrumentFeed(other.body.token)).status).toBe(403);

    const po = await api.tokenFor('programme-office', slug);
    const spare = await api.call('POST', '/calendar/feed-tokens', { token: po, body: { label: 'phone' } });
    expect((await instrumentFeed(spare.body.token)).status).toBe(200);
    const revoked = await api.call('POST', `/calendar/feed-tokens/${spare.body.id}/revoke`, { token: po });
    expect([revoked.status, typeof revoked.body.revokedAt]).toEqual([200, 'string']);
    const refused = await instrumentFeed(spare.body.token);
    expect([refused.status, JSON.parse(refused.text).message]).toEqual([401, expect.stringContaining('unknown or revoked')]);
    expect((await instrumentFeed(poFeed)).status).toBe(200);
    const mine = await api.call('GET', '/calendar/feed-tokens', { token: po });
    expect(mine.body.map((t: { label: string; revokedAt: string | null }) => [t.label, t.revokedAt === null])).toEqual([
      ['Outlook', true],
      ['phone', false],
    ]);
  });
});
