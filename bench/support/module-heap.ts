import { setFlagsFromString } from 'v8';
import { createContext, runInNewContext, Script } from 'vm';

/** Heap one module's own top level keeps (its exports, closures, schemas), without the modules it requires. */
export interface ModuleHeap {
  module: string;
  bytes: number;
}

// The webpack runtime's call of a module's function (SDK 1.24's bundler, webpack 5).
const REQUIRE_CALL = '__webpack_modules__[moduleId].call(module.exports, module, module.exports, __webpack_require__);';

/**
 * Instantiates a workflow bundle once in a fresh context, as each cached workflow does, measuring
 * every module's own retained heap: a full GC before and after its top level runs, less what the
 * modules it requires retained. Slow (two GCs a module); for finding where a workflow's heap goes.
 */
export function heapByModule(code: string): ModuleHeap[] {
  if (!code.includes(REQUIRE_CALL)) throw new Error("the bundle's webpack runtime changed: no module call to wrap");
  const gc = exposedGc();
  const own = new Map<string, number>();
  const stack: { nested: number }[] = [];
  const measure = (id: string, load: () => void) => {
    gc();
    const before = process.memoryUsage().heapUsed;
    stack.push({ nested: 0 });
    try {
      load();
    } finally {
      const frame = stack.pop()!;
      gc();
      const inclusive = process.memoryUsage().heapUsed - before;
      own.set(id, (own.get(id) ?? 0) + inclusive - frame.nested);
      if (stack.length) stack[stack.length - 1].nested += inclusive;
    }
  };
  // As the SDK's reusable context does (see workflow-footprint.ts): modules the bundle loads when
  // evaluated are shared; those a workflow imports are its own, and only those are measured.
  const shared = new Map<PropertyKey, unknown>();
  let mine: Map<PropertyKey, unknown> | undefined;
  const moduleCache = new Proxy(
    {},
    {
      get: (_, id) => shared.get(id) ?? mine?.get(id),
      set: (_, id, module) => ((mine ?? shared).set(id, module), true),
    },
  );
  const wrapped = code.replace(REQUIRE_CALL, `__measureModule(moduleId, () => ${REQUIRE_CALL.slice(0, -1)});`);
  const context = createContext({
    __webpack_module_cache__: moduleCache,
    __measureModule: (id: string, load: () => void) => (mine ? measure(id, load) : load()),
    console,
    TextEncoder,
    TextDecoder,
    URL,
    AbortController,
  });
  new Script(wrapped).runInContext(context);
  const temporal = (context as { __TEMPORAL__: { importWorkflows(): unknown } }).__TEMPORAL__;
  const load = () => {
    mine = new Map();
    temporal.importWorkflows();
    const kept = mine;
    mine = undefined;
    return kept;
  };
  load(); // compiles the code; measured below on a second, warm workflow
  own.clear();
  const kept = load();
  void kept;
  return [...own].map(([module, bytes]) => ({ module, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/** Module ids grouped: each package under node_modules, each project folder of ours (two levels). */
export function groupOf(moduleId: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(moduleId);
  if (pkg) {
    const [, name, rest] = pkg;
    if (name === 'zod') return `zod/${rest.split('/').slice(0, 2).join('/').replace(/\.c?js$/, '')}`;
    return name;
  }
  const ours = /^\.\/(.*)$/.exec(moduleId)?.[1] ?? moduleId;
  return ours.split('/').slice(0, 3).join('/');
}

export function exposedGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
