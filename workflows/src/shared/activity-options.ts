import type { ActivityOptions } from '@temporalio/workflow';

/**
 * How the instruments' workflows call their activities. Each is one short database write: 10 s is
 * ample, and it is how long a worker's death mid-activity holds up the instrument (and any
 * hand-over to a successor) before the activity is retried. bench/bare uses the same, so the
 * baseline's retries and timeouts cost what the product's do.
 */
export const ACTIVITY_OPTIONS = {
  startToCloseTimeout: '10s',
  retry: { maximumInterval: '1m' },
} as const satisfies ActivityOptions;
