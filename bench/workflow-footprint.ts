// Benchmark (not a test): what each workflow costs the worker before it does anything. The SDK's
// reusable V8 sandbox keeps one module cache per workflow, so every cached notice instantiates
// every module of the workflow bundle (zod schemas, rulebooks) once for itself: that heap is held
// for as long as the notice stays cached, and the time is paid again on every cache miss.
// Run: npx ts-node -r tsconfig-paths/register --transpile-only bench/workflow-footprint.ts [--quick]
// [--live N --facts F: N notices cached in a real worker, F facts each] [--by-module: where the heap goes]
import { createContext, Script } from 'vm';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { z } from 'zod';
import { buildWorkflowBundle } from '../apps/worker/src/build-bundle';
import { buildBareBundle } from './bare/bundle';
import { resolveOptions, runFromCommandLine } from './support/cli';
import { liveFootprint, type LiveFootprint } from './support/live-footprint';
import { exposedGc, groupOf, heapByModule, type ModuleHeap } from './support/module-heap';
import type { BenchResult, BenchRow } from './support/result';

const Options = z
  .object({
    quick: z.coerce.boolean(),
    /** Instances of each bundle, each in a fresh context, as many workflows' module caches. */
    instances: z.coerce.number().int().min(1).max(500),
    /** Also cache this many notices in a real worker and read its heap (0: not). */
    live: z.coerce.number().int().min(0).max(5000),
    /** Facts (commands) each live notice is given after its start. */
    facts: z.coerce.number().int().min(0).max(400),
    /** Also print where one workflow's heap goes, module by module (slow: two GCs a module). */
    byModule: z.coerce.boolean(),
  })
  .strict();
type Options = z.infer<typeof Options>;

/** Heap and time to instantiate one copy of a bundle's modules. */
interface Footprint {
  heapKiB: number;
  ms: number;
}

export async function run(given: Partial<Options> = {}): Promise<BenchResult> {
  const o = resolveOptions(Options, { quick: false, instances: 40, live: 200, facts: 5, byModule: false }, { instances: 10, live: 0 }, given);
  const dir = mkdtempSync(join(tmpdir(), 'cs-bench-footprint-'));
  try {
    const productCode = readFileSync(await buildWorkflowBundle(join(dir, 'product.js')), 'utf8');
    const product = footprint(productCode, o.instances);
    if (o.byModule) printByModule(heapByModule(productCode));
    const bare = footprint(readFileSync(await buildBareBundle(join(dir, 'bare.js')), 'utf8'), o.instances);
    const live = o.live ? await liveFootprint(join(dir, 'product.js'), o.live, o.facts) : undefined;
    return {
      name: 'Workflow footprint: one workflow instance of the bundle, product vs bare',
      parameters: { instances: o.instances, ...(live ? { live: o.live, facts: o.facts } : {}) },
      rows: [
        {
          metric: 'heap held per cached workflow (its modules)',
          unit: 'KiB',
          product: product.heapKiB,
          baseline: bare.heapKiB,
          // No ratio: the bare workflow's own modules are a few KiB (the SDK's are shared).
        },
        {
          metric: 'time to instantiate a workflow (new or evicted)',
          unit: 'ms',
          product: product.ms,
          baseline: bare.ms,
          // No ratio either: the bare workflow imports almost nothing of its own.
        },
        ...(live ? liveRows(live) : []),
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Loads a bundle's workflows `n` times as the SDK's reusable V8 context does (SDK 1.24,
 * `reusable-vm.js`): one context evaluates the bundle once, and the modules it loads then (the SDK's
 * worker interface) are shared by every workflow; each workflow then gets a module cache of its
 * own, and every module its workflows import is instantiated into it. All `n` caches are kept alive,
 * as n cached workflows keep theirs; heap measured after a full GC.
 */
export function footprint(code: string, n: number): Footprint {
  const gc = exposedGc();
  const shared = new Map<PropertyKey, unknown>();
  let own: Map<PropertyKey, unknown> | undefined;
  const moduleCache = new Proxy(
    {},
    {
      get: (_, id) => shared.get(id) ?? own?.get(id),
      set: (_, id, module) => ((own ?? shared).set(id, module), true),
    },
  );
  const context = createContext({ __webpack_module_cache__: moduleCache, console, TextEncoder, TextDecoder, URL, AbortController });
  new Script(code).runInContext(context);
  const temporal = (context as { __TEMPORAL__: { importWorkflows(): unknown; preloadModules?(): void } }).__TEMPORAL__;
  temporal.preloadModules?.(); // shared too, as the SDK does
  const kept: Map<PropertyKey, unknown>[] = [];
  const instantiate = () => {
    own = new Map();
    kept.push(own);
    temporal.importWorkflows();
    own = undefined;
  };
  instantiate(); // the first compiles the code; every workflow after it shares that
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) instantiate();
  const ms = (performance.now() - t0) / n;
  gc();
  const heapKiB = (process.memoryUsage().heapUsed - heap0) / n / 1024;
  kept.length = 0;
  return { heapKiB, ms };
}

/** Heap per module and per package or project folder, largest first, on stderr. */
function printByModule(modules: ModuleHeap[]): void {
  const groups = new Map<string, number>();
  for (const m of modules) groups.set(groupOf(m.module), (groups.get(groupOf(m.module)) ?? 0) + m.bytes);
  const line = (bytes: number, what: string) => console.error(`${(bytes / 1024).toFixed(1).padStart(8)} KiB  ${what}`);
  console.error('[bench] one workflow\'s heap by package or folder:');
  for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) line(bytes, group);
  console.error('[bench] the 25 largest modules:');
  for (const m of modules.slice(0, 25)) line(m.bytes, m.module);
}

function liveRows(live: LiveFootprint): BenchRow[] {
  return [
    { metric: `live worker: workflow thread heap per cached notice (${live.factsEach} facts each)`, unit: 'KiB', product: live.workflowThreadKiBPerNotice },
    { metric: 'live worker: main thread heap per cached notice', unit: 'KiB', product: live.mainThreadKiBPerNotice },
    { metric: 'live worker: resident set per cached notice', unit: 'KiB', product: live.rssKiBPerNotice },
    { metric: `live worker: workflow thread heap in use with ${live.notices} notices cached, of its limit`, unit: 'MiB', product: live.workflowThreadUsedMiB, note: `limit ${live.workflowThreadLimitMiB.toFixed(0)} MiB` },
  ];
}

if (require.main === module) runFromCommandLine(run);
