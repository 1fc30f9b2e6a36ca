import { describe, expect, it } from 'vitest';
import { importText } from '@/import';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import { formatById, formats } from '@templates/index';
import type { AgencyKind, Report } from '../../report/types';
import { evaluateChecks } from '../evaluate-checks';

/**
 * The deadline check judges the date a page says the report was published (`source.published`)
 * as well as its 成文日期 (条例 第四十九条: 向社会公布 by the deadline). Real: 沙德格苏木 2021
 * (templates/fixtures/real/547), `成文日期 2022-01-08 发布日期 2022-09-06`.
 */

const TODAY = '2026-12-01';

const report = (
  agencyKind: AgencyKind,
  reportDate: string | null,
  published: string | undefined,
): Report => ({
  ...clean2021.report,
  meta: { ...clean2021.report.meta, agencyKind, reportDate },
  ...(published !== undefined ? { source: { published } } : {}),
});

const deadlineIssues = (r: Report) =>
  evaluateChecks(formatById(r.formatId), r, { formats, today: TODAY }).filter(
    (i) => i.checkId === 'report-date-after-deadline',
  );

describe('a report published after the deadline', () => {
  it('signed in time, published seven months late: a warning that says when it was published (real: 沙德格苏木 2021)', () => {
    const found = deadlineIssues(report('department', '2022-01-08', '2022-09-06'));
    expect(found.map((i) => [i.key, i.severity])).toEqual([
      ['report-date-after-deadline', 'warning'],
    ]);
    expect(found[0]?.message).toBe(
      '报告于 2022年9月6日 向社会公布（页面所示发布日期），晚于法定期限 2022年1月31日（政府部门的年度报告）：条例第四十九条要求年度报告在期限前向社会公布；成文日期 2022年1月8日 在期限内',
    );
  });

  it('published a few days after it was signed, within the deadline: silent (real: 534 and 226 publish the day they sign)', () => {
    expect(deadlineIssues(report('department', '2022-01-08', '2022-01-12'))).toEqual([]);
    expect(deadlineIssues(report('department', '2022-01-19', '2022-01-19'))).toEqual([]);
    expect(deadlineIssues(report('department', '2022-01-20', '2022-01-31'))).toEqual([]);
  });

  it('a government by 3月31日; a township held to 1月31日 as usual practice, said so', () => {
    expect(deadlineIssues(report('government', '2022-02-10', '2022-03-31'))).toEqual([]);
    expect(
      deadlineIssues(report('government', '2022-02-10', '2022-04-06')).map((i) => i.key),
    ).toEqual(['report-date-after-deadline']);
    const township = deadlineIssues(report('township', '2022-01-08', '2022-02-14'));
    expect(township[0]?.message).toMatch(
      /^报告于 2022年2月14日 向社会公布.*晚于报送期限 2022年1月31日/,
    );
    expect(township[0]?.message).not.toMatch(/条例第四十九条/);
  });

  it('signed late too: said once, by its 成文日期', () => {
    const found = deadlineIssues(report('department', '2022-03-01', '2022-09-06'));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/^成文日期 2022年3月1日 晚于法定期限/);
  });

  it('no date signed: the publication judged alone; no publication date or not a date: silent', () => {
    expect(deadlineIssues(report('department', null, '2022-09-06'))[0]?.message).toMatch(
      /^报告于 2022年9月6日 向社会公布.*晚于法定期限 2022年1月31日.*向社会公布$/,
    );
    expect(deadlineIssues(report('department', '2022-01-08', undefined))).toEqual([]);
    expect(deadlineIssues(report('department', '2022-01-08', '2022-13-06'))).toEqual([]);
    // A page's date before the year ended is no publication of this report's.
    expect(deadlineIssues(report('department', '2022-01-08', '2021-12-30'))).toEqual([]);
  });
});

describe('the import keeps the page’s publication date beside the report’s', () => {
  const body = [
    '',
    '一、总体情况',
    '',
    '2021年,沙德格苏木认真围绕重点工作和年度目标任务,按照“应公开、尽公开”的要求,扎实有序推进政务公开工作落实。',
  ];
  const imported = (lines: readonly string[]) => {
    const r = importText([...lines, ...body].join('\n'));
    if (!r.ok) throw new Error(r.message);
    return r.report;
  };

  it('a 发布日期 and a 发布时间 beside a 成文日期 (real: 沙德格苏木 2021)', () => {
    const r = imported([
      '索引号 wqqsdg/2022-06258 效力属性',
      '发布机构 沙德格苏木 文  号 沙政发〔2022〕5号',
      '成文日期 2022-01-08 发布日期 2022-09-06',
      '沙德格苏木2021年度政府信息公开工作年度报告',
      '发布单位:沙德格苏木 发布人:李姣 发布时间:2022-09-06 点击量:1 字体:',
    ]);
    expect(r.meta.reportDate).toBe('2022-01-08');
    expect(r.source?.published).toBe('2022-09-06');
  });

  it('the bare date under the title, its click count after it (real: 城中区文体旅游科技局 2023)', () => {
    const r = imported([
      '西宁市城中区文体旅游科技局2023年政府信息公开工作年度报告',
      '',
      '2024-01-11 15:04  点击:[] 来源:区文体旅游科技局',
    ]);
    expect(r.source?.published).toBe('2024-01-11');
    expect(r.meta.preface).toBe('');
  });

  it('not a 成文日期 alone, nor a bare 日期 label (counterexamples: 广昌县长桥乡 2019, 武隆区长坝镇 2022)', () => {
    const signedOnly = imported(['长桥乡2019年政府信息公开工作年度报告', '成文日期: 2020-01-15']);
    expect(signedOnly.meta.reportDate).toBe('2020-01-15');
    expect(signedOnly.source?.published).toBeUndefined();
    const bareLabel = imported(['长坝镇2022年政府信息公开工作年度报告', '日期:2023-01-19']);
    expect(bareLabel.meta.reportDate).toBe('2023-01-19');
    expect(bareLabel.source?.published).toBeUndefined();
  });
});
