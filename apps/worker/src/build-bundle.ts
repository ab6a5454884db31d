import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { mkdirSync, writeFileSync } from 'fs';
import { dirname, resolve } from 'path';
import { bundlerOptions, workflowsPath } from './bundle-aliases';

/**
 * Bundles the workflow code once into a file (argv[2]) so workers start without webpack: seconds
 * saved on every start, which matters when a worker restarts after a crash. Point
 * WORKFLOW_BUNDLE_PATH at the file; rebuild it whenever workflow code changes.
 */
export async function buildWorkflowBundle(outFile: string): Promise<string> {
  const { code } = await bundleWorkflowCode({
    workflowsPath,
    webpackConfigHook: bundlerOptions!.webpackConfigHook,
    logger: new DefaultLogger('WARN'),
  });
  const path = resolve(outFile);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, code);
  return path;
}

if (require.main === module) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: build-bundle.ts <out-file.js>');
    process.exit(2);
  }
  buildWorkflowBundle(out).then(
    (path) => console.log(path),
    (err) => (console.error(err), process.exit(1)),
  );
}
