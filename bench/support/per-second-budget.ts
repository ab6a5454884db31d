import { LoadOutcome, LoadRecorder, Request, sleep } from './load';

/**
 * The load autocannon's `overallRate` really offers (autocannon 8, lib/httpClient.js): each of
 * `connections` lanes sends its share of the rate back to back, one request waiting for the last,
 * then pauses until its next one-second window; the windows of all lanes start together. Driving
 * the Temporal client this way gives it the same offered load as autocannon gives the API.
 */
export async function perSecondBudget(
  rate: number,
  connections: number,
  seconds: number,
  request: Request,
): Promise<LoadOutcome> {
  const recorder = new LoadRecorder();
  const lanes = Math.min(connections, rate); // autocannon caps connections at the rate too
  const start = performance.now();
  const lane = async (share: number) => {
    for (let window = 0; window < seconds; window++) {
      for (let made = 0; made < share; made++) await recorder.track(request);
      const wait = start + (window + 1) * 1000 - performance.now();
      if (wait > 0) await sleep(wait);
    }
  };
  // autocannon's distributeNums: the remainder goes one each to the first lanes.
  const shares = Array.from(
    { length: lanes },
    (_, i) => Math.floor(rate / lanes) + (i < rate % lanes ? 1 : 0),
  );
  await Promise.all(shares.map(lane));
  return recorder.outcome();
}
