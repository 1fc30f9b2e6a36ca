import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import { recheckUnit, reviewRow, reviewUnit, type ReviewUnit } from '@/review/index';
import { rulePacks } from '@templates/rule-packs';
import { docxParts } from '@/testing/docx-xml';
import { fullReport } from '@/testing/export-reports';
import { packReviewNotice, unitProblems } from './docx/review-notice';
import { mainFigures, packReviewWorkbook } from './xlsx/review-workbook';

const today = '2026-01-20';
const unit = (id: string, report: Report): ReviewUnit =>
  reviewUnit(
    { id, fileName: `${id}.json`, path: `单位/${id}.json` },
    { ok: true, source: 'json', report, unrecognised: [], warnings: [] },
    { today },
  );
// Year 2024, dated 2025-01-08, a department; section 六 states the fee notices 表三 implies; a
// county's department makes no 规章 (the full report's 26 would be warned about).
const base: Report = (() => {
  const full = fullReport('2021');
  return {
    ...full,
    cells: { ...full.cells, 't2.regulations.made': '0' },
    narrative: { ...full.narrative, other: '本年度发出收费通知45件，未收取信息处理费。' },
  };
})();
const units: ReviewUnit[] = [
  unit('clean', { ...base, meta: { ...base.meta, agencyName: '某县教育局' } }),
  unit('late', {
    ...base,
    meta: { ...base.meta, agencyName: '某县财政局', reportDate: '2025-02-10' },
  }),
  reviewUnit(
    { id: 'bad', fileName: 'bad.docx' },
    { ok: false, message: '这不是 Word 文档' },
    { today },
  ),
];

describe('review 通报 (.docx)', () => {
  it('has the title, a summary row per unit and each unit with its problems', async () => {
    const { bytes, fileName } = await packReviewNotice(units);
    expect(fileName).toBe('2024年度政府信息公开工作年度报告审核通报.docx');
    const xml = (docxParts(bytes)['word/document.xml'] ?? '').replace(/<[^>]+>/g, '');
    expect(xml).toContain('关于2024年度政府信息公开工作年度报告审核情况的通报');
    expect(xml).toContain('（一）某县教育局');
    expect(xml).toContain('未发现问题。');
    expect(xml).toContain('（二）某县财政局');
    expect(xml).toContain('2025年2月10日逾期');
    expect(xml).toContain('【提醒】成文日期 2025年2月10日 晚于法定期限 2025年1月31日');
    expect(xml).toContain('（三）文件“bad.docx”');
    expect(xml).toContain('文件无法读取：这不是 Word 文档');
    expect(unitProblems(units[0] as ReviewUnit)).toEqual([]);
  });
});

describe('a file passed over as not a report', () => {
  const other = reviewUnit(
    { id: 'other', fileName: 'package.json' },
    { ok: false, skipped: true, message: '这不是年报助手导出的草稿文件' },
    { today },
  );

  it('is no unit of the 通报 nor of the 审核表', async () => {
    const xml = (
      docxParts((await packReviewNotice([...units, other])).bytes)['word/document.xml'] ?? ''
    ).replace(/<[^>]+>/g, '');
    expect(xml).toContain('本次共审核3份');
    expect(xml).toContain('无法读取的1份');
    expect(xml).not.toContain('package.json');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await packReviewWorkbook([...units, other])).bytes.buffer as ArrayBuffer);
    expect(book.getWorksheet('审核结果')?.rowCount).toBe(4);
    expect(book.getWorksheet('问题清单')?.rowCount).toBe(3);
  });
});

