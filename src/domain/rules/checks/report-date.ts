import { deadlineOf, formatChineseDate, isValidIsoDate } from '../../format/date';
import type { Report } from '../../report/types';
import { defineCheck, type CheckContext, type Finding } from '../check-context';
import { ownDepartmentName } from './agency-kind';

const fields = ['meta.reportDate'] as const;

/** The report date when given, and whether it is a real date. */
function reportDateOf(report: Report): { date: string; valid: boolean } | null {
  const { reportDate } = report.meta;
  if (reportDate === null || reportDate === '') return null;
  return { date: reportDate, valid: isValidIsoDate(reportDate) };
}

/**
 * The agency a deadline is judged by: the report's, or with no name given, the department its text
 * names as the subject of its year's work (`ownDepartmentName`; real: 县行政审批服务局 2020 of 2616, untitled,
 * `2020年,县行政审批服务局紧紧围绕…`), whose deadline is the departments'.
 */
function agencyJudged(ctx: CheckContext): Report['meta'] {
  const { meta } = ctx.report;
  if (meta.agencyName.trim() !== '') return meta;
  const department = ownDepartmentName(ctx);
  return department === null ? meta : { ...meta, agencyKind: 'department', agencyName: department };
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

/**
 * 成文日期 by the statutory deadline for the agency kind (warning); when it is, the date the page
 * says it was published (`source.published`, an import's): 条例 第四十九条 asks the report
 * 向社会公布 by the deadline, so a report signed in time but put out months later is late all the
 * same (real: 沙德格苏木 2021, 成文日期 2022-01-08, 发布日期 2022-09-06). One warning: a report signed
 * late is said late once, by its 成文日期.
 */
export const reportDateDeadlineCheck = defineCheck({
  id: 'report-date-after-deadline',
  severity: 'warning',
  spec: '4.2',
  title: '成文日期晚于法定期限',
  run(ctx) {
    const { report } = ctx;
    const { year } = report.meta;
    if (year === null) return [];
    const deadline = deadlineOf(agencyJudged(ctx), year);
    const published = report.source?.published;
    // Since a fix of stop 35 after the measure of 719–748: a page reposting the report (its
    // publisher a town's not the report's agency, `发布机构:侯贯镇` over 河北省发展和改革委员会's 2021
    // report): its date is the repost's, neither when the report was signed nor when it was first
    // made public; a date of the report's own (its signature's) is judged still.
    const reposted = report.source?.repostedBy !== undefined;
    const own = reportDateOf(report);
    const given = reposted && own?.date === published ? null : own;
    const kind = deadline.statutory ? '法定期限' : '报送期限';
    if (given?.valid && given.date > `${year}-12-31` && given.date > deadline.date)
      return [
        {
          fields: ['meta.reportDate', 'meta.agencyKind'],
          section: 'meta',
          message: `成文日期 ${formatChineseDate(given.date)} 晚于${kind} ${formatChineseDate(deadline.date)}（${deadline.basis}）`,
        },
      ];
    if (
      reposted ||
      published === undefined ||
      !isValidIsoDate(published) ||
      published <= `${year}-12-31` ||
      published <= deadline.date
    )
      return [];
    const signed =
      given?.valid && given.date > `${year}-12-31`
        ? `；成文日期 ${formatChineseDate(given.date)} 在期限内`
        : '';
    return [
      {
        fields: ['meta.agencyKind'],
        section: 'meta',
        message: `报告于 ${formatChineseDate(published)} 向社会公布（页面所示发布日期），晚于${kind} ${formatChineseDate(deadline.date)}（${deadline.basis}）：${deadline.statutory ? '条例第四十九条要求年度报告在期限前向社会公布' : '年度报告通常也应在此前向社会公布'}${signed}`,
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
