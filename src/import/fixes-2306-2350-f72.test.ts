import { describe, expect, it } from 'vitest';
import { realText } from '@/testing/checked-reports';
import { importText } from './import-text';
import { isTitle, readTitle } from './read-meta';

/** The two agencies the import misread at the measure of 2306–2350, mended after it (stop 57, f72). */

const agencyOf = (text: string): string => {
  const r = importText(text);
  if (!r.ok) throw new Error(r.message);
  return r.report.meta.agencyName;
};

describe('a page’s field line without colons above the title', () => {
  it('is no title: the title under it gives the agency (real: 广元市商务局 2023)', () => {
    expect(agencyOf(realText('2324-guangyuan-swj-2023.txt'))).toBe('广元市商务局');
    expect(isTitle('发布日期 2024-01-16 主题词 政府信息公开工作年度报告')).toBe(false);
    expect(isTitle('索 引 号 008453514/2024-08 发布机构 市商务局 政府信息公开工作年度报告')).toBe(
      false,
    );
  });

  it('keeps titles after a title’s own labels, and a name never holds a date', () => {
    expect(isTitle('标题:广元市商务局2023年政府信息公开工作年度报告')).toBe(true);
    expect(isTitle('主题词:某局2020年政府信息公开工作年度报告')).toBe(true);
    expect(readTitle('发布日期2024-01-16某局2023年政府信息公开工作年度报告').agency).toBe('');
  });
});

describe('a 年报 titled with the year first', () => {
  it('names the body after the year (real: 嵊州市气象局 2020)', () => {
    expect(agencyOf(realText('2310-shengzhou-qxj-2020.txt'))).toBe('嵊州市气象局');
    expect(readTitle('2020年度嵊州市气象局政府信息公开年报')).toMatchObject({
      agency: '嵊州市气象局',
      year: 2020,
    });
  });

  it('is not a column’s name with no body in it', () => {
    expect(isTitle('2020年信息公开年报')).toBe(false);
    expect(isTitle('2021年政府信息公开年报')).toBe(false);
    expect(isTitle('2021年年报')).toBe(false);
  });
});
