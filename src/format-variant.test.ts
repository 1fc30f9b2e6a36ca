import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/types';
import { parseRulePack } from '@/domain/rules/pack/schema';
import { formatForYear, formatsForYear, indexTemplate } from '@/domain/template/lookup';
import { packReportDocx } from '@/export/docx/pack';
import { startFromLastYear } from '@/features/drafts/start-from-last-year';
import { restoreDraftValue } from '@/stored-draft/restore-draft';
import { buildGridModel } from '@/features/report-form/grid-model';
import { withYear } from '@/features/report-form/year-format';
import { importDocxBytes } from '@/import/import-docx';
import { analyseReport } from '@/store/analysis';
import { docxParts } from '@/testing/docx-xml';
import { FIXTURE_TODAY as TODAY, buildReport } from '@templates/fixtures/build';
import { clean2021Spec } from '@templates/fixtures/format-2021/clean';
import { formatTestProvince as variant } from '@templates/fixtures/variant/format-2021-test-province';
import { formatById, formats, isKnownFormat } from '@templates/index';
import type * as Registry from '@templates/index';
import { rulePacks } from '@templates/rule-packs';

/**
 * SPEC §3 and §10: a province's variant format and a local rule pack are data, not code.
 *
 * The variant (`templates/fixtures/variant/`, 表二 with one more row) is registered the way
 * adding its line to `templates/index.ts` would: the real registry, built from the national
 * list plus the variant. Nothing else is substituted; the form's grid, the checks, the draft
 * loader, the Word export and the importer below are the app's own code, and none names it.
 */
vi.mock('@templates/index', async (importOriginal) => {
  const actual = await importOriginal<typeof Registry>();
  const { createFormatRegistry } = await import('@templates/registry');
  const { formatTestProvince } =
    await import('@templates/fixtures/variant/format-2021-test-province');
  return createFormatRegistry([...actual.formats, formatTestProvince]);
});

const EXTRA = 't2.confirmation.decisions';

/** The clean 2021 fixture (no issue at all) on the variant, its extra row filled. */
function variantReport(year = 2021): Report {
  const report = buildReport({
    ...clean2021Spec,
    formatId: variant.id,
    t2: { ...clean2021Spec.t2, confirmation: { decisions: '4' } },
  });
  return { ...report, meta: { ...report.meta, year, reportDate: `${year + 1}-01-20` } };
}

const storedDraft = (report: Report) => ({
  schemaVersion: 1,
  id: 'variant-draft',
  name: '测试省草稿',
  createdAt: '2026-01-02T08:00:00.000Z',
  savedAt: '2026-01-02T08:00:00.000Z',
  revision: 1,
  report,
  lastYear: null,
});

