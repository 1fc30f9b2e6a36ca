import { describe, expect, it } from 'vitest';
import { importText } from '@/import';
import { keys } from '@/testing/checked-reports';
import { sameBody } from './agency-names';

/**
 * A miss of the measure of 1139–1168 mended after it (stop 39, helper f8), from the real wording:
 * the title printed again over the text naming another body than the page's title.
 */

const KEY = 'signature-agency-mismatch:meta';

/** An import of a page's title, its date line, the title printed again (as given) and a text. */
const imported = (title: string, again: readonly string[]) => {
  const result = importText(
    [
      title,
      '日期:2026-01-23',
      '字体:【 默认 超大',
      ...again,
      '根据《中华人民共和国政府信息公开条例》(国务院令第711号)和《关于印发中华人民共和国政府信息公开工作年度报告格式的通知》要求,编制本报告。',
      '一、总体情况',
      '2025年,双河镇深入贯彻落实《中华人民共和国政府信息公开条例》,认真做好政府信息公开工作。',
    ].join('\n'),
  );
  if (!result.ok) throw new Error(result.message);
  return result.report;
};

const SHUANGHE = '重庆市武隆区双河镇人民政府2025年政府信息公开工作年度报告';

describe('the title printed again naming another body (signature-agency-mismatch)', () => {
  it('flags the town’s office under the town’s title (real: 重庆市武隆区双河镇人民政府 2025)', () => {
    const report = imported(SHUANGHE, [
      '重庆市武隆区双河镇人民政府办公室',
      '2025年政府信息公开工作年度报告',
    ]);
    expect(report.meta.agencyName).toBe('重庆市武隆区双河镇人民政府');
    expect(report.source?.titleAgencyAgain).toBe('重庆市武隆区双河镇人民政府办公室');
    expect(keys(report)).toContain(KEY);
  });

  it('flags it printed on one line too', () => {
    const report = imported(SHUANGHE, [
      '重庆市武隆区双河镇人民政府办公室2025年政府信息公开工作年度报告',
    ]);
    expect(keys(report)).toContain(KEY);
  });

  it('stays silent on the same name printed again (real: 天水市商务局 2019, 马头铺镇 2022)', () => {
    const report = imported(SHUANGHE, [
      '重庆市武隆区双河镇人民政府',
      '2025年政府信息公开工作年度报告',
    ]);
    expect(report.source?.titleAgencyAgain).toBeUndefined();
    expect(keys(report)).not.toContain(KEY);
  });

  it('stays silent on a shorter name of the same body (real: 民勤县 2022, 宁河镇 2020, 丽阳镇 2022)', () => {
    const report = imported(SHUANGHE, ['双河镇2025年政府信息公开工作年度报告']);
    expect(report.source?.titleAgencyAgain).toBe('双河镇');
    expect(keys(report)).not.toContain(KEY);
  });

  it('stays silent on a page line above the title printed again (real: 回澜镇 2019, 宜川路街道 2020)', () => {
    const report = imported(SHUANGHE, [
      '发布时间:2020-01-31   录入:乐至县回澜镇',
      '2025年政府信息公开工作年度报告',
    ]);
    expect(keys(report)).not.toContain(KEY);
  });
});

describe('sameBody: one body’s names', () => {
  it('takes a fuller or shorter name of the same body as one', () => {
    expect(sameBody('包头市东河区', '东河区')).toBe(true);
    expect(sameBody('民勤县', '民勤县人民政府')).toBe(true);
    expect(sameBody('南关区永吉街道', '南关区永吉街道办事处')).toBe(true);
    expect(sameBody('丽阳', '丽阳镇')).toBe(true);
    expect(sameBody('东省大数据局', '山东省大数据局')).toBe(true);
    expect(sameBody('区财政局', '平潭综合实验区财政局')).toBe(true);
  });
  it('takes a body’s office, or another name, as another body', () => {
    expect(sameBody('重庆市武隆区双河镇人民政府', '重庆市武隆区双河镇人民政府办公室')).toBe(false);
    expect(sameBody('双河镇', '双河镇党政办公室')).toBe(false);
    expect(sameBody('市统计局', '市财政局')).toBe(false);
  });
});
