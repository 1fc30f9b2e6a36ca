import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import boundaries of eslint.config.js, proven on examples: every zone has an import that
 * must fail (by a relative path and by the alias alike), and a neighbour that must pass, so a
 * rule that silently stops resolving or matching fails here. The files need not exist: ESLint
 * lints the text as if it sat at `file`, and the resolver resolves the import from there.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });
const BOUNDARY_RULES = new Set(['import-x/no-restricted-paths', 'no-restricted-imports']);

async function boundaryErrors(file: string, from: string): Promise<string[]> {
  const [result] = await eslint.lintText(`export * from '${from}';\n`, { filePath: file });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId))
    .map((m) => m.message);
}

const refused: readonly (readonly [file: string, from: string])[] = [
  // A feature never imports another feature, nor the app shell: relative or by the alias.
  ['src/features/report-form/example.ts', '../drafts/draft-summary'],
  ['src/features/report-form/example.ts', '@/features/drafts/draft-summary'],
  ['src/features/review/example.test.ts', '../drafts/draft-summary'],
  ['src/features/export/example.tsx', '../../app/app'],
  ['src/features/preview/example.ts', '../../testing/export-reports'],
  // The pure core imports only itself.
  ['src/domain/rules/example.ts', '../../store/editor-store'],
  ['src/domain/rules/example.ts', '@/store/editor-store'],
  ['src/domain/report/example.ts', '../../features/drafts/draft-summary'],
  ['src/domain/rules/example.ts', '../../../templates/index'],
  ['src/domain/rules/example.ts', '@templates/index'],
  ['src/domain/rules/example.ts', '../../import/interpret'],
  ['src/domain/rules/example.ts', 'react'],
  ['src/domain/rules/example.test.ts', '../../store/editor-store'],
  // Templates are data.
  ['templates/common/example.ts', '../../src/import/interpret'],
  ['templates/example.ts', '@/store/analysis'],
  ['templates/example.ts', 'react'],
  // The importer: no store, exporter, review, UI or Word library.
  ['src/import/example.ts', '../store/analysis'],
  ['src/import/docx/example.ts', '../../export/docx/pack'],
  ['src/import/example.ts', '../features/report-form/editor'],
  ['src/import/example.ts', '@/review/unit'],
  ['src/import/example.ts', 'react'],
  // Nor a feature: the draft file it reads lives in src/stored-draft (once an exception).
  ['src/import/example.ts', '../features/drafts/export-file'],
  ['src/import/worker/example.ts', '@/features/drafts/draft-summary'],
  // The stored draft: the domain and the templates only.
  ['src/stored-draft/example.ts', '../features/drafts/draft-summary'],
  ['src/stored-draft/example.ts', '../store/editor-store'],
  ['src/stored-draft/example.ts', '@/import/import-unit'],
  ['src/stored-draft/example.ts', '../lib/download-blob'],
  ['src/domain/report/example.ts', '../../stored-draft/schema'],
  ['templates/example.ts', '../src/stored-draft/schema'],
  ['src/import/example.ts', 'docx'],
  // The exporter: no store, importer or UI.
  ['src/export/docx/example.ts', '../../import/interpret'],
  ['src/export/docx/example.ts', '../../store/analysis'],
  ['src/export/xlsx/example.ts', '@/features/review/review-store'],
  ['src/export/docx/example.ts', 'react'],
  // The review: no exporter, store or UI.
  ['src/review/example.ts', '../export/docx/pack'],
  ['src/review/example.ts', '../store/analysis'],
  ['src/review/example.ts', 'zustand'],
  // The store sits below the UI and never loads the Word exporter.
  ['src/store/example.ts', '../features/drafts/draft-summary'],
  ['src/store/example.ts', '../export/docx/pack'],
  // The command line composes the pure layers, never a feature (sum.ts once read the drafts').
  ['src/cli/example.ts', '../features/drafts/export-file'],
  ['src/cli/example.ts', '@/features/review/review-store'],
  // Shared parts and the app.
  ['src/components/example.tsx', '../features/drafts/drafts-home'],
  ['src/lib/example.ts', '@/app/app'],
  ['src/app/example.ts', '../testing/export-reports'],
];

const allowed: readonly (readonly [file: string, from: string])[] = [
  ['src/features/report-form/example.ts', './editor'],
  ['src/features/report-form/example.ts', '@/store/editor-store'],
  ['src/domain/rules/example.ts', '../template/lookup'],
  ['src/domain/rules/example.test.ts', '@templates/index'],
  ['templates/example.ts', '../src/domain/template/types'],
  ['src/import/example.ts', '@templates/index'],
  ['src/import/example.ts', '../stored-draft/draft-file'],
  ['src/stored-draft/example.ts', '@templates/index'],
  ['src/stored-draft/example.ts', '../domain/rules/pack/schema'],
  ['src/cli/example.ts', '@/stored-draft/draft-file'],
  ['src/cli/example.ts', '../review/unit'],
  ['src/features/drafts/example.ts', '@/stored-draft/restore-draft'],
  ['src/export/docx/example.ts', '../../review/types'],
  ['src/review/example.ts', '../import/import-unit'],
  ['src/app/example.ts', '../features/drafts/draft-summary'],
];

describe('import boundaries (eslint.config.js)', () => {
  it.each(refused)('%s may not import %s', async (file, from) => {
    expect(await boundaryErrors(file, from)).not.toEqual([]);
  });

  it.each(allowed)('%s may import %s', async (file, from) => {
    expect(await boundaryErrors(file, from)).toEqual([]);
  });
});
