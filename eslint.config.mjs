// Flat config shared by every project; `nx run-many -t lint` runs it per project.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', '.nx/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain CommonJS scripts (jest config, the test summary) run in Node.
    files: ['**/*.js'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // One-way dependencies between projects (their tags in project.json): rules <- workflows <- apps,
    // libs shared by all, nothing imports an app but the tests; the API never imports workflow code.
    // Tests and benchmarks (test/, bench/) drive the apps from outside and may import anything;
    // specs may reach the tests' hand-written oracles (test/support).
    files: ['apps/**/*.ts', 'workflows/**/*.ts', 'rules/**/*.ts', 'libs/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          // The worker reads the path aliases to hand them to the workflow bundler.
          allow: ['../../../tsconfig.base.json'],
          depConstraints: [
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:rules', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:workflows', onlyDependOnLibsWithTags: ['type:lib', 'type:rules'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib', 'type:rules', 'type:workflows'] },
            { sourceTag: 'scope:api', notDependOnLibsWithTags: ['type:workflows'] },
          ],
        },
      ],
    },
  },
  {
    // Workflow code is replayed: it must not reach Node APIs or wall-clock time directly. The
    // contract is loaded by workflow code too.
    files: ['workflows/src/**/*.ts', 'rules/src/**/*.ts', 'libs/contract/src/**/*.ts'],
    ignores: ['**/*.spec.ts', 'rules/src/cli/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: ['fs', 'path', 'crypto', 'http', 'child_process', '@temporalio/worker', '@temporalio/client'],
          // Each workflow instantiates every module it imports: the API and record schemas cost ~3 MB each.
          paths: [
            { name: '@cs/domain', message: "import '@cs/domain/core' in workflow and rules code", allowTypeImports: true },
            { name: '@cs/contract/schemas', message: "workflow code takes the result schemas' types from '@cs/contract'", allowTypeImports: true },
            // The classic API costs ~6x the heap per schema, once per cached workflow (docs/benchmarks.md).
            { name: 'zod', message: "build schemas that workflow code loads with 'zod/mini'", allowTypeImports: true },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'process'],
    },
  },
  {
    // The API loads the contract too: it defines messages without the workflow runtime.
    files: ['libs/contract/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: ['fs', 'path', 'crypto', 'http', 'child_process', '@temporalio/worker', '@temporalio/client', '@temporalio/workflow'],
          paths: [{ name: '@cs/domain', message: "import '@cs/domain/core' in the contract (types may come from '@cs/domain')", allowTypeImports: true }],
        },
      ],
    },
  },
  {
    // Schemas every cached workflow builds for itself (`@cs/domain/core`, the contract's command):
    // zod/mini, whose schemas take a sixth of the classic API's heap (docs/benchmarks.md).
    files: [
      'libs/domain/src/{dates,roles,instrument}.ts',
      'libs/domain/src/{facts,commands}/**/*.ts',
      'libs/domain/src/evaluation/explanation.ts',
      'libs/contract/src/command.ts',
    ],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: "workflows load this schema: build it with 'zod/mini'" }] }] },
  },
  {
    // The result schemas (`@cs/contract/schemas`), which workflow code never loads (the bundle test
    // holds it): they check what the API returns, with the rules' result schemas from the domain.
    files: ['libs/contract/src/view.ts', 'libs/contract/src/overview.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: ['fs', 'path', 'crypto', 'http', 'child_process', '@temporalio/worker', '@temporalio/client', '@temporalio/workflow'] },
      ],
    },
  },
);
