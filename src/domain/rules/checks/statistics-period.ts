import { compactText } from '../../format/text';
import { parseChineseDate } from '../../format/date';
import type { CheckContext } from '../evaluate-checks';
import { issue, reportTexts } from '../support';
import type { Issue } from '../types';

const DATE = '(\\d{4}年\\d{1,2}月\\d{1,2}日)';
/** `统计期限自2020年1月1日起至2020年12月31日止`, `统计期限为2020年1月1日至2020年12月31日`. */
const PERIOD = new RegExp(`${DATE}(?:起)?(?:至|到|—|-|～|~)${DATE}`, 'g');

/**
 * A statistics period stated in the text (a date range in a sentence about 统计/数据) must be
 * 1月1日–12月31日 of the report year.
 */
export function statisticsPeriodChecks({ report }: CheckContext): Issue[] {
  const year = report.meta.year;
  if (year === null) return [];
  const issues: Issue[] = [];
  for (const { section, field, text } of reportTexts(report)) {
    const compact = compactText(text);
    for (const m of compact.matchAll(PERIOD)) {
      const context = compact.slice(Math.max(0, (m.index ?? 0) - 20), m.index);
      if (!/统计|数据/.test(context)) continue;
      const from = parseChineseDate(m[1] ?? '');
      const to = parseChineseDate(m[2] ?? '');
      if (from === `${year}-01-01` && to === `${year}-12-31`) continue;
      issues.push(
        issue({
          checkId: 'statistics-period-mismatch',
          severity: 'warning',
          target: section,
          fields: [field],
          section,
          message: `文中的统计期限为 ${m[1]}至${m[2]}，${year}年度报告应为 ${year}年1月1日至${year}年12月31日`,
        }),
      );
      break;
    }
  }
  return issues;
}
