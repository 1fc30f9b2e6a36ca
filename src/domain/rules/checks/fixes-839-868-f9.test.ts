import { describe, expect, it } from 'vitest';
import { importText } from '@/import';
import type { Report } from '@/domain/report/types';
import { keys, messageOf, withOverview } from '@/testing/checked-reports';

/**
 * Misses and false warnings of the measure of 839–868 mended after it (stop 36, helper f9), from
 * the real wording.
 */

const imported = (text: string): Report => {
  const result = importText(text);
  if (!result.ok) throw new Error(result.message);
  return result.report;
};

describe('a sub-heading whose bracket was lost counts as its number (subheading-number-skipped)', () => {
  const SKIPPED = 'subheading-number-skipped:overview';
  const BRACKET = 'subheading-bracket-missing:overview';
  const zongyang = [
    '2024年,我委坚持把信息公开作为服务社会的重要通道。',
    '(一)主动公开 2024年我委本单位全年发布信息477条。',
    '二)依申请公开 严格执行条例关于依申请公开的各项规定,依申请公开受理渠道畅通,申请必回复。',
    '(三)政府信息管理 一是我委不断强化政府信息公开平台内容保障。',
    '(四)公开平台建设 严格履行信息发布审核流程。',
  ].join('\n');

  it('says the lost bracket once, not a skip as well (real: 枞阳县卫生健康委员会 2024)', () => {
    const found = keys(withOverview(zongyang, 2024));
    expect(found).toContain(BRACKET);
    expect(found).not.toContain(SKIPPED);
  });

  it('still says a number skipped with no line of it at all', () => {
    const lost = zongyang.replace('二)依申请公开', '依申请公开方面,');
    expect(keys(withOverview(lost, 2024))).toContain(SKIPPED);
  });
});

describe('a row its label reserves to some agencies, left blank (table-cells-printed-blank)', () => {
  const KEY = 'table-cells-printed-blank:t2';
  /** 表二's first group as 黄陂区武湖街道 2020 printed it, a cell a line, each row closed by `|`. */
  const wuhu = (label: string, agency = '武湖街道办事处') =>
    [
      `${agency}2020年政府信息公开工作年度报告`,
      '一、总体情况',
      '2020年,武湖街通过黄陂区政府网站公开工作信息23条。',
      '二、主动公开政府信息情况',
      '第二十条第(一)项 | |||',
      '信息内容 |',
      '本年新 制作数量 |',
      '本年新 公开数量 |',
      '对外公开总数量 |',
      '|',
      `${label} |`,
      '|||',
      '|',
      '规范性文件 |',
      '2 |',
      '2 |',
      '2 |',
      '|',
      '第二十条第(五)项 | |||',
      '信息内容 |',
      '上一年项目数量 |',
      '本年增/减 |',
      '处理决定数量 |',
      '|',
      '行政许可 |',
      '0 |',
      '0 |',
      '0 |',
      '|',
    ].join('\n');

  it('passes 规章 left blank by a 街道 the label leaves out (real: 黄陂区武湖街道 2020)', () => {
    const report = imported(wuhu('规章(设区的市、自治州人民政府应提供相关数据)'));
    expect(report.cells['t2.normativeDocuments.newlyMade']).toBe('2');
    expect(keys(report)).not.toContain(KEY);
  });

  it('still says the row blank under a bare label, or by a government the label names', () => {
    expect(keys(imported(wuhu('规章')))).toContain(KEY);
    const city = imported(wuhu('规章(设区的市、自治州人民政府应提供相关数据)', '武汉市人民政府'));
    expect(keys(city)).toContain(KEY);
  });
});

