// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const pureMessage =
  'src/domain and templates are pure TypeScript (no React, no DOM, no state library, no docx), ' +
  'so the form, the engine, the exporter and the importer can all read them. ' +
  'Move this code to src/features, src/export or src/app.';

/** Imports that the pure core (src/domain, templates) must never make. */
const pureCoreRestrictions = {
  paths: ['react', 'react-dom', 'zustand', 'react-hook-form', 'docx'].map((name) => ({
    name,
    message: pureMessage,
  })),
  patterns: [
    {
      group: ['react/*', 'react-dom/*', 'zustand/*', 'react-hook-form/*', 'docx/*'],
      message: pureMessage,
    },
    {
      group: ['@/features', '@/features/*', '@/app', '@/app/*', '@/export', '@/export/*'],
      message: pureMessage,
    },
  ],
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.tmp/',
      'bench/out/',
      'coverage/',
    ],
  },

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  {
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Full-width space (U+3000) and friends are data in a Chinese report: allow them in
      // strings, templates and regular expressions, never in code or comments.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipRegExps: true, skipJSXText: true },
      ],
      'no-console': ['warn', { allow: ['warn', 'error'] }],
    },
  },

  // Browser code: the app and the templates.
  {
    files: ['src/**/*.{ts,tsx}', 'templates/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },

  // The pure core.
  {
    files: ['src/domain/**/*.{ts,tsx}', 'templates/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', pureCoreRestrictions] },
  },

  // Features are composed by the app shell; they never reach back into it, and they never
  // import each other (shared state lives in src/store, shared UI in src/components).
  ...readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      files: [`src/features/${entry.name}/**/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: ['@/app', '@/app/*'],
                message: 'src/app composes the features; a feature must not import from src/app.',
              },
              {
                group: ['@/features/*', `!@/features/${entry.name}`, `!@/features/${entry.name}/*`],
                message:
                  'Features do not import each other: let src/app pass what is needed as props, ' +
                  'or move the shared part to src/store, src/components or src/domain.',
              },
            ],
          },
        ],
      },
    })),

  // Node code: configs, scripts, benchmarks, end-to-end tests. Printing is their job.
  {
    files: [
      '*.{js,mjs,cjs,ts}',
      'scripts/**/*.{js,mjs,ts}',
      'bench/**/*.{js,mjs,ts}',
      'e2e/**/*.ts',
      'bin/**/*.mjs',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'bench/**/*.{js,mjs,ts}'],
    rules: { 'no-console': 'off' },
  },
);
