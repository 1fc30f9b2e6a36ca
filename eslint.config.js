// @ts-check
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { defineConfig } from 'eslint/config';
import importX from 'eslint-plugin-import-x';
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

const uiPackages = ['react', 'react-dom', 'zustand', 'react-hook-form'];
const uiAndWord = [...uiPackages, 'docx', 'exceljs'];
const layerMessage =
  'src/import, src/review and src/export are pure layers read by the app, the worker and the ' +
  'command line: no React, no state library (and no Word or spreadsheet library in the importer ' +
  'and the review). Keep UI in src/features.';

/** `no-restricted-imports` options banning packages (and their subpaths). */
function packageBan(names, message) {
  return {
    paths: names.map((name) => ({ name, message })),
    patterns: [{ group: names.map((name) => `${name}/*`), message }],
  };
}

const root = fileURLToPath(new URL('.', import.meta.url));
const testFiles = ['**/*.test.{ts,tsx}', 'src/testing/**'];
const typeScriptResolver = createTypeScriptImportResolver({
  project: './tsconfig.json',
});
const featureNames = readdirSync(new URL('./src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Who may import whom, by resolved path (zones in the style of bulletproof-react): each zone
 * lists what its files must NOT import; everything else is allowed. Layers, bottom up:
 * `src/domain` (pure, imports only itself) ← `templates/` (data; types from the domain) ←
 * `src/stored-draft` (the stored draft and its file) ← `src/import`, `src/review`, `src/export`
 * (pure layers) ← `src/store` ← `src/components` ← `src/features/*` (never each other) ←
 * `src/app` (composes everything). `src/cli` composes the pure layers for Node (no feature).
 * `src/testing` is for tests only. Tests get the same zones, less the parts a test needs (real
 * templates, fixtures, the exporter for round trips). `eslint-boundaries.test.ts` proves
 * every zone with an import that must fail.
 */
function boundaryZones(tests) {
  const src = (name) => `./src/${name}`;
  const ui = [src('app'), src('features'), src('components'), src('cli')];
  const testing = tests ? [] : [src('testing')];
  const zone = (target, from, message, except) => ({
    target,
    from,
    message,
    ...(except ? { except } : {}),
  });
  return [
    zone(
      src('domain'),
      [
        ...ui,
        src('store'),
        src('stored-draft'),
        ...(tests ? [] : [src('import'), src('export'), src('review'), src('lib'), './templates']),
        ...testing,
      ],
      'src/domain is the pure core: it imports only itself. The format arrives as a parameter ' +
        '(never templates/), and the store, the importer, the exporter and the UI build on it.',
    ),
    zone(
      './templates',
      [
        ...ui,
        src('store'),
        src('stored-draft'),
        src('import'),
        src('export'),
        src('review'),
        src('lib'),
        ...testing,
      ],
      'templates/ is data: it imports only the types of src/domain/template and its own parts.',
    ),
    zone(
      src('import'),
      [
        ...ui,
        src('review'),
        src('lib'),
        // Tests round-trip through the exporter and compare with the store's analysis.
        ...(tests ? [] : [src('store'), src('export')]),
        ...testing,
      ],
      'src/import is pure (runs in a worker and in Node): it imports src/domain, templates/, ' +
        'src/stored-draft and itself, never the store, the exporter, the review or the UI.',
    ),
    zone(
      src('stored-draft'),
      [...ui, src('store'), src('import'), src('export'), src('review'), src('lib'), ...testing],
      'src/stored-draft is the stored draft (schema, migrations, restore, the JSON file), read by ' +
        'the drafts feature, the importer, the worker and the command line: it imports only ' +
        'src/domain, templates/ and itself.',
    ),
    zone(
      src('export'),
      [...ui, src('store'), src('import'), src('lib'), ...testing],
      'src/export builds documents from the domain, the templates and the review: no store, no ' +
        'importer, no UI (the features call it and start the download).',
    ),
    zone(
      src('review'),
      [...ui, src('store'), src('export'), src('lib'), ...testing],
      'src/review is pure (shared by the browser and the command line): it imports the domain, ' +
        'the templates and the importer, never the exporter, the store or the UI.',
    ),
    zone(
      src('store'),
      [...ui, src('export'), ...testing],
      'src/store holds state below the UI: features and the app read it, it never reads them ' +
        '(nor the Word exporter, loaded only when exporting).',
    ),
    zone(
      [src('components'), src('lib')],
      [src('app'), src('features'), src('cli'), ...testing],
      'src/components and src/lib are shared by the features: they never import a feature or the app.',
    ),
    ...featureNames.map((name) =>
      zone(
        src(`features/${name}`),
        src('features'),
        'Features do not import each other: let src/app pass what is needed as props, or move ' +
          'the shared part to src/store, src/components or src/domain.',
        [`./${name}`],
      ),
    ),
    zone(
      src('features'),
      [src('app'), src('cli'), ...testing],
      'src/app composes the features; a feature must not import from src/app or src/cli.',
    ),
    zone(
      [src('app'), src('cli')],
      testing,
      'src/testing holds test helpers; the app never ships them.',
    ),
    zone(
      src('cli'),
      [src('app'), src('components'), src('features')],
      'The command line runs in Node: no app shell, no feature (what it shares with the app lives ' +
        'in src/domain, src/stored-draft, src/import, src/review or src/export).',
    ),
  ].filter((z) => z.from.length > 0);
}

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

  // Package bans: the pure core and the pure layers never load a UI, state or Word library.
  {
    files: ['src/domain/**/*.{ts,tsx}', 'templates/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', pureCoreRestrictions] },
  },
  {
    files: ['src/import/**/*.ts', 'src/review/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', packageBan(uiAndWord, layerMessage)] },
  },
  {
    files: ['src/export/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', packageBan(uiPackages, layerMessage)] },
  },

  // Boundaries by path (resolved, so a relative `../drafts/x` is caught like `@/features/drafts/x`).
  {
    files: ['src/**/*.{ts,tsx}', 'templates/**/*.ts'],
    ignores: testFiles,
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [typeScriptResolver] },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones(false) }],
    },
  },
  {
    files: testFiles,
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [typeScriptResolver] },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones(true) }],
    },
  },

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