describe('本年增/减 printed blank between a row’s values (table-cells-printed-blank)', () => {
  const KEY = 'table-cells-printed-blank:t2';
  /** 表二 as 得荣县卫生健康局 2019 printed it, a cell a line. */
  const derong = (change: string) =>
    [
      '得荣县卫生健康局',
      '2019年政府信息公开工作年度报告',
      '一、总体情况',
      '2019年度完成政府信息公开301条。',
      '二、主动公开政府信息情况',
      '第二十条第(一)项 |',
      '||||',
      '信息内容 |',
      '本年新 |',
      '本年新 |',
      '对外公开总数量 |',
      '|',
      '规章 |',
      '0 |',
      '0 |',
      '0 |',
      '|',
      '第二十条第(五)项 |',
      '||||',
      '信息内容 |',
      '上一年项目数量 |',
      '本年增/减 |',
      '处理决定数量 |',
      '|',
      '行政许可 |',
      '0 |',
      change,
      '0 |',
      '|',
    ].join('\n');

  it('says it (real: 得荣县卫生健康局 2019, `行政许可 |` / `0 |` / `|` / `0 |`)', () => {
    const report = imported(derong('|'));
    expect(report.source?.printedBlank).toEqual(['t2.licensing.change']);
    expect(keys(report)).toContain(KEY);
    expect(messageOf(report, KEY)).toContain('「行政许可 本年增/减」');
  });

  it('passes the cell filled', () => {
    expect(keys(imported(derong('0 |')))).not.toContain(KEY);
  });
});

describe('规范性文件 made and none published (t2-made-unpublished)', () => {
  const KEY = 't2-made-unpublished:normativeDocuments';
  const t2 = (row: string) =>
    [
      '武湖街道办事处2020年政府信息公开工作年度报告',
      '一、总体情况',
      '2020年,武湖街通过黄陂区政府网站公开工作信息23条。',
      '二、主动公开政府信息情况',
      '第二十条第(一)项 | |||',
      '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |',
      '规章 | 0 | 0 | 0 |',
      `规范性文件 | ${row} |`,
      '第二十条第(五)项 | |||',
      '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
      '行政许可 | 0 | 0 | 0 |',
    ].join('\n');

  it('is warned (real: 黄陂区武湖街道 2020, `规范性文件 | 47 | 0 | 0`)', () => {
    const report = imported(t2('47 | 0 | 0'));
    expect(report.cells['t2.normativeDocuments.newlyMade']).toBe('47');
    expect(keys(report)).toContain(KEY);
    expect(messageOf(report, KEY)).toBe(
      '表二“规范性文件”本年新制作 47 件，本年新公开和对外公开总数量却都是 0：规范性文件应当公开（未经公布的不能作为行政管理的依据），本年制作的却一件也没有公开，请核对是否漏填了公开数量或把其他文件计入了本年新制作',
    );
  });

  it('passes counts published before or this year (real: 胡市镇 2019 `2 | 0 | 83`; 蒲纺工业园区 2020 `33 | 8 | 8`)', () => {
    expect(keys(imported(t2('2 | 0 | 83')))).not.toContain(KEY);
    expect(keys(imported(t2('33 | 8 | 8')))).not.toContain(KEY);
    expect(keys(imported(t2('0 | 0 | 0')))).not.toContain(KEY);
  });
});

describe('a count made run together with the row’s others (t2-made-unpublished)', () => {
  it('is left to table-values-run-together (real: 荆门市政府办公室 2021, `规范性文件 | 2729318`)', () => {
    const report = imported(
      [
        '荆门市人民政府办公室2020年政府信息公开工作年度报告',
        '二、主动公开政府信息情况',
        '第二十条第(一)项 | |||',
        '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |',
        '规章 | 0 | 0 | 0 |',
        '规范性文件 | 2729318',
      ].join('\n'),
    );
    const withZeros: Report = {
      ...report,
      cells: {
        ...report.cells,
        't2.normativeDocuments.newlyPublished': '0',
        't2.normativeDocuments.totalPublished': '0',
      },
    };
    expect(report.source?.runTogether).toEqual(['t2.normativeDocuments.newlyMade']);
    expect(keys(withZeros)).not.toContain('t2-made-unpublished:normativeDocuments');
  });
});
