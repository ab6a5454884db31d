import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { writeFileSync } from 'fs';
import { bareWorkflowsPath } from './worker';

/**
 * Bundles the bare workflow once into a file, as apps/worker/src/build-bundle.ts does for the
 * product's, so both workers start without webpack and their memory is the workflows' own.
 */
export async function buildBareBundle(outFile: string): Promise<string> {
  const { code } = await bundleWorkflowCode({ workflowsPath: bareWorkflowsPath, logger: new DefaultLogger('WARN') });
  writeFileSync(outFile, code);
  return outFile;
}
