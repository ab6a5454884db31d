import { ApiHarness, eventually, startApi, type Reply } from '../api/support/api-harness';
import { planCase, type Plan, type Step } from './support/case-commands';
import { loadCorpus, type CorpusCase } from './support/case-schema';

// Every real intervention in test/corpus/cases, entered through the HTTP API as a client would:
// register the first instrument, send each event as the command(s) it maps to with an
// Idempotency-Key, follow each hand-over to the successor the way a client reads `links.to`, then
// check per instrument its phase, its chain and every date the record states.
const corpus = loadCorpus();
/** Cases entered at once: each is its own council's chain, so they do not wait on each other. */
const PARALLEL = 4;

interface Entered {
  ids: Map<string, string>;
  refusals: string[];
  /** Decisions the rules had not opened, recorded with the record's reason: label → fact ids. */
  overridden: Map<string, string[]>;
}

describe('the corpus of real interventions, entered through the API', () => {
  let api: ApiHarness;
  const entered = new Map<string, Promise<Entered>>();

  beforeAll(async () => {
    api = await startApi('corpus');
    // Enter every case up front, PARALLEL at a time; each test below waits for its own.
    const queue = [...corpus];
    const lanes = Array.from({ length: PARALLEL }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const mine = enter(c);
        entered.set(c.council.slug, mine);
        await mine.catch(() => undefined);
      }
    });
    void Promise.all(lanes);
  });
  afterAll(() => api?.stop());

  const councilOf = (c: CorpusCase) => ({ slug: `${c.council.slug}-${api.run}`, name: c.council.name });
  const tokenFor = (c: CorpusCase, role: Parameters<ApiHarness['tokenFor']>[0]) =>
    api.tokenFor(role, role === 'programme-office' || role === 'board-chair' ? councilOf(c).slug : undefined);

  /**
   * A decision goes first as the record states it; if the rules have not opened it (409, asking for
   * override.reason), the caselead sends it again with the record's reason as the override.
   */
  async function decide(c: CorpusCase, step: Step & { kind: 'command' }, n: number, ids: Map<string, string>, overridden: Map<string, string[]>): Promise<Reply> {
    const { override, ...plain } = step.payload as { override?: unknown };
    if (!override) return send(c, step, n, ids);
    const first = await send(c, { ...step, payload: plain }, n, ids);
    if (first.status !== 409 || !String(first.body?.message).includes('override.reason')) return first;
    const key = `${n}-override`;
    const second = await send(c, step, key, ids);
    if (second.status < 300) overridden.set(step.label, [...(overridden.get(step.label) ?? []), keyOf(c, key)]);
    return second;
  }

  const keyOf = (c: CorpusCase, n: number | string) => `corpus-${api.run}-${c.council.slug}-${n}`;

  async function send(c: CorpusCase, step: Step, n: number | string, ids: Map<string, string>): Promise<Reply> {
    const resolve = (p: Record<string, unknown>) =>
      JSON.parse(JSON.stringify(p), (_k, v) => (typeof v === 'string' && v.startsWith('@') ? ids.get(v.slice(1)) : v));
    if (step.kind === 'register') {
      const precision = step.precision ? { precision: step.precision } : {};
      return api.call('POST', step.path, { token: await tokenFor(c, 'dfe-caselead'), body: { effectiveOn: step.effectiveOn, ...precision, payload: resolve(step.payload) } });
    }
    const id = ids.get(step.label);
    if (!id) return { status: 0, body: { message: `instrument ${step.label} was never opened` }, headers: new Headers() };
    // A date the record gives only to the month or year is sent as such.
    const body = { type: step.type, effectiveOn: step.effectiveOn, ...(step.precision ? { precision: step.precision } : {}), payload: resolve(step.payload) };
    const key = keyOf(c, n);
    for (let attempt = 0; ; attempt++) {
      const res = await api.call('POST', `/instruments/${id}/commands`, { token: await tokenFor(c, step.role), body, headers: { 'Idempotency-Key': key } });
      // 503: dropped as a run continued as new; a client retries with the same key.
      if (res.status !== 503 || attempt >= 5) return res;
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  async function enter(c: CorpusCase): Promise<Entered> {
    const plan: Plan = planCase(c, councilOf(c));
    const ids = new Map<string, string>();
    const refusals: string[] = [];
    const overridden = new Map<string, string[]>();
    for (const [n, step] of plan.steps.entries()) {
      const res = step.kind === 'command' ? await decide(c, step, n, ids, overridden) : await send(c, step, n, ids);
      const what = `${step.event.on} ${step.event.event} → ${step.kind === 'register' ? `POST ${step.path}` : step.type} on ${step.label}`;
      if (res.status >= 300) {
        refusals.push(`${what}: ${res.status} ${res.body?.message ?? ''} ${JSON.stringify(res.body?.issues ?? '')}`);
        continue;
      }
      if (step.kind === 'register') ids.set(step.label, res.body.workflowId);
      if (step.kind === 'command' && step.starts) {
        // The successor is found as a client finds it: the instrument's links.to, once the hand-over is made.
        const viewer = await tokenFor(c, 'viewer');
        const to = await eventually(async () => (await api.call('GET', `/instruments/${ids.get(step.label)}`, { token: viewer })).body?.links?.to as string | undefined).catch(() => undefined);
        if (to) ids.set(step.starts, to);
        else refusals.push(`${what}: no links.to after the hand-over`);
      }
    }
    return { ids, refusals, overridden };
  }

  describe.each(corpus.map((c) => [c.council.slug, c] as const))('%s', (slug, c) => {
    let result: Entered;
    beforeAll(async () => {
      for (let i = 0; !entered.has(slug) && i < 6000; i++) await new Promise((r) => setTimeout(r, 100));
      result = await entered.get(slug)!;
    }, 1_800_000);

    it('is entered event by event with nothing refused', () => {
      expect(result.refusals).toEqual([]);
    });

    it.each(c.instruments.map((i) => [i.label] as const))('%s: phase, chain and stated dates as the record states', async (label) => {
      const id = result.ids.get(label);
      expect([label, id === undefined ? 'never opened' : 'opened']).toEqual([label, 'opened']);
      const viewer = await tokenFor(c, 'viewer');
      // A read may be answered 503 while the server is busy with the other cases: a client retries.
      const read = async (path: string) => {
        const res = await eventually(async () => {
          const r = await api.call('GET', path, { token: viewer });
          return r.status === 503 ? undefined : r;
        }, 60_000);
        expect([path, res.status]).toEqual([path, 200]);
        return res.body;
      };
      const state = await read(`/instruments/${id}`);
      const x = c.expect.find((e) => e.instrument === label);
      if (x?.startedOn) expect([label, 'startedOn', state.startedOn]).toEqual([label, 'startedOn', x.startedOn]);
      if (x?.endedOn) expect([label, 'endedOn', state.endedOn]).toEqual([label, 'endedOn', x.endedOn]);
      if (x?.endedAs === 'in-force') expect([label, 'endedOn', state.endedOn]).toEqual([label, 'endedOn', undefined]);
      else if (x?.endedAs) expect([label, 'phase', state.phase]).toEqual([label, 'phase', x.endedAs]);
      if (x && x.from !== undefined) expect([label, 'from', state.links.from]).toEqual([label, 'from', x.from === null ? undefined : result.ids.get(x.from)]);
      if (x?.to) expect([label, 'to', state.links.to]).toEqual([label, 'to', result.ids.get(x.to)]);
      // No recorded successor: none of the case's instruments follows (the product's own support period may, by default).
      if (x?.to === null) expect([label, 'to', [...result.ids.values()].includes(state.links.to)]).toEqual([label, 'to', false]);

      // A decision recorded against the rules is flagged, naming the rule it departs from.
      for (const factId of result.overridden.get(label) ?? []) {
        const flag = state.flags.find((f: { kind: string; subject?: string }) => f.kind === 'decision-override' && f.subject === factId);
        expect([label, factId, flag?.explanation.text ?? 'not flagged']).toEqual([label, factId, expect.stringMatching(/departs from (rule|no rule)/)]);
      }

      // Every date the record states for this instrument's events is the date of its fact.
      const timeline = await read(`/instruments/${id}/timeline`);
      const facts: { type: string; effectiveOn: string; precision?: string; payload: { trigger?: { inspection?: { publishedOn: string } } } }[] = timeline.past;
      const plan = planCase(c, councilOf(c));
      for (const s of plan.stated.filter((d) => d.label === label)) {
        // A month or a year the record gives: the fact falls in it and, where the client said so, is marked as that precise.
        const found =
          s.type === 'trigger.inspection'
            ? facts.some((f) => f.payload.trigger?.inspection?.publishedOn === s.on)
            : s.precision === 'day'
              ? facts.some((f) => f.type === s.type && f.effectiveOn === s.on && (!s.marked || f.precision === undefined))
              : facts.some((f) => f.type === s.type && f.effectiveOn.startsWith(s.on) && (!s.marked || f.precision === s.precision));
        expect([label, s.event, s.type, s.on, s.precision, found]).toEqual([label, s.event, s.type, s.on, s.precision, true]);
      }
    });
  });
});
