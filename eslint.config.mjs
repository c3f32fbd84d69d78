// Lint rules that keep the architecture honest: the engine is a pure library (no Node built-ins, no
// editor API), the server never writes to the console, and no promise floats.
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  {
    ignores: ['dist/**', 'out/**', 'node_modules/**', 'bench/node_modules/**', 'tests/e2e/.run/**', '**/*.js', '**/*.cjs', '**/*.mjs'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // node:test's describe/it return promises the runner itself awaits.
          allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'before', 'after', 'beforeEach', 'afterEach', 'suite'] }],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['server/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: 'The engine is a pure library: no Node built-ins.' })),
            { name: 'vscode', message: 'The engine is a pure library: no editor API.' },
          ],
          patterns: [{ group: ['vscode-*'], message: 'The engine is a pure library: no LSP or editor API.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The engine is a pure library: no process.' },
        { name: 'require', message: 'The engine is a pure library.' },
        { name: '__dirname', message: 'The engine is a pure library.' },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/cli.ts', 'server/src/cli/**'],
    rules: { 'no-console': 'error' },
  },
);
