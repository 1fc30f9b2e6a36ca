import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureInitialJs, INITIAL_JS_BUDGET_KIB } from '../bench/lib/initial-js';
import { formatTestProvince as variant } from '../templates/fixtures/variant/format-2021-test-province';
import { builds } from './builds';
import { expect, test } from './fixtures';

// The build under test is the one Playwright's webServer just made (E2E_DIST or dist). Size is
// deterministic, so unlike times it can be a test (issue 7).
const dist = builds.app.dist;

test('initial JavaScript stays within its gzip budget and leaves the Word library out', () => {
  const initial = measureInitialJs(dist);
  expect(initial.files.length).toBeGreaterThan(0);
  expect(initial.gzipBytes / 1024, `initial JS ${initial.files.join(', ')}`).toBeLessThanOrEqual(
    INITIAL_JS_BUDGET_KIB,
  );
  // Strings only the docx library carries; it must load on export only.
  expect(initial.source).not.toContain('wordprocessingml');
  expect(initial.source).not.toContain('w:document');
});

test('the first screen leaves the later screens out, and the offline copy holds every chunk', () => {
  const initial = measureInitialJs(dist);
  // Strings only the editor, the import dialog, the reviewer's screen and react-hook-form (the
  // new-draft form) carry (issue 17).
  for (const later of [
    '填写步骤',
    '导入年报（Word、PDF、网页或粘贴文字）',
    '选择年报文件夹',
    'shouldUnregister',
  ]) {
    expect(initial.source, later).not.toContain(later);
  }
  expect(initial.files.filter((f) => /editor-screen|import-dialog|review-screen/.test(f))).toEqual(
    [],
  );
  // The service worker precaches every file of the build, lazy chunks included, so nothing
  // loaded on first use is missing offline.
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const precached = JSON.parse(/const FILES = (\[.*\]);/.exec(sw)?.[1] ?? '[]') as string[];
  const chunks = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  expect(chunks.length).toBeGreaterThan(initial.files.length);
  expect(chunks.filter((f) => !precached.includes(`./assets/${f}`))).toEqual([]);
});

test('the production build holds no test-only format; the e2e variant build does', () => {
  // The variant's id and its region, as the registry and the format chooser carry them.
  const markers = [variant.id, variant.region ?? ''];
  const holding = (root: string) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => {
      if (!/\.(js|html)$/.test(f)) return false;
      const text = readFileSync(join(root, f), 'utf8');
      return markers.some((m) => text.includes(m));
    });
  expect(holding(dist)).toEqual([]);
  // The same search finds it where it is registered (playwright.config.ts, project variant).
  expect(holding(builds.variant.dist).length).toBeGreaterThan(0);
});
