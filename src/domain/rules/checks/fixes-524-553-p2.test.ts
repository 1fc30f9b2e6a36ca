import { describe, expect, it } from 'vitest';
import { importText } from '@/import';
import { shortReportNames } from '@/domain/format/report-name';
import type { Report } from '@/domain/report/types';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/** Misses of the measure of 524–553 mended after it (stop 32): the report's name, a table's part. */

const imported = (text: string): Report => {
  const result = importText(text);
  if (!result.ok) throw new Error(result.message);
  return result.report;
};

describe('the report named short of 政府 or 工作', () => {
  it('reads a year whose 年 was lost (real: 七户乡 2020)', () => {
    expect(shortReportNames('由七户乡编制的2020度政府信息公开年度报告。')).toEqual([
      { name: '政府信息公开年度报告', year: 2020 },
    ]);
    const report = withPreface(
      '本年报是根据《中华人民共和国政府信息公开条例》的要求,由七户乡编制的2020度政府信息公开年度报告。',
      2020,
    );
    expect(messageOf(report, 'report-name-garbled:meta')).toContain('缺“工作”');
  });
  it('reads a name presented by 现将 with no year, 年度工作报告 in the other order (real: 银川镇 2022)', () => {
    expect(shortReportNames('进一步规范内容,现将我镇信息公开年度工作报告如下:')).toEqual([
      { name: '信息公开年度工作报告', year: null },
    ]);
    const report = withOverview(
      '2022年,我镇政务公开工作在县委、县政府的正确领导下,现将我镇信息公开年度工作报告如下:\n(一)主动公开。',
      2022,
    );
    expect(messageOf(report, 'report-name-garbled:overview')).toContain('缺“政府”');
  });
  it('leaves the full name in either order alone (real: 泽州县 2024, 年度工作报告)', () => {
    expect(shortReportNames('现公布泽州县人民政府2024年政府信息公开年度工作报告。')).toEqual([]);
    expect(shortReportNames('现将我局政府信息公开工作年度报告公布如下:')).toEqual([]);
    expect(shortReportNames('现将我局政务信息公开年度报告公布如下:')).toEqual([]);
    expect(shortReportNames('现将《关于做好信息公开年度报告的通知》转发')).toEqual([]);
  });
});

describe('a table printed with no heading, cut in its header', () => {
  // real: 西宁市城中区文体旅游科技局 2023, 总体情况 then 表二's header, cut at `规 章`
  const overview = [
    '西宁市城中区文体旅游科技局2023年政府信息公开工作年度报告',
    '一、总体情况',
    '2023年,城中区文体旅游科技局认真做好政府信息公开发布。一是强化组织领导。二是认真做好公开发布。',
  ];
  const table = [
    '第二十条第(一)项',
    '信息内容',
    '本年制发件数',
    '本年废止件数',
    '现行有效件数',
    '规 章',
  ];
  it('is read as its part, there with its heading missing', () => {
    const report = imported([...overview, ...table].join('\n\n'));
    expect(report.source?.tablesWithoutValues).toEqual(['t2']);
    expect(keys(report)).toContain('section-heading-mismatch:proactive');
  });
  it('says nothing when the heading is printed before it', () => {
    const report = imported([...overview, '二、主动公开政府信息情况', ...table].join('\n\n'));
    expect(keys(report)).not.toContain('section-heading-mismatch:proactive');
  });
  it('records nothing when the table shows its values', () => {
    const report = imported(
      [...overview, '二、主动公开政府信息情况', ...table, '0', '0', '3'].join('\n\n'),
    );
    expect(report.source?.tablesWithoutValues).toBeUndefined();
  });
});
