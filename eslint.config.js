// Lint: typescript-eslint's recommended rules, plus the project's architecture rules that a
// linter can hold: core code stays runtime-neutral (no `node:` imports outside the Node-only
// folders) and functions stay short (over 80 lines is reported; see docs/architecture.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_ONLY = ['src/cli/**', 'src/load/node/**', 'src/compare/node/**', 'src/**/*.test.ts', 'src/**/node/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-output/**', 'coverage/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a value left out on purpose (destructuring the rest of an object).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Node scripts (bench, examples, scripts): the Node globals they use.
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', performance: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: NODE_ONLY,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'core code runs in Node, Deno and browsers: no node: imports outside src/cli, src/**/node' }] }],
    },
  },
);
