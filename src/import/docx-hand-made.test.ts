import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseReport } from '@/store/analysis';
import { importDocxBytes } from './import-docx';
import { _, allZeroT3, expectRows, zeros } from './test-rows';
import type { ImportSuccess } from './types';

/**
 * .docx files made the way a clerk has them (HTML typed from the template, converted by real
 * LibreOffice: scripts/make-import-fixtures.mjs): other widths and fonts, `—` `/` `无` `件` `元`
 * in cells, an extra blank row, totals filled (one of them wrong) or left blank.
 */

function load(name: string): ImportSuccess {
  const r = importDocxBytes(new Uint8Array(readFileSync(`templates/fixtures/import/${name}`)));
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('hand-made .docx', () => {
  it('2019 format typed in 宋体: placeholders read as 0, a wrong printed total kept for the checks', () => {
    const r = load('hand-2019-clerk.docx');
    expect(r.report.formatId).toBe('2019');
    expectRows(r.report, {
      't2.regulations': ['0', '0', '0'],
      't2.normativeDocuments': ['2', '2', '15'],
      't2.licensing': ['4', '-1', '3'],
      't2.otherServices': ['10', '0', '256'],
      't2.punishment': ['21', '-21', '1'],
      't2.coercion': ['1', '-1', '0'],
      't2.fees': ['29', '-1'],
      't2.centralProcurement': ['12', '3190923'],
      ...allZeroT3({
        newReceived: ['21', '0', '0', '0', '0', '0', '21'],
        carriedIn: ['0', _, _, _, _, _, '0'],
        granted: ['3', _, _, _, _, _, '3'],
        partial: ['16', '0', '0', '0', '0', '0', '16'],
        notHeld: ['2', _, _, _, _, _, '2'],
        otherProcessing: ['0', '0', '0', '0', '0', '0', _],
        resultsTotal: ['20', '0', '0', '0', '0', '0', '22'],
        carriedOver: ['0', '0', '0', '0', '0', '0', _],
      }),
      't4.cases': ['1', '0', '0', '0', '1', '0', '0', '0', '0', _, '0', '0', '0', '0', '0'],
    });
    expect(r.report.meta).toMatchObject({
      agencyName: '嘉兴市某某局',
      year: 2020,
      reportDate: '2021-01-15',
    });
    expect(r.report.meta.contact).toMatchObject({
      address: '嘉兴市中山西路977号',
      postcode: '314031',
      phone: '0573-82057503',
    });
    expect(r.report.narrative.other).toBe('无。');
    expect(r.unrecognised).toEqual([]);
    expect(r.warnings.join('')).toMatch(/82 个单元格写的是“—”“\/”或“无”，已按 0 导入/);
  });

  it('2021 format typed in WPS: half-width brackets, spaced labels, blank totals, Chinese-numeral date', () => {
    const r = load('hand-2021-wps.docx');
    expect(r.report.formatId).toBe('2021');
    expectRows(r.report, {
      't2.regulations': ['1', '0', '5'],
      't2.normativeDocuments': ['3', '1', '12'],
      't2.licensing': ['230'],
      't2.punishment': ['15'],
      't2.coercion': [_],
      't2.fees': ['1.5'],
      ...allZeroT3(
        {
          newReceived: ['9', '1', '0', '0', '0', '0', _],
          carriedIn: ['1', '0', '0', '0', '0', '0', _],
          granted: ['5', '1', '0', '0', '0', '0', _],
          partial: ['1', '0', '0', '0', '0', '0', _],
          notHeld: ['2', '0', '0', '0', '0', '0', _],
          noSupplement: ['1', '0', '0', '0', '0', '0', _],
          resultsTotal: [_, _, _, _, _, _, _],
          carriedOver: ['1', '0', '0', '0', '0', '0', _],
        },
        '2021',
        [...zeros(6), _],
      ),
      't4.cases': zeros(15),
    });
    // Blank printed totals are simply absent; the rest of 表三's zeros came through.
    expect(Object.keys(r.report.reportedTotals)).toEqual([
      't4.review.total',
      't4.litDirect.total',
      't4.litAfterReview.total',
    ]);
    expect(r.report.meta).toMatchObject({
      agencyName: '某某县某某镇人民政府',
      agencyKind: 'township',
      year: 2023,
      reportDate: '2024-01-18',
    });
    expect(r.report.narrative.other).toBe('本年度未收取信息处理费。');
    expect(r.recognised.sections.reviewLitigation.heading).toBe(
      '四、政府信息公开行政复议、行政诉讼情况',
    );
  });

  it('the checks see what the import brought: the wrong printed total is reported', () => {
    const r = load('hand-2019-clerk.docx');
    const analysis = analyseReport(r.report, null, '2021-01-20');
    const mismatches = analysis.issues.filter((i) => i.checkId === 'reported-total-mismatch');
    expect(mismatches.map((i) => i.cells[0])).toEqual(['t3.resultsTotal.naturalPerson']);
  });

  it('a Word file without tables gets a clear message', () => {
    const r = importDocxBytes(
      new Uint8Array(readFileSync('templates/fixtures/import/no-tables.docx')),
    );
    expect(r).toEqual({ ok: false, message: expect.stringContaining('没有表格') });
  });
});