describe('a regional variant format needs no code (templates/fixtures/variant)', () => {
  it('is named by no code outside templates/ (only this test registers it)', () => {
    const src = new URL('.', import.meta.url);
    const code = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f),
    );
    expect(code.length).toBeGreaterThan(100);
    const naming = code.filter((f) => {
      const text = readFileSync(new URL(f, src), 'utf8');
      return [variant.id, variant.region ?? '', 'fixtures/variant'].some((s) => text.includes(s));
    });
    expect(naming).toEqual([]);
  });

  it('is in the registry, and the year picks it only for a draft that chose its region', () => {
    expect(isKnownFormat(variant.id)).toBe(true);
    expect(formatById(variant.id)).toBe(variant);
    expect(formatsForYear(formats, 2025).map((f) => f.id)).toEqual(['2021', variant.id]);
    expect(formatForYear(formats, 2025).id).toBe('2021');
    expect(formatForYear(formats, 2025, '测试省').id).toBe(variant.id);
  });

  it('is laid out in the form with its extra row', () => {
    const t2 = variant.tables.find((t) => t.id === 't2');
    if (!t2) throw new Error('no 表二');
    const model = buildGridModel(t2);
    expect(model.byId.get(EXTRA)?.computed).toBe(false);
    expect(indexTemplate(variant).cells.get(EXTRA)?.label).toBe('行政确认 本年处理决定数量');
  });

  it('is stored and restored as a draft, its extra cell kept', () => {
    const restored = restoreDraftValue(storedDraft(variantReport()));
    if (!restored.ok) throw new Error(restored.message);
    expect(restored.dropped).toBe(0);
    expect(restored.draft.report.formatId).toBe(variant.id);
    expect(restored.draft.report.cells[EXTRA]).toBe('4');
  });

  it('is checked: a complete report passes, its blank extra cell is incomplete', () => {
    expect(analyseReport(variantReport(), null, TODAY).issues).toEqual([]);
    const blank = variantReport();
    const { [EXTRA]: _dropped, ...cells } = blank.cells;
    const issues = analyseReport({ ...blank, cells }, null, TODAY).issues;
    expect(issues.map((i) => [i.checkId, i.severity, i.cells])).toEqual([
      ['blank-cells', 'incomplete', [EXTRA]],
    ]);
  });

  it('is exported to Word with its row and imported back into the variant', async () => {
    const report = variantReport();
    const bytes = await packReportDocx(report);
    expect(docxParts(bytes)['word/document.xml']).toContain('行政确认');
    const imported = importDocxBytes(bytes);
    if (!imported.ok) throw new Error(imported.message);
    expect(imported.report.formatId).toBe(variant.id);
    expect(imported.report.cells).toEqual(report.cells);
    const t2Inputs = indexTemplate(variant).inputCells.filter((c) => c.table === 't2').length;
    expect(imported.recognised.tables.t2?.summary).toBe(
      `表二：读到 ${t2Inputs} / ${t2Inputs} 个单元格`,
    );
  });

  it('stays chosen when the year changes and when next year starts from it', () => {
    const report = variantReport(2024);
    expect(withYear(report, 2025, formats).formatId).toBe(variant.id);
    expect(startFromLastYear(report, formats).report.formatId).toBe(variant.id);
    // A national draft is never moved to a variant by its year.
    const national = emptyReport('2021', 2024);
    expect(withYear(national, 2025, formats).formatId).toBe('2021');
  });
});

describe('a rule pack needs no code (JSON only)', () => {
  const packFile = (path: string) =>
    parseRulePack(JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')));

  it('the shipped 武威 pack is its JSON file and nothing more', () => {
    const fromFile = packFile('../templates/rule-packs/wuwei-2025.json');
    if (!fromFile.ok) throw new Error(fromFile.message);
    expect(rulePacks).toContainEqual(fromFile.pack);
  });

  it('a pack read from a file is kept with the draft and its checks fire, on the variant too', () => {
    const parsed = packFile('../templates/fixtures/variant/test-province-2025.json');
    if (!parsed.ok) throw new Error(parsed.message);
    const wuwei = rulePacks.find((p) => p.id === 'wuwei-2025');
    if (!wuwei) throw new Error('no 武威 pack');
    const base = variantReport(2025);
    // 行政确认 400 > 行政许可 350.
    const over = { ...base, cells: { ...base.cells, [EXTRA]: '400' } };
    for (const pack of [parsed.pack, wuwei]) {
      const restored = restoreDraftValue(storedDraft({ ...over, rulePack: pack }));
      if (!restored.ok) throw new Error(restored.message);
      expect(restored.draft.report.rulePack).toEqual(pack);
    }
    const fired = (report: Report) =>
      analyseReport(report, null, TODAY)
        .issues.filter((i) => i.checkId.startsWith('pack:'))
        .map((i) => [i.checkId, i.severity]);
    expect(fired({ ...over, rulePack: parsed.pack })).toEqual([
      ['pack:test-province-2025:confirmation-within-licensing', 'warning'],
      ['pack:test-province-2025:confirmation-prompt', 'info'],
    ]);
    expect(fired({ ...base, rulePack: parsed.pack })).toEqual([
      ['pack:test-province-2025:confirmation-prompt', 'info'],
    ]);
    expect(fired({ ...over, rulePack: wuwei }).map(([id]) => id)).toContain(
      'pack:wuwei-2025:decisions-include-unpublished',
    );
  });
});
