import { bundleWorkflowCode } from '@temporalio/worker';
import { join } from 'path';
import { engineCheckWorkflowType } from '@cs/contract';
import { bundlerOptions, workflowsPath } from '../../apps/worker/src/bundle-aliases';

// The workflow bundler ignores tsconfig paths; these tests prove the alias hook is what makes
// `@cs/...` imports resolve, and that the product's own workflow bundle builds.
const fixture = join(__dirname, 'workflows', 'months-timer.workflow.ts');
const errors: string[] = [];
const none = () => undefined;
const quiet = {
  warn: none,
  info: none,
  debug: none,
  trace: none,
  log: none,
  error: (m: string, meta?: unknown) => void errors.push(m + JSON.stringify(meta ?? '')),
};

describe('workflow bundle and tsconfig path aliases', () => {
  it('fails to bundle an @cs/ import without the alias hook', async () => {
    await expect(bundleWorkflowCode({ workflowsPath: fixture, logger: quiet })).rejects.toThrow(
      /Webpack finished with errors/,
    );
    expect(errors.join('\n')).toMatch(/Can't resolve '@cs\/domain'/);
  });

  it('bundles it with the alias hook', async () => {
    const { code } = await bundleWorkflowCode({ workflowsPath: fixture, logger: quiet, ...bundlerOptions });
    expect(code).toContain('sixMonthTimerWorkflow');
  });

  it('bundles every product workflow', async () => {
    const { code } = await bundleWorkflowCode({ workflowsPath, logger: quiet, ...bundlerOptions });
    expect(code).toContain(engineCheckWorkflowType);
    // Every workflow instantiates what the bundle holds: the API and record schemas stay out.
    expect(code).toContain('libs/domain/src/facts/catalogue.ts');
    expect(code).not.toMatch(/libs\/domain\/src\/(api|records|governance)\//);
    // Workflows build their schemas with zod/mini: the classic API's per-schema methods (and the
    // rules' result schemas, which workflows never check) stay out.
    expect(code).toContain('node_modules/zod/v4/mini/');
    expect(code).not.toContain('node_modules/zod/v4/classic/');
    expect(code).not.toContain('libs/domain/src/evaluation/result.ts');
    // The contract is what workflows and clients share: in the bundle, without the client SDK.
    expect(code).toContain('libs/contract/src/messages.ts');
    expect(code).not.toMatch(/libs\/contract\/src\/(schemas|view|accepted|lifecycle)\.ts/);
    expect(code).not.toMatch(/node_modules\/@temporalio\/client\//);
  });
});
