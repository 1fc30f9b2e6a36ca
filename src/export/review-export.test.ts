import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import { reviewUnit, type ReviewUnit } from '@/review/index';
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
// Year 2024, dated 2025-01-08, a department; section 六 states the fee notices 表三 implies.
const base: Report = (() => {
  const full = fullReport('2021');
  return {
    ...full,
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
