// Benchmark (not a test): the web service's two heaviest pages, served to a signed-in person,
// against the API's own JSON for the same data (the calls the page makes, made the same way):
//   - the caseload with 500 instruments on the register (the page: a page of 50 and two counts);
//   - the Trafford notice's page with its four years of facts (the overview, the chain).
// Targets (docs/benchmarks.md): caseload p95 <= 200 ms, instrument p95 <= 250 ms on this machine.
// Run: npm run bench:web [-- --quick] [-- --requests 300]
import { randomBytes } from 'crypto';
import { z } from 'zod';
import { loadEnv } from '@cs/config';
import { TokenStore } from '@cs/persistence';
import { createWebApp } from '../apps/web/src/app';
import { sessionCookieValue } from '../apps/web/src/session/session.middleware';
import { freePort } from '../tools/servers/processes';
import { resolveOptions, runFromCommandLine } from './support/cli';
import { Latencies, timed } from './support/latency';
import { ownCpuMs } from './support/process-cpu';
import { withProduct, type RunningProduct } from './support/product';
import { costRatio, type BenchResult } from './support/result';
import { registerTraffordNotice } from './support/trafford-notice';

const OptionsSchema = z
  .object({
    quick: z.coerce.boolean(),
    /** Measured requests per page and side, one at a time. */
    requests: z.coerce.number().int().positive(),
    warmup: z.coerce.number().int().min(0),
    /** Instruments on the register for the caseload. */
    instruments: z.coerce.number().int().positive(),
    /** The last effective date of the Trafford facts entered (default: four years, to the day before the lifting). */
    until: z.iso.date(),
  })
  .strict();
type Options = z.infer<typeof OptionsSchema>;

const defaults: Options = { quick: false, requests: 300, warmup: 30, instruments: 500, until: '2023-02-20' };
const quick: Partial<Options> = { requests: 40, warmup: 5, until: '2020-05-23' };

