// Benchmark (not a test): what each workflow costs the worker before it does anything. The SDK's
// reusable V8 sandbox keeps one module cache per workflow, so every cached notice instantiates
// every module of the workflow bundle (zod schemas, rulebooks) once for itself: that heap is held
// for as long as the notice stays cached, and the time is paid again on every cache miss.
// Run: npx ts-node -r tsconfig-paths/register --transpile-only bench/workflow-footprint.ts [--quick]
import { setFlagsFromString } from 'v8';
import { createContext, runInNewContext, Script } from 'vm';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { z } from 'zod';
import { buildWorkflowBundle } from '../apps/worker/src/build-bundle';
import { buildBareBundle } from './bare/bundle';
import { resolveOptions, runFromCommandLine } from './support/cli';
import { costRatio, type BenchResult } from './support/result';

const Options = z
  .object({
    quick: z.coerce.boolean(),
    /** Instances of each bundle, each in a fresh context, as many workflows' module caches. */
    instances: z.coerce.number().int().min(1).max(500),
  })
  .strict();
type Options = z.infer<typeof Options>;

/** Heap and time to instantiate one copy of a bundle's modules. */
interface Footprint {
  heapKiB: number;
  ms: number;
}

export async function run(given: Partial<Options> = {}): Promise<BenchResult> {
  const o = resolveOptions(Options, { quick: false, instances: 40 }, { instances: 10 }, given);
  const dir = mkdtempSync(join(tmpdir(), 'cs-bench-footprint-'));
  try {
    const product = footprint(readFileSync(await buildWorkflowBundle(join(dir, 'product.js')), 'utf8'), o.instances);
    const bare = footprint(readFileSync(await buildBareBundle(join(dir, 'bare.js')), 'utf8'), o.instances);
    return {
      name: 'Workflow footprint: one workflow instance of the bundle, product vs bare',
      parameters: { instances: o.instances },
      rows: [
        {
          metric: 'heap held per cached workflow (its modules)',
          unit: 'KiB',
          product: product.heapKiB,
          baseline: bare.heapKiB,
          ratio: costRatio(product.heapKiB, bare.heapKiB),
        },
        {
          metric: 'time to instantiate a workflow (new or evicted)',
          unit: 'ms',
          product: product.ms,
          baseline: bare.ms,
          ratio: costRatio(product.ms, bare.ms),
        },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Evaluates the bundle and loads its workflows (so every module's top level runs) in `n` fresh
 * contexts, keeping them all alive, as n cached workflows keep theirs; heap measured after a full GC.
 */
function footprint(code: string, n: number): Footprint {
  const gc = exposedGc();
  const script = new Script(code);
  const kept: unknown[] = [];
  const instantiate = () => {
    const context = createContext({ __webpack_module_cache__: {}, console, TextEncoder, TextDecoder, URL, AbortController });
    script.runInContext(context);
    return (context as { __TEMPORAL__: { importWorkflows(): unknown } }).__TEMPORAL__.importWorkflows();
  };
  instantiate(); // the first compiles the code; every context after it shares that
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) kept.push(instantiate());
  const ms = (performance.now() - t0) / n;
  gc();
  const heapKiB = (process.memoryUsage().heapUsed - heap0) / n / 1024;
  kept.length = 0;
  return { heapKiB, ms };
}

function exposedGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

if (require.main === module) runFromCommandLine(run);
