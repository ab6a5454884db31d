const MiB = 1024 * 1024;

/**
 * The most heap one cached instrument holds in the workflow thread: its own instance of every
 * module of the workflow bundle (~1.6 MiB, `npm run bench:footprint`) and its facts, folded state
 * and remembered rules answers, which grow with its history. Measured with a live worker
 * (`npm run bench:footprint -- --live N --facts F`, docs/benchmarks.md, "workflow-footprint"):
 * 1.8 MiB with 5 facts, 2.0 MiB with Trafford's 340; a quarter more for what was not measured.
 */
export const INSTRUMENT_HEAP_BYTES = 2.5 * MiB;

/** Heap kept back for everything but the cache: activations in flight, query answers, GC's room. */
export function heapReserveBytes(heapLimitBytes: number): number {
  return Math.max(512 * MiB, heapLimitBytes / 4);
}

/**
 * How many instruments a worker may keep cached without its workflow thread running out of heap:
 * what the heap limit leaves after the reserve, divided by the most one instrument holds. The SDK's
 * own default (~600 per GiB) assumes ~1.7 MiB a workflow with no state, more than the heap holds
 * here. The workflow thread's heap limit is the process's (Node gives worker threads the same
 * default and the same --max-old-space-size), so the main thread's `heap_size_limit` serves.
 */
export function cachedWorkflowsFor(heapLimitBytes: number, perInstrumentBytes = INSTRUMENT_HEAP_BYTES): number {
  const usable = heapLimitBytes - heapReserveBytes(heapLimitBytes);
  return Math.max(2, Math.floor(usable / perInstrumentBytes)); // the SDK refuses fewer than 2
}
