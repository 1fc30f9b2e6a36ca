import { formatChineseDate, isValidIsoDate, reportDeadline } from '../../format/date';
import { agencyKindLabels } from '../../report/types';
import type { CheckContext } from '../evaluate-checks';
import { issue } from '../support';
import type { Issue } from '../types';

const fields = ['meta.reportDate'] as const;

/**
 * 成文日期: a real date; after the reporting year ends (error); by the statutory deadline for
 * the agency kind (warning); not in the future (warning).
 */
export function reportDateChecks({ report, today }: CheckContext): Issue[] {
  const { reportDate, year, agencyKind } = report.meta;
  if (reportDate === null || reportDate === '') return [];
  if (!isValidIsoDate(reportDate)) {
    return [
      issue({
        checkId: 'report-date-invalid',
        severity: 'error',
        fields,
        section: 'meta',
        message: `成文日期「${reportDate}」不是有效日期`,
      }),
    ];
  }
  const issues: Issue[] = [];
  const date = formatChineseDate(reportDate);
  if (year !== null) {
    if (reportDate <= `${year}-12-31`) {
      issues.push(
        issue({
          checkId: 'report-date-before-year-end',
          severity: 'error',
          fields: ['meta.reportDate', 'meta.year'],
          section: 'meta',
          message: `成文日期 ${date} 不晚于 ${year}年12月31日：${year}年度的报告应在该年度结束后成文，请核对日期或年度`,
        }),
      );
    } else {
      const deadline = reportDeadline(agencyKind, year);
      if (reportDate > deadline) {
        issues.push(
          issue({
            checkId: 'report-date-after-deadline',
            severity: 'warning',
            fields: ['meta.reportDate', 'meta.agencyKind'],
            section: 'meta',
            message: `成文日期 ${date} 晚于法定期限 ${formatChineseDate(deadline)}（${agencyKindLabels[agencyKind]}的年度报告）`,
          }),
        );
      }
    }
  }
  if (isValidIsoDate(today) && reportDate > today) {
    issues.push(
      issue({
        checkId: 'report-date-in-future',
        severity: 'warning',
        fields,
        section: 'meta',
        message: `成文日期 ${date} 晚于今天（${formatChineseDate(today)}）`,
      }),
    );
  }
  return issues;
}
