/**
 * Rate limits the suites do not reach: they send hundreds of requests a minute with one token
 * from one address. testEnv() applies them; global-setup puts them in process.env for the
 * processes the suites spawn; test/api/rate-limits.int.ts sets its own, low ones. (No imports:
 * global-setup loads it without the path aliases.)
 */
export const unreachedRateLimits = {
  RATE_LIMIT_READS_PER_TOKEN: '1000000',
  RATE_LIMIT_READS_PER_ADDRESS: '1000000',
  RATE_LIMIT_COSTLY_PER_TOKEN: '1000000',
  RATE_LIMIT_COSTLY_PER_ADDRESS: '1000000',
};
