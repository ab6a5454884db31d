import { Env, loadEnv } from '@cs/config';

/**
 * Rate limits the suites do not reach: they send hundreds of requests a minute with one token
 * from one address. global-setup puts them in process.env for processes the suites spawn;
 * test/api/rate-limits.int.ts sets its own, low ones.
 */
export const unreachedRateLimits = {
  RATE_LIMIT_READS_PER_TOKEN: '1000000',
  RATE_LIMIT_READS_PER_ADDRESS: '1000000',
  RATE_LIMIT_COSTLY_PER_TOKEN: '1000000',
  RATE_LIMIT_COSTLY_PER_ADDRESS: '1000000',
};

/** The configuration of the real servers global-setup started, as the apps would read it. */
export function testEnv(overrides: Record<string, string> = {}): Env {
  return loadEnv({ ...process.env, API_PORT: '0', ...unreachedRateLimits, ...overrides });
}
