// Benchmark (not a test): reading one notice's live state through the API (GET with a bearer
// token: guard, token lookup, Temporal query, JSON out) against the same `state` query made
// straight with the Temporal client, at the same fixed offered load. See docs/benchmarks.md.
// Run: npx ts-node -r tsconfig-paths/register --transpile-only bench/api-read.ts [--quick] [--rate 10 --seconds 30 --connections 1]
import { mkdirSync } from 'fs';
import { join } from 'path';
import { z } from 'zod';
import { TokenStore } from '@cs/persistence';
import { stateQuery } from '@cs/contract';
import { autocannonLoad } from './support/autocannon-load';
import { resolveOptions, runFromCommandLine } from './support/cli';
import { httpGetter } from './support/http-get';
import { sleep, type LoadOutcome } from './support/load';
import { openLoop } from './support/open-loop';
import { perSecondBudget } from './support/per-second-budget';
import { ownCpuMs } from './support/process-cpu';
import { withProduct } from './support/product';
import { costRatio, type BenchResult, type BenchRow } from './support/result';
import { registerTraffordNotice } from './support/trafford-notice';

const OptionsSchema = z
  .object({
    quick: z.coerce.boolean(),
    /**
     * Reads per second offered to each side (both run at once: the worker answers twice this). A
     * state query costs the worker milliseconds of CPU (it evaluates the rules over every fact), so
     * keep the total well under what one workflow can answer, or both sides measure its queue.
     */
    rate: z.coerce.number().int().positive(),
    /** Measured seconds per load shape. */
    seconds: z.coerce.number().int().positive(),
    /** Unmeasured seconds per side first (JIT, connections, the worker's cache). */
    warmupSeconds: z.coerce.number().int().min(0),
    /** autocannon's connections (and the client's lanes in the same shape); 1 reads one at a time. */
    connections: z.coerce.number().int().positive(),
    /** The last effective date of the Trafford facts entered (default: the day before the lifting). */
    until: z.iso.date(),
    /** The API's LOG_LEVEL (info: one log line per request, as in production). */
    apiLogLevel: z.enum(['debug', 'info', 'warn', 'error']),
    /**
     * Write a V8 tick log of the API process to bench/.results/api-v8-<time>.log (read it with
     * `node --prof-process`). Not --cpu-prof: Nest re-raises SIGTERM, so that profile is never written.
     */
    apiProf: z.coerce.boolean(),
  })
  .strict(); // a mistyped flag is an error, not a silent default
export type Options = z.infer<typeof OptionsSchema>;

const defaults: Options = {
  quick: false,
  rate: 10,
  seconds: 30,
  warmupSeconds: 5,
  connections: 1,
  until: '2023-02-20',
  apiLogLevel: 'info',
  apiProf: false,
};

/** Small enough to check the wiring in about a minute: one year of facts, short loads. */
const quick: Partial<Options> = { rate: 5, seconds: 5, warmupSeconds: 2, until: '2020-05-23' };

