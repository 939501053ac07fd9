// ESLint checks correctness and the layer rules of ARCHITECTURE.md; formatting is Prettier's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'url', 'util', 'process', 'buffer'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'server/dist/**', 'node_modules/**', '**/node_modules/**', '.bench/**', 'test-artifacts/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Invariant 1: the core is pure. It knows nothing about files, processes, LSP or VS Code.
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'server/src/core is pure: no Node built-ins. Do IO in server/src/host.' },
            { group: ['vscode', 'vscode-languageserver*', 'vscode-languageclient*', 'vscode-uri'], message: 'server/src/core knows nothing about LSP or VS Code.' },
            { group: ['**/host/**', '**/lsp/**', '**/cli/**', '**/client/**'], message: 'server/src/core must not depend on its hosts.' },
          ],
        },
      ],
    },
  },
  {
    // The hosts reach the core only through its façade, so the core's API stays reviewable.
    files: ['server/src/host/**/*.ts', 'server/src/lsp/**/*.ts', 'server/src/cli/**/*.ts', 'server/src/render/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(\\.\\./)*core/(?!index\\.js$).+',
              message: 'Import the core through server/src/core/index.ts only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Invariant 10: the client is a launcher; the language lives in the server.
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**', '@gloss/server*'], message: 'The client holds no language logic: talk to the server over LSP.' }] },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.js', 'test/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
