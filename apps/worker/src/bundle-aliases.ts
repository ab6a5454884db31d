import { join } from 'path';
import type { WorkerOptions } from '@temporalio/worker';
import { compilerOptions } from '../../../tsconfig.base.json';

const root = join(__dirname, '..', '..', '..');

/**
 * The workflow bundler (webpack) ignores tsconfig path aliases, so workflow code importing
 * `@cs/rules` or `@cs/domain/core` would not resolve. Feed webpack the same aliases tsconfig
 * declares, each matching exactly (`$`): a bare `@cs/domain` would otherwise capture
 * `@cs/domain/core` as a path under its index file.
 */
export const workflowAliases: Record<string, string> = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`${alias}$`, join(root, target)]),
);

export const bundlerOptions: WorkerOptions['bundlerOptions'] = {
  webpackConfigHook: (config) => {
    config.resolve = config.resolve ?? {};
    config.resolve.alias = { ...(config.resolve.alias as Record<string, string>), ...workflowAliases };
    return config;
  },
};

export const workflowsPath = join(root, 'workflows', 'src', 'index.ts');
