import { describe, expect, it } from 'vitest';
import { formatById, formats } from '@templates/index';
import { evaluateChecks } from '../rules/evaluate-checks';
import { emptyReport } from './empty-report';
import { overviewOutline, standardPreface } from './standard-text';
import { coversArea } from './overview-areas';

/** The checks that fire on a report whose only text is `preface` (ids). */
function prefaceIssues(formatId: '2019' | '2021', year: number, preface: string): string[] {
  const base = emptyReport(formatId, year);
  const report = { ...base, meta: { ...base.meta, preface } };
  return evaluateChecks(formatById(formatId), report, { formats, today: '2026-11-30' })
    .filter((i) => i.fields.includes('meta.preface'))
    .map((i) => i.checkId);
}

describe('standard preface', () => {
  it('names the notice in force for the format, with its long title, and the year’s period', () => {
    const p2021 = standardPreface(formatById('2021'), 2025);
    expect(p2021).toContain(
      '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）',
    );
    expect(p2021).toContain('统计期限自2025年1月1日起至2025年12月31日止');
    const p2019 = standardPreface(formatById('2019'), 2020);
    expect(p2019).toContain('（国办公开办函〔2019〕60号）');
    expect(p2019).not.toContain('30号');
  });

  it('passes the notice and period checks of its year; only the website placeholder is flagged', () => {
    expect(prefaceIssues('2021', 2025, standardPreface(formatById('2021'), 2025))).toEqual([
      'template-text-left',
    ]);
    expect(prefaceIssues('2019', 2020, standardPreface(formatById('2019'), 2020))).toEqual([
      'template-text-left',
    ]);
    // The 2019 preface in a 2025 report cites the wrong notice and period.
    expect(prefaceIssues('2021', 2025, standardPreface(formatById('2019'), 2020))).toEqual(
      expect.arrayContaining(['notice-citation-wrong', 'statistics-period-mismatch']),
    );
  });
});

describe('总体情况 outline', () => {
  it('has one （一）… heading per area of the format, each with a line to fill in', () => {
    const lines = overviewOutline(formatById('2021'), 'department').split('\n');
    expect(lines.filter((l) => /^（[一二三四五六]）/.test(l))).toEqual([
      '（一）主动公开情况',
      '（二）依申请公开情况',
      '（三）政府信息管理情况',
      '（四）政府信息公开平台建设情况',
      '（五）监督保障情况',
    ]);
    expect(lines).toHaveLength(10);
  });

  it('adds the government area for a 人民政府, and its fill-in lines are flagged until replaced', () => {
    const outline = overviewOutline(formatById('2021'), 'government');
    expect(outline).toContain('（六）工作考核、社会评议和责任追究结果情况');
    expect(coversArea(outline, '工作考核、社会评议和责任追究结果')).toBe(true);
    const base = emptyReport('2021', 2025);
    const report = { ...base, narrative: { overview: outline } };
    const ids = evaluateChecks(formatById('2021'), report, { formats, today: '2026-11-30' }).map(
      (i) => i.checkId,
    );
    expect(ids).toContain('template-text-left');
  });
});
