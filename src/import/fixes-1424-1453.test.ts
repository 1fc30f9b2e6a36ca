import { describe, expect, it } from 'vitest';
import { importText } from './import-text';

// Since a fix of stop 44 after the measure of 1424–1453.

const titled = (dateLine: string): string =>
  [
    '广州市白云区人民政府嘉禾街道办事处2019年度政府信息公开工作年度报告',
    dateLine,
    '一、总体情况',
    '2019年,广州市白云区人民政府嘉禾街道办事处深入贯彻《条例》精神,加大街道信息公开力度。',
  ].join('\n');

const datesOf = (text: string) => {
  const r = importText(text);
  if (!r.ok) throw new Error(r.message);
  return { reportDate: r.report.meta.reportDate, published: r.report.source?.published };
};

describe('a bare date under the title', () => {
  it('within the report’s year is assumed neither its 成文日期 nor its publication (real: 嘉禾街道 2019)', () => {
    expect(datesOf(titled('2019年12月31日'))).toEqual({ reportDate: null, published: undefined });
  });
  it('after the year is still read as the day the page was put out', () => {
    expect(datesOf(titled('2020-01-20 17:08')).reportDate).toBe('2020-01-20');
  });
  it('in brackets, the document’s own date, is kept whatever it is', () => {
    expect(datesOf(titled('(2019年12月31日)')).reportDate).toBe('2019-12-31');
  });
});
