import { describe, expect, it } from 'vitest';
import { parseReportYear } from './report-year';

const today = new Date('2026-01-20T08:00:00');

describe('parseReportYear', () => {
  it.each([
    ['2025', 2025],
    [' ２０２５ ', 2025],
    ['2019', 2019],
    ['2026', 2026],
  ])('takes %j as %d', (text, year) => {
    expect(parseReportYear(text, today)).toBe(year);
  });

  it.each(['2018', '2027', '25', '二〇二五', '2025年', '', '2025.5'])(
    'refuses %j in Chinese',
    (text) => {
      expect(parseReportYear(text, today)).toBe(
        '请填写年报所报告的年度（2019 至 2026 之间的四位数字）。',
      );
    },
  );
});
