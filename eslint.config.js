// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'coverage/', 'src/detect/data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        defineBackground: 'readonly',
        defineContentScript: 'readonly',
        defineUnlistedScript: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Draft text must never reach the console: logging goes through nothing in the content path.
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The pure core runs in Node, the CLI and benchmarks: no browser, WXT or DOM imports.
    files: ['src/detect/**/*.ts', 'src/policy/**/*.ts', 'src/caseload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'],
              message: 'src/detect, src/policy and src/caseload are pure: pass the environment in.',
            },
            {
              group: ['**/guard/**', '**/ui/**', '**/settings/**', '**/log/**', '**/messaging/**'],
              message: 'The pure core must not depend on browser glue.',
            },
          ],
        },
      ],
    },
  },
  {
    // Scripts, tests and benchmarks print their results.
    files: ['scripts/**/*.ts', 'scripts/**/*.mjs', 'test/**/*.ts'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
);