describe('review spreadsheet (.xlsx)', () => {
  it('one row per unit, one column per check, the main figures; every issue listed', async () => {
    const { bytes } = await packReviewWorkbook(units);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.getWorksheet('审核结果');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.rowCount).toBe(4);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (title: string): number => header.indexOf(title) + 1;
    expect(col('成文日期晚于法定期限')).toBeGreaterThan(0);
    expect(col('本年新收申请')).toBeGreaterThan(0);
    expect(sheet.getRow(3).getCell(col('单位')).value).toBe('某县财政局');
    expect(sheet.getRow(3).getCell(col('成文日期晚于法定期限')).value).toBe(1);
    expect(sheet.getRow(2).getCell(col('成文日期晚于法定期限')).value).toBe(0);
    expect(sheet.getRow(3).getCell(col('逾期')).value).toBe('是');
    expect(sheet.getRow(2).getCell(col('本年新收申请')).value).toBe(
      Number(
        Object.entries(base.cells)
          .filter(([id]) => id.startsWith('t3.newReceived.'))
          .reduce((a, [, v]) => a + Number(v), 0),
      ),
    );
    expect(sheet.getRow(2).getCell(col('行政事业性收费金额（万元）')).value).toBe(12.35);
    expect(sheet.getRow(4).getCell(col('读取')).value).toBe('无法读取');
    expect(mainFigures.length).toBe(10);
    const issues = book.getWorksheet('问题清单');
    expect(issues?.getRow(2).getCell(1).value).toBe('某县财政局');
    expect(issues?.rowCount).toBe(3);
  });
});

describe('a rule pack in the review', () => {
  const pack = rulePacks.find((p) => p.id === 'wuwei-2025');
  if (!pack) throw new Error('no shipped pack wuwei-2025');
  const report2025: Report = {
    ...base,
    meta: { ...base.meta, year: 2025, reportDate: '2026-01-10', agencyName: '武威市某局' },
  };
  const file = { id: 'w', fileName: 'w.json' };
  const imported = {
    ok: true,
    source: 'json',
    report: report2025,
    unrecognised: [],
    warnings: [],
  } as const;
  const withPack = reviewUnit(file, imported, { today, pack });
  const without = reviewUnit(file, imported, { today });
  const packIssues = (u: ReviewUnit) =>
    u.ok ? u.issues.filter((i) => i.checkId.startsWith('pack:wuwei-2025:')) : [];
  const warned = packIssues(withPack).find((i) => i.severity === 'warning');

  it('runs its checks on the unit, counted in its row; re-checking without it removes them', () => {
    expect(warned).toBeDefined();
    expect(packIssues(without)).toEqual([]);
    expect(reviewRow(withPack).packIssues).toBe(packIssues(withPack).length);
    expect(reviewRow(without).packIssues).toBe(0);
    const rechecked = recheckUnit(withPack, { today, pack: null });
    expect(packIssues(rechecked)).toEqual([]);
    expect(recheckUnit(without, { today, pack })).toMatchObject({
      counts: reviewRow(withPack).counts,
    });
  });

  it('is named in the 通报 and marks its findings', async () => {
    const { bytes } = await packReviewNotice([withPack], { pack });
    const xml = (docxParts(bytes)['word/document.xml'] ?? '').replace(/<[^>]+>/g, '');
    expect(xml).toContain(`${pack.name}（${pack.source}）`);
    expect(xml).toContain(`【提醒】（按${pack.name}）${warned?.message ?? '?'}`);
  });

  it('has a column per rule in the spreadsheet, and its findings in 问题清单', async () => {
    const { bytes } = await packReviewWorkbook([withPack, without], { pack });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.getWorksheet('审核结果');
    if (!sheet) throw new Error('no sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    for (const rule of pack.rules) expect(header).toContain(`规则包：${rule.title}`);
    const rule = pack.rules.find((r) => warned?.checkId === `pack:wuwei-2025:${r.id}`);
    const col = header.indexOf(`规则包：${rule?.title ?? '?'}`) + 1;
    expect(sheet.getRow(2).getCell(col).value).toBe(1);
    expect(sheet.getRow(3).getCell(col).value).toBe(0);
    const listed = book.getWorksheet('问题清单');
    const checks: unknown[] = [];
    listed?.eachRow((row) => checks.push(row.getCell(4).value));
    expect(checks).toContain(`规则包：${rule?.title ?? '?'}`);
  });
});
