import { NativeConnection } from '@temporalio/worker';
import { z } from 'zod';
import { openDatabase } from '@cs/persistence';
import { createBareWorker } from './worker';

// The bare worker as a process of its own, started like the product's (apps/worker/src/main.ts), so
// bench/notices-at-scale.ts can read each worker's peak RSS apart from the load generator's.
const Env = z.object({
  TEMPORAL_ADDRESS: z.string().min(1),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1),
  DATABASE_URL: z.string().startsWith('postgres'),
  DATABASE_MIGRATION_URL: z.string().startsWith('postgres').optional(),
  WORKFLOW_BUNDLE_PATH: z.string().min(1).optional(),
});

async function main() {
  const env = Env.parse(process.env);
  const db = await openDatabase(env.DATABASE_URL);
  const connection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS });
  const worker = await createBareWorker({
    connection,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    db,
    ownerDatabaseUrl: env.DATABASE_MIGRATION_URL ?? env.DATABASE_URL,
    workflowBundlePath: env.WORKFLOW_BUNDLE_PATH,
  });
  await worker.run(); // Worker stops on SIGINT/SIGTERM.
  await connection.close();
  await db.destroy();
}

main().catch((err) => {
  console.error('[bare-worker]', err);
  process.exit(1);
});
