import autocannon from 'autocannon';
import { Latencies } from './latency';
import type { LoadOutcome } from './load';

export interface AutocannonLoad {
  url: string;
  headers: Record<string, string>;
  rate: number;
  connections: number;
  seconds: number;
}

/**
 * GETs `url` with autocannon at its `overallRate`. Latencies are taken from its `response` events
 * (fractional ms) rather than its histogram, which keeps whole milliseconds and, with a rate set,
 * adds synthetic samples for coordinated omission at a 1 ms expected interval, pulling p50 down.
 */
export async function autocannonLoad(load: AutocannonLoad): Promise<LoadOutcome> {
  const latencies = new Latencies();
  let failed = 0;
  let firstError: string | undefined;
  const instance = autocannon({
    url: load.url,
    headers: load.headers,
    connections: load.connections,
    overallRate: load.rate,
    duration: load.seconds,
    ignoreCoordinatedOmission: true,
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) return latencies.record(responseTime);
    failed++;
    firstError ??= `HTTP ${statusCode}`;
  });
  const result = await instance;
  const errors = failed + result.errors;
  if (result.errors > 0) firstError ??= `${result.errors} connection errors or timeouts`;
  return { latencies, errors, firstError };
}
