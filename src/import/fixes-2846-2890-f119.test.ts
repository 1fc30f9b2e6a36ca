import { describe, expect, it } from 'vitest';
import { importedReport, realText } from '@/testing/checked-reports';

/**
 * 表三 of the measure of 2846–2890 read as its gatherer wrote it (stop 69, fixer f119): a page
 * copied a line a cell, each cell set off by one empty line and each row by two, whose first row
 * after the header prints only its total (`其他` / two empty lines / `一、本年新收…` / seven empty
 * lines / ` 0`): the value stands in the last column, the 总计.
 */

/** The cells as read, the totals the table prints among them (the corpus test's way). */
const readCells = (text: string): Readonly<Record<string, string>> => {
  const report = importedReport(text);
  return { ...report.cells, ...report.reportedTotals };
};

const t3Row = (rowGap: number, cellGap: number): string =>
  [
    '三、收到和处理政府信息公开申请情况',
    '',
    '本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和',
    '',
    '申请人情况',
    '',
    '自然人',
    '',
    '法人或其他组织',
    '',
    '商业企业',
    '',
    '科研机构',
    '',
    '社会公益组织',
    '',
    '法律服务机构',
    '',
    '其他',
    ...Array.from({ length: rowGap }, () => ''),
    '一、本年新收政府信息公开申请数量',
    ...Array.from({ length: cellGap }, () => ''),
    ' 3',
    '',
    '二、上年结转政府信息公开申请数量',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    ' 0',
    '',
  ].join('\n');

describe('a 表三 row printing its total alone after the empty lines of its cells', () => {
  it('reads the lone value as the total (real: 2888 驼峰路街道办事处 2020)', () => {
    const cells = readCells(realText('2888-yuyang-tuofenglu-2020.txt'));
    expect(cells['t3.newReceived.total']).toBe('0');
    expect(cells['t3.newReceived.naturalPerson']).toBeUndefined();
    expect(cells['t3.carriedIn.total']).toBe('0');
  });

  it('reads it so after a row’s gap of one or two empty lines', () => {
    for (const gap of [1, 2]) {
      const cells = readCells(t3Row(gap, 7));
      expect(cells['t3.newReceived.total'], `gap ${gap}`).toBe('3');
      expect(cells['t3.newReceived.naturalPerson'], `gap ${gap}`).toBeUndefined();
    }
  });

  it('reads a label set off by more empty lines as printed, from the left', () => {
    const cells = readCells(t3Row(4, 7));
    expect(cells['t3.newReceived.total']).toBeUndefined();
    expect(cells['t3.newReceived.naturalPerson']).toBe('3');
  });
});
