import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/types';
import { formats } from '@templates/index';
import v1Text from '@/stored-draft/fixtures/draft-v1.json?raw';
import { restoreDraftText } from '@/stored-draft/restore-draft';
import { startFromLastYear } from './start-from-last-year';

const report2024 = (): Report => {
  const r = restoreDraftText(v1Text);
  if (!r.ok) throw new Error(r.message);
  return r.draft.report;
};

describe('startFromLastYear', () => {
  it('makes the year N+1 report in the format of that year with the agency and contact', () => {
    const { report } = startFromLastYear(report2024(), formats);
    expect(report.formatId).toBe('2021');
    expect(report.meta).toMatchObject({
      agencyName: '某市生态环境局',
      agencyKind: 'department',
      year: 2025,
      reportDate: null,
    });
    expect(report.meta.contact).toEqual(report2024().meta.contact);
    expect(report.narrative).toEqual({});
    expect(report.dismissed).toEqual({});
  });

  it('carries 结转下年度 into 上年结转 for every column, and 现行有效件数 as a starting point', () => {
    const { report, notes } = startFromLastYear(report2024(), formats);
    expect(report.cells).toEqual({
      't3.carriedIn.naturalPerson': '4',
      't3.carriedIn.commercial': '0',
      't3.carriedIn.research': '0',
      't3.carriedIn.publicWelfare': '0',
      't3.carriedIn.legalService': '0',
      't3.carriedIn.otherOrg': '1',
      't2.regulations.valid': '2',
      't2.normativeDocuments.valid': '14',
    });
    expect(notes.join('\n')).toContain('6 列');
    expect(notes.join('\n')).toContain('现行有效件数');
    // The narrative is not carried, and the clerk is told where last year's text is.
    expect(report.narrative).toEqual({});
  });

  it('leaves blank what last year left blank (blank is not zero)', () => {
    const last = { ...emptyReport('2021', 2023), cells: { 't3.carriedOver.naturalPerson': '3' } };
    expect(startFromLastYear(last, formats).report.cells).toEqual({
      't3.carriedIn.naturalPerson': '3',
    });
  });

  it('bumps the report year in the preface only and asks for a review', () => {
    const last = {
      ...report2024(),
      meta: {
        ...report2024().meta,
        preface: '统计期限自2024年1月1日起至2024 年12月31日止，2025年1月在本网站公布。',
      },
    };
    const { report, notes } = startFromLastYear(last, formats);
    expect(report.meta.preface).toBe(
      '统计期限自2025年1月1日起至2025 年12月31日止，2025年1月在本网站公布。',
    );
    expect(notes.some((n) => n.includes('前言'))).toBe(true);
  });

  it('2020 (〔2019〕60号) → 2021 (〔2021〕30号): new format, carried-over applications, no 现行有效件数 to carry', () => {
    const last: Report = {
      ...emptyReport('2019', 2020),
      cells: {
        't3.carriedOver.naturalPerson': '2',
        't2.regulations.totalPublished': '9',
        't2.licensing.prevYearItems': '5',
      },
    };
    const { report, notes } = startFromLastYear(last, formats);
    expect(report.formatId).toBe('2021');
    expect(report.cells).toEqual({ 't3.carriedIn.naturalPerson': '2' });
    expect(notes.join('')).toContain('国办公开办函〔2021〕30号');
  });

  it('2019 → 2020: 上一年项目数量 = last year’s 上一年项目数量 + 本年增/减', () => {
    const last: Report = {
      ...emptyReport('2019', 2019),
      cells: {
        't2.licensing.prevYearItems': '21',
        't2.licensing.change': '-3',
        't2.punishment.prevYearItems': '4',
      },
    };
    const { report } = startFromLastYear(last, formats);
    expect(report.formatId).toBe('2019');
    expect(report.cells).toEqual({ 't2.licensing.prevYearItems': '18' });
  });

  it('refuses a report without a year', () => {
    expect(() => startFromLastYear(emptyReport('2021'), formats)).toThrow();
  });
});
