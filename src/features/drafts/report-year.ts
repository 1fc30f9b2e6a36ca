import { FIRST_REPORT_YEAR, lastReportYear, readYear } from '@/domain/report/read-year';

/**
 * The report year a new draft is started for, read by the one reader of years (`read-year.ts`,
 * 2019 to this year): the year as a number, or the Chinese message saying why it cannot be taken.
 */
export function parseReportYear(text: string, today: Date = new Date()): number | string {
  const reading = readYear(text, today);
  return reading.kind === 'year'
    ? reading.year
    : `请填写年报所报告的年度（${FIRST_REPORT_YEAR} 至 ${lastReportYear(today)} 之间的四位数字）。`;
}
