import { TestWorkflowEnvironment } from '@temporalio/testing';

/**
 * A time-skipping environment on Temporal's Java test server, provisioned from Maven Central
 * (tools/provision/test-server.sh) and handed to the SDK as an existing executable: the SDK's own
 * download of the server cannot work on this network.
 */
export function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const path = process.env.TEMPORAL_TEST_SERVER_BIN;
  if (!path) throw new Error('TEMPORAL_TEST_SERVER_BIN is not set: run under the integration jest project');
  return TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
}
