/**
 * A worker process on standby: loads the worker's modules (the seconds a cold start spends), then
 * runs the real apps/worker/src/main.ts the moment it receives SIGUSR2. The fault tests keep one
 * ready so that each of their many restarts costs a connection, not a module load; the worker
 * itself starts and runs exactly as in production.
 */
import '@temporalio/worker';
import '../../../apps/worker/src/activities';
import '../../../apps/worker/src/worker';
import '@cs/persistence';
import '@cs/temporal';
import '@cs/config';

// A signal listener alone does not keep Node running; this does, until the worker takes over.
const waiting = setInterval(() => undefined, 60_000);
process.once('SIGUSR2', () => {
  clearInterval(waiting);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../../apps/worker/src/main');
});
console.log('standby');
