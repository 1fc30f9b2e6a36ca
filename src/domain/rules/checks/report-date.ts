import { deadlineOf, formatChineseDate, isValidIsoDate } from '../../format/date';
import type { Report } from '../../report/types';
import { defineCheck, type Finding } from '../check-context';

const fields = ['meta.reportDate'] as const;

/** The report date when given, and whether it is a real date. */
function reportDateOf(report: Report): { date: string; valid: boolean } | null {
  const { reportDate } = report.meta;
  if (reportDate === null || reportDate === '') return null;
  return { date: reportDate, valid: isValidIsoDate(reportDate) };
}

/** 成文日期 must be a real date. */
export const reportDateInvalidCheck = defineCheck({
  id: 'report-date-invalid',
  severity: 'error',
  spec: '4.2',
  title: '成文日期无效',
  run({ report }) {
    const given = reportDateOf(report);
    if (!given || given.valid) return [];
    return [
      {
        fields,
        section: 'meta',
        message: `成文日期「${given.date}」不是有效日期，请写成“2026年1月20日”这样的日期`,
      },
    ];
  },
});

/** 成文日期 after the reporting year ends (error). */
export const reportDateBeforeYearEndCheck = defineCheck({
  id: 'report-date-before-year-end',
  severity: 'error',
  spec: '4.2',
  title: '成文日期早于报告年度结束',
  run({ report }) {
    const given = reportDateOf(report);
    const { year } = report.meta;
    if (!given?.valid || year === null || given.date > `${year}-12-31`) return [];
    return [
      {
        fields: ['meta.reportDate', 'meta.year'],
        section: 'meta',
        message: `成文日期 ${formatChineseDate(given.date)} 不晚于 ${year}年12月31日：${year}年度的报告应在该年度结束后成文，请核对日期或年度`,
      },
    ];
  },
});

/** 成文日期 by the statutory deadline for the agency kind (warning). */
export const reportDateDeadlineCheck = defineCheck({
  id: 'report-date-after-deadline',
  severity: 'warning',
  spec: '4.2',
  title: '成文日期晚于法定期限',
  run({ report }) {
    const given = reportDateOf(report);
    const { year } = report.meta;
    if (!given?.valid || year === null || given.date <= `${year}-12-31`) return [];
    const deadline = deadlineOf(report.meta, year);
    if (given.date <= deadline.date) return [];
    return [
      {
        fields: ['meta.reportDate', 'meta.agencyKind'],
        section: 'meta',
        message: `成文日期 ${formatChineseDate(given.date)} 晚于${deadline.statutory ? '法定期限' : '报送期限'} ${formatChineseDate(deadline.date)}（${deadline.basis}）`,
      },
    ];
  },
});

/** 成文日期 not in the future (warning). */
export const reportDateFutureCheck = defineCheck({
  id: 'report-date-in-future',
  severity: 'warning',
  spec: '4.2',
  title: '成文日期晚于今天',
  run({ report, today }) {
    const given = reportDateOf(report);
    if (!given?.valid || !isValidIsoDate(today) || given.date <= today) return [];
    const found: Finding = {
      fields,
      section: 'meta',
      message: `成文日期 ${formatChineseDate(given.date)} 晚于今天（${formatChineseDate(today)}）`,
    };
    return [found];
  },
});