export async function run(options: Partial<Options> = {}): Promise<BenchResult> {
  const o = resolveOptions(OptionsSchema, defaults, quick, options);
  const api = { logLevel: o.apiLogLevel, nodeArgs: o.apiProf ? v8TickLog() : [] };
  return withProduct(api, async (product) => {
    const tokens = new TokenStore(product.db);
    log(`entering the Trafford facts up to ${o.until} through the API...`);
    const notice = await registerTraffordNotice(product.base, tokens, o.until);
    log(`${notice.facts} facts in ${notice.setupSeconds.toFixed(0)} s`);

    const { token } = await tokens.issue({ name: 'bench reader', role: 'viewer' });
    const headers = { authorization: `Bearer ${token}` };
    const url = product.base + notice.path;
    const handle = product.client.workflow.getHandle(notice.workflowId);
    const viaApi = httpGetter(url, headers);
    const direct = () => handle.query(stateQuery);
    const stateBytes = await sameState(viaApi.body(), direct());

    const sides = { api: viaApi, direct };
    log(`warming up: ${o.warmupSeconds} s at ${o.rate}/s each`);
    await together(
      openLoop(o.rate, o.warmupSeconds, direct),
      offset(o.rate, () => openLoop(o.rate, o.warmupSeconds, viaApi)),
    );

    // CPU first (the lightest load): one side at a time, so each reading process does only its own
    // reads: the benchmark's process for the client, the API's for the API (its HTTP client is not in it).
    log(`CPU: Temporal client alone, then API alone, ${o.seconds} s at ${o.rate}/s`);
    const cpuDirect = await cpuPerRead(() => openLoop(o.rate, o.seconds, sides.direct), ownCpuMs);
    const cpuApi = await cpuPerRead(() => openLoop(o.rate, o.seconds, sides.api), product.apiCpuMs);

    // Latency: both sides at once, so a busy moment on a shared machine (or a slow worker) falls on
    // both alike. The open loop interleaves their schedules; autocannon's overallRate (a per-second
    // budget per connection) drives the API while perSecondBudget drives the client the same way.
    const connections = `${o.connections} connection${o.connections > 1 ? 's' : ''}`;
    log(
      `autocannon overallRate, ${connections}: API and Temporal client together, ${o.seconds} s at ${o.rate}/s each`,
    );
    const [cannonApi, cannonDirect] = await together(
      autocannonLoad({ url, headers, rate: o.rate, connections: o.connections, seconds: o.seconds }),
      perSecondBudget(o.rate, o.connections, o.seconds, sides.direct),
    );

    // The open loop last: at too high a rate it queues work on the worker that later phases would meet.
    log(`open loop: API and Temporal client together, ${o.seconds} s at ${o.rate}/s each`);
    const [openApi, openDirect] = await together(
      offset(o.rate, () => openLoop(o.rate, o.seconds, sides.api)),
      openLoop(o.rate, o.seconds, sides.direct),
    );

    return {
      name: 'API read: GET one notice state vs Temporal query',
      parameters: {
        rate: o.rate,
        seconds: o.seconds,
        warmup: o.warmupSeconds,
        connections: o.connections,
        facts: notice.facts,
        stateKB: Math.round(stateBytes / 1024),
      },
      rows: [
        ...latencyRows('open loop', openApi, openDirect),
        ...latencyRows(`autocannon, ${connections}`, cannonApi, cannonDirect),
        {
          metric: 'CPU per read, reading process',
          unit: 'ms',
          product: cpuApi,
          baseline: cpuDirect,
          ratio: costRatio(cpuApi, cpuDirect),
        },
      ],
    };
  });
}

const together = <A, B>(a: Promise<A>, b: Promise<B>) => Promise.all([a, b]);

/** Starts a load half a request interval late, so two open loops at one rate interleave. */
async function offset<T>(rate: number, load: () => Promise<T>): Promise<T> {
  await sleep(500 / rate);
  return load();
}

async function cpuPerRead(load: () => Promise<LoadOutcome>, cpuMs: () => number): Promise<number> {
  const before = cpuMs();
  const outcome = await load();
  return (cpuMs() - before) / (outcome.latencies.count + outcome.errors);
}

/** The API must answer what the workflow answers (else the comparison is void); returns its size. */
async function sameState(apiBody: Promise<string>, direct: Promise<unknown>): Promise<number> {
  const [body, view] = await Promise.all([apiBody, direct]);
  const fromApi = JSON.parse(body) as { phase?: string };
  const fromTemporal = view as { phase?: string };
  if (!fromApi.phase || fromApi.phase !== fromTemporal.phase)
    throw new Error(`API and workflow disagree: ${body.slice(0, 200)}`);
  return Buffer.byteLength(body);
}

function latencyRows(shape: string, api: LoadOutcome, direct: LoadOutcome): BenchRow[] {
  const failed = (m: LoadOutcome) => (m.errors ? `, ${m.errors} failed (${m.firstError})` : '');
  const note = `API ${api.latencies.count} reads${failed(api)}; client ${direct.latencies.count}${failed(direct)}`;
  return (
    [
      ['p50', 50],
      ['p99', 99],
      ['max', 100],
    ] as const
  ).map(([name, p]) => {
    const [a, d] = [api.latencies.percentile(p), direct.latencies.percentile(p)];
    return {
      metric: `state read ${name}, ${shape}`,
      unit: 'ms',
      product: a,
      baseline: d,
      ratio: costRatio(a, d),
      note,
    };
  });
}

function v8TickLog(): string[] {
  const dir = join(__dirname, '.results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `api-v8-${new Date().toISOString().replace(/[:.]/g, '-')}.log`);
  log(`V8 tick log of the API: ${file}`);
  return ['--prof', `--logfile=${file}`, '--no-logfile-per-isolate'];
}

function log(line: string): void {
  console.error(`[api-read] ${line}`);
}

if (require.main === module) runFromCommandLine(run);
