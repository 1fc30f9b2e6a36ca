import { describe, expect, it } from 'vitest';
import { importedReport, realText } from '@/testing/checked-reports';

// Since fixes of stop 50 after the measure of 1859–1903 (the lead's): the title the import reads
// from two shapes the measure met.

describe('a title printed only among the page’s listed properties', () => {
  it('reads the listed 标题 where no line is a title (real: 济南市退役军人事务局 2024)', () => {
    const imported = importedReport(realText('1891-jinan-tyjrswj-2024.txt'));
    expect(imported.meta.agencyName).toBe('济南市退役军人事务局');
    expect(imported.meta.year).toBe(2024);
    expect(imported.meta.reportDate).toBe('2025-01-15');
  });

  it('keeps the title printed again under the properties (real: 天水市乡村振兴局 2021)', () => {
    const imported = importedReport(realText('361-tianshui-xczxj-2021.txt'));
    expect(imported.meta.agencyName).toBe('天水市乡村振兴局');
  });

  it('reads no title from a listed property naming no report', () => {
    const imported = importedReport(
      '- 标题: 关于开展安全生产检查的通知\n- 发布机构: 某某局\n根据《中华人民共和国政府信息公开条例》要求编制本报告。\n一、总体情况\n2024年,主动公开信息10条。',
    );
    expect(imported.meta.agencyName).toBe('');
  });
});

describe('a title broken after a 苏木’s name', () => {
  it('takes the 苏木 on the line above the year (real: 阿嘎如泰苏木 2025)', () => {
    const imported = importedReport(realText('1899-jiuyuan-agarutai-2025.txt'));
    expect(imported.meta.agencyName).toBe('九原区阿嘎如泰苏木');
    expect(imported.meta.year).toBe(2025);
  });
});
