import { Env, loadEnv } from '@cs/config';
import { unreachedRateLimits } from './unreached-rate-limits';

/** The configuration of the real servers global-setup started, as the apps would read it. */
export function testEnv(overrides: Record<string, string> = {}): Env {
  return loadEnv({ ...process.env, API_PORT: '0', ...unreachedRateLimits, ...overrides });
}
