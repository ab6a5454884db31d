import { cachedWorkflowsFor, heapReserveBytes, INSTRUMENT_HEAP_BYTES } from './cache-size';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

describe('the worker cache sized from the heap limit', () => {
  it('keeps a quarter of a 4 GiB heap back and fills the rest at 2.5 MiB an instrument', () => {
    expect(INSTRUMENT_HEAP_BYTES).toBe(2.5 * MiB);
    // (4096 - 1024) MiB / 2.5 MiB
    expect(cachedWorkflowsFor(4 * GiB)).toBe(1228);
  });

  it('never lets the cache and the reserve together pass the heap limit', () => {
    for (const limitMiB of [256, 512, 1024, 2048, 4144, 8192, 16384]) {
      const limit = limitMiB * MiB;
      const n = cachedWorkflowsFor(limit);
      if (n > 2) expect(n * INSTRUMENT_HEAP_BYTES + heapReserveBytes(limit)).toBeLessThanOrEqual(limit);
    }
  });

  it('keeps at least 512 MiB back on a small heap, and at least the two workflows the SDK needs', () => {
    expect(heapReserveBytes(1 * GiB)).toBe(512 * MiB);
    expect(cachedWorkflowsFor(1 * GiB)).toBe(204); // 512 MiB / 2.5 MiB
    expect(cachedWorkflowsFor(256 * MiB)).toBe(2);
  });

  it('scales with the measured cost of an instrument', () => {
    expect(cachedWorkflowsFor(4 * GiB, 1.5 * MiB)).toBe(2048);
    expect(cachedWorkflowsFor(4 * GiB, 6 * MiB)).toBe(512);
  });
});
