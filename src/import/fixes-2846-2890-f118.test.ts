import { describe, expect, it } from 'vitest';
import { importedReport, realText } from '@/testing/checked-reports';

/**
 * 表三 of the measure of 2846–2890 read as its gatherer saw it (stop 69, fixer f118): a page copied a
 * line a cell, each line set off by one empty line, whose first row's label is set off by two (the
 * header's last cell empty): the run of empty lines after it is its empty cells before the total, as
 * for the rows after it.
 */

const rows = (gapBefore: number): string =>
  [
    '三、收到和处理政府信息公开申请情况',
    '',
    '法律服务机构',
    '',
    '其他',
    ...Array.from({ length: gapBefore }, () => ''),
    '一、本年新收政府信息公开申请数量',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    ' 0',
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
    '三、本年度办理结果',
  ].join('\n');

const text = (gapBefore: number): string =>
  [
    '某街道办事处2020年政府信息公开工作年度报告',
    '',
    '一、总体情况',
    '',
    '2020年,我街道认真贯彻落实《中华人民共和国政府信息公开条例》。',
    '',
    rows(gapBefore),
  ].join('\n');

describe('a first row set off by two empty lines, empty lines before its total', () => {
  it('reads its cells and the next row’s printed blank (real: 驼峰路街道 2020)', () => {
    const report = importedReport(realText('2888-yuyang-tuofenglu-2020.txt'));
    expect(report.source?.printedBlank).toContain('t3.newReceived.naturalPerson');
    expect(report.reportedTotals['t3.newReceived.total']).toBe('0');
    expect(report.cells['t3.newReceived.naturalPerson']).toBeUndefined();
    const two = importedReport(text(2));
    expect(two.source?.printedBlank).toContain('t3.newReceived.naturalPerson');
    expect(two.reportedTotals['t3.newReceived.total']).toBe('0');
  });

  it('reads no blank before a label set off by three empty lines or more (子洲县’s gaps)', () => {
    const three = importedReport(text(3));
    expect(three.source?.printedBlank ?? []).not.toContain('t3.newReceived.naturalPerson');
    expect(
      importedReport(realText('063-zizhou-jtj-2021.txt')).source?.printedBlank,
    ).toBeUndefined();
  });
});
