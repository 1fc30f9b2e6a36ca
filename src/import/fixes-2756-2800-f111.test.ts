import { describe, expect, it } from 'vitest';
import { importedReport, realText } from '@/testing/checked-reports';

/**
 * The date of the measure of 2756–2800 read as its gatherer wrote it (stop 67, fixer f111): a page's
 * properties printed a label a line, its bare `日期` alone on its line and the date alone on the next.
 */

const dateOf = (text: string) => importedReport(text).meta.reportDate;

const body = [
  '本报告根据《中华人民共和国政府信息公开条例》编制。',
  '一、总体情况',
  '2023年,我乡坚持以习近平新时代中国特色社会主义思想为指导,着力提升政府信息公开质量。',
].join('\n');

describe('a bare 日期 among a page’s properties printed a label a line', () => {
  it('reads the date on the next line (real: 2756 隆阳区杨柳乡 2023)', () => {
    expect(dateOf(realText('2756-longyang-yangliu-2023.txt'))).toBe('2024-01-31');
    const page = [
      '某乡人民政府2023年政府信息公开工作年度报告',
      '索引号',
      '01525772-2/20240131-00001',
      '发文机构',
      '某乡人民政府',
      '文      号',
      '日期',
      '2024-01-31',
      body,
    ].join('\n');
    expect(dateOf(page)).toBe('2024-01-31');
  });

  it('reads no date from a bare 日期 line with no property above it', () => {
    // A date within the report's year: a bare one under the title is not assumed (stop 44), so only
    // the label read here would give it.
    const dated = (lines: readonly string[]) =>
      dateOf(
        ['某乡人民政府2023年政府信息公开工作年度报告', ...lines, '日期', '2023-12-30', body].join(
          '\n',
        ),
      );
    expect(dated(['索引号', '01525772-2/20231230-00001'])).toBe('2023-12-30');
    expect(dated([])).toBeNull();
  });
});
