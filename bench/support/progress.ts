/** Prints "label: done/total (rate/s)" to stderr every few seconds while a long phase runs. */
export function startProgress(label: string, total: number, done: () => number, everyMs = 10_000): () => void {
  const t0 = performance.now();
  const timer = setInterval(() => {
    const n = done();
    const s = (performance.now() - t0) / 1000;
    console.error(`[bench] ${label}: ${n}/${total} commands, ${(n / s).toFixed(1)}/s over ${s.toFixed(0)} s`);
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
