import { describe, expect, it } from 'vitest';
import { importedReport, realText } from '@/testing/checked-reports';

/**
 * The agency and date of the measure of 2711–2755 read as their gatherers wrote them (stop 66, fixer
 * f107): a 供销合作社联合社 and a 供销合作总社 are bodies' names; the report's whole name in 《》, the year first,
 * said published names the body; a covering letter under the page's title, over the report's title
 * printed again, signs the report as 2351's does above it.
 */

const agencyOf = (text: string): string => importedReport(text).meta.agencyName;
const dateOf = (text: string) => importedReport(text).meta.reportDate;

const untitled = (preface: string) =>
  [
    preface,
    '一、总体情况',
    '2023年,我单位坚持以习近平新时代中国特色社会主义思想为指导,着力提升政府信息公开质量。',
  ].join('\n');

describe('a preface naming a 供销社 or the report in 《》', () => {
  it('reads the compiler 供销合作社联合社 and 供销合作总社 (real: 2711, 2713)', () => {
    expect(agencyOf(realText('2711-linyi-gxs-2022.txt'))).toBe('临沂市供销合作社联合社');
    expect(agencyOf(realText('2713-rudong-gxs-2024.txt'))).toBe('如东县供销合作总社');
  });

  it('reads the report’s name in 《》 said published (real: 2753)', () => {
    expect(agencyOf(realText('2753-rudong-xzspj-2023.txt'))).toBe('如东县行政审批局');
    expect(
      agencyOf(
        untitled(
          '根据《中华人民共和国政府信息公开条例》规定,《2023年如东县行政审批局政府信息公开工作年度报告》已经研究同意,现予公开发布。',
        ),
      ),
    ).toBe('如东县行政审批局');
  });

  it('reads no body from a report cited, not published', () => {
    expect(
      agencyOf(
        untitled(
          '根据《中华人民共和国政府信息公开条例》规定,参照《2022年如东县行政审批局政府信息公开工作年度报告》编制本报告。',
        ),
      ),
    ).toBe('');
  });
});

describe('a covering letter under the page’s title', () => {
  it('signs the report (real: 2743; 2351 as before)', () => {
    expect(dateOf(realText('2743-dawukou-chaoyang-2021.txt'))).toBe('2022-03-08');
    expect(dateOf(realText('2351-quanzhou-tsq-scjgj-2025.txt'))).toBe('2026-01-12');
  });
});
