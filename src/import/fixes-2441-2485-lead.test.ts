import { describe, expect, it } from 'vitest';
import { realText } from '@/testing/checked-reports';
import { importText } from './import-text';

/** The import's false errors mended before the measure of 2441–2485 was recorded (stop 60, the lead). */

const imported = (text: string) => {
  const r = importText(text);
  if (!r.ok) throw new Error('refused');
  return r.report;
};

const T2_2019 = [
  '二、主动公开政府信息情况',
  '第二十条第(五)项 | |||',
  '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
].join('\n');

describe('a change in 本年增/减 written with its sign as a word', () => {
  it('reads `增加2` as 2 and `减少3` as -3 (real: 绍兴市人民防空办公室 2019)', () => {
    const cells = imported(realText('2441-shaoxing-rfb-2019.txt')).cells;
    expect(cells['t2.licensing.change']).toBe('2');
    expect(cells['t2.otherServices.change']).toBe('1');
    const text = `一、总体情况\n本局主动公开政府信息10条。\n${T2_2019}\n行政许可 | 9 | 减少3 | 18 |\n`;
    expect(imported(text).cells['t2.licensing.change']).toBe('-3');
  });

  it('still keeps a word that is no change as written (`增多2`), for the cell’s check to flag', () => {
    const text = `一、总体情况\n本局主动公开政府信息10条。\n${T2_2019}\n行政许可 | 9 | 增多2 | 18 |\n`;
    expect(imported(text).cells['t2.licensing.change']).toBe('增多2');
  });
});

describe('a page’s menu above a preface with no title', () => {
  it('does not choose the format: a 2020 report stays in the 2019 format (real: 宣城市人民防空办公室 2020)', () => {
    const report = imported(realText('2442-xuancheng-rfb-2020.txt'));
    expect(report.formatId).toBe('2019');
    expect(report.meta.year).toBe(2020);
  });

  it('still reads a 2021 row label printed in the report’s own table', () => {
    const text = [
      '本局根据《中华人民共和国政府信息公开条例》规定,编制本年度报告,统计期限自2022年1月1日起至2022年12月31日止。',
      '一、总体情况',
      '本局主动公开政府信息10条。',
      '二、主动公开政府信息情况',
      '第二十条第(一)项 | |||',
      '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '规章 | 0 | 0 | 0 |',
      '行政规范性文件 | 1 | 0 | 3 |',
    ].join('\n');
    expect(imported(text).formatId).toBe('2021');
  });
});
