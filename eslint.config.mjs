// Flat config shared by every project; `nx run-many -t lint` runs it per project.
import js from '@eslint/js';
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
    // Workflow code is replayed: it must not reach Node APIs or wall-clock time directly.
    files: ['workflows/src/**/*.ts', 'rules/src/**/*.ts'],
    ignores: ['**/*.spec.ts', 'rules/src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['fs', 'path', 'crypto', 'http', 'child_process', '@temporalio/worker', '@temporalio/client'],
          // Each workflow instantiates every module it imports: the API and record schemas cost ~3 MB each.
          paths: [{ name: '@cs/domain', message: "import '@cs/domain/core' in workflow and rules code" }],
        },
      ],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'process'],
    },
  },
);