export async function run(options: Partial<Options> = {}): Promise<BenchResult> {
  const o = resolveOptions(OptionsSchema, defaults, quick, options);
  return withProduct({ logLevel: 'warn', nodeArgs: [] }, async (product) => {
    const tokens = new TokenStore(product.db);
    log(`entering the Trafford facts up to ${o.until} through the API...`);
    const notice = await registerTraffordNotice(product.base, tokens, o.until);
    log(`${notice.facts} facts; adding ${o.instruments - 1} more instruments to the register...`);
    await fillRegister(product.db, o.instruments - 1);

    const port = await freePort();
    const secret = randomBytes(32).toString('hex');
    const env = loadEnv({ ...process.env, WEB_API_URL: product.base, WEB_PORT: String(port), SESSION_SECRET: secret, LOG_LEVEL: 'warn' });
    const web = await createWebApp(env, product.db);
    await web.app.listen(port, '127.0.0.1');
    try {
      const { userId, token } = await tokens.issue({ name: 'bench caselead', role: 'dfe-caselead' });
      const session = await web.sessions.start(userId, 'bench');
      const cookie = { cookie: `cs_session=${sessionCookieValue(secret, session)}` };
      const bearer = { authorization: `Bearer ${token}` };
      const webBase = `http://127.0.0.1:${port}`;
      const get = async (url: string, headers: Record<string, string>) => {
        const res = await fetch(url, { headers });
        if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
        await res.arrayBuffer();
      };
      const api = (path: string) => get(product.base + path, bearer);

      const pages: Record<string, { web: () => Promise<unknown>; api: () => Promise<unknown> }> = {
        caseload: {
          web: () => get(`${webBase}/`, cookie),
          api: () =>
            Promise.all([
              api('/register?pageSize=50'),
              api('/register?overdue=true&pageSize=1'),
              api('/register?overdue=false&dueWithinDays=30&pageSize=1'),
            ]),
        },
        instrument: {
          web: () => get(`${webBase}${notice.path}`, cookie),
          // The calls the page makes: the overview (state without detail, open and latest met
          // obligations, the first page of facts) and the council's register rows for the chain.
          api: () => Promise.all([api(`${notice.path}/overview?pageSize=20`), api(`/register?council=trafford&pageSize=100`)]),
        },
      };
      const rows = [];
      for (const [name, sides] of Object.entries(pages)) {
        const measured = { web: new Latencies(), api: new Latencies() };
        for (let i = 0; i < o.warmup; i++) await Promise.all([sides.web(), sides.api()].map((p) => p));
        // Alternate the sides request by request, so both see the same moment of the machine.
        for (let i = 0; i < o.requests; i++) {
          await timed(measured.web, sides.web);
          await timed(measured.api, sides.api);
        }
        log(`${name}: web p50 ${measured.web.percentile(50).toFixed(1)} ms, p95 ${measured.web.percentile(95).toFixed(1)} ms`);
        for (const p of [50, 95]) {
          const product = measured.web.percentile(p);
          const baseline = measured.api.percentile(p);
          rows.push({ metric: `${name} page p${p}`, unit: 'ms', product, baseline, ratio: costRatio(product, baseline) });
        }
        // CPU per request of each process, each side alone for a run of requests: what a page
        // costs the machine, which a busy machine disturbs far less than latency.
        const web = await cpuPerRequest(product, sides.web, o.requests);
        const json = await cpuPerRequest(product, sides.api, o.requests);
        for (const part of ['worker', 'api', 'bench'] as const) {
          if (!(json[part] > 0)) continue; // the caseload reads no workflow: no worker row
          rows.push({ metric: `${name} CPU per request, ${part} process${part === 'bench' ? ' (web service + clients)' : ''}`, unit: 'ms', product: web[part], baseline: json[part], ratio: costRatio(web[part], json[part]) });
        }
      }
      return {
        name: 'web pages against the API JSON for the same data',
        parameters: { instruments: o.instruments, facts: notice.facts, requests: o.requests },
        rows,
      };
    } finally {
      await web.app.close();
    }
  });
}

/** CPU ms per request of the worker, the API and this process (the web service and the HTTP clients), over `n` requests one at a time. */
async function cpuPerRequest(product: RunningProduct, request: () => Promise<unknown>, n: number): Promise<Record<'worker' | 'api' | 'bench', number>> {
  const before = { worker: product.workerCpuMs(), api: product.apiCpuMs(), bench: ownCpuMs() };
  for (let i = 0; i < n; i++) await request();
  return { worker: (product.workerCpuMs() - before.worker) / n, api: (product.apiCpuMs() - before.api) / n, bench: (ownCpuMs() - before.bench) / n };
}

/** Register rows as the projection writes them, for other councils: the caseload reads only the register. */
async function fillRegister(db: import('typeorm').DataSource, count: number): Promise<void> {
  const phases = ['issued', 'adviser-appointed', 'under-improvement', 'assessment'];
  for (let i = 0; i < count; i++) {
    const slug = `council-${String(i).padStart(3, '0')}`;
    const due = new Date(Date.now() + ((i % 120) - 20) * 86_400_000).toISOString().slice(0, 10);
    await db.query(
      `INSERT INTO instrument_register (workflow_id, kind, council_slug, council_name, phase, started_on, next_due_on,
         overdue_count, flag_count, linked_from, linked_to, version, updated_at)
       VALUES ($1, 'improvement-notice', $2, $3, $4, '2022-01-10', $5, $6, $7, NULL, NULL, 1, now())`,
      [`notice/${slug}/2022-01-10`, slug, `Council ${i}`, phases[i % phases.length], due, i % 7 === 0 ? 1 : 0, i % 5],
    );
  }
}

function log(line: string): void {
  console.error(`[web-pages] ${line}`);
}

if (require.main === module) runFromCommandLine(run);
