import { TestWorkflowEnvironment } from '@temporalio/testing';
import { indexedTypes } from '@cs/temporal';

/**
 * A time-skipping environment on Temporal's Java test server, provisioned from Maven Central
 * (tools/provision/test-server.sh) and handed to the SDK as an existing executable: the SDK's own
 * download of the server cannot work on this network.
 */
export async function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const path = process.env.TEMPORAL_TEST_SERVER_BIN;
  if (!path) throw new Error('TEMPORAL_TEST_SERVER_BIN is not set: run under the integration jest project');
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
  // The workflows upsert search attributes a server must know; this one starts empty, and does not list them.
  await env.connection.operatorService.addSearchAttributes({ namespace: env.namespace ?? 'default', searchAttributes: indexedTypes() });
  return env;
}

/** Lets the server's time run on to noon (UTC) of a date, firing every timer due by then; never back. */
export async function skipTo(env: TestWorkflowEnvironment, date: string): Promise<void> {
  const now = await env.currentTimeMs();
  const target = Date.parse(`${date}T12:00:00Z`);
  if (target > now) await env.sleep(target - now);
}
