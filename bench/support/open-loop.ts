import { LoadOutcome, LoadRecorder, Request, sleep } from './load';

/**
 * Fires `request` `rate` times a second for `seconds`, each on its own schedule whether or not the
 * earlier ones have answered (open loop): a slow reply cannot slow the offered load down, so two
 * systems driven this way see exactly the same load. Latency runs from the actual send.
 */
export async function openLoop(rate: number, seconds: number, request: Request): Promise<LoadOutcome> {
  const recorder = new LoadRecorder();
  const total = Math.round(rate * seconds);
  const intervalMs = 1000 / rate;
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + i * intervalMs;
    const wait = due - performance.now();
    if (wait >= 1) await sleep(wait);
    inFlight.push(recorder.track(request));
  }
  await Promise.all(inFlight);
  return recorder.outcome();
}
