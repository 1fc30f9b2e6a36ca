import { compactText } from '../../format/text';
import { parseChineseDate } from '../../format/date';
import { defineCheck, type Finding } from '../check-context';
import { reportTexts } from '../support';

const DATE = '(\\d{4}年\\d{1,2}月\\d{1,2}日)';
/** `统计期限自2020年1月1日起至2020年12月31日止`, `统计期限为2020年1月1日至2020年12月31日`. */
const PERIOD = new RegExp(`${DATE}(?:起)?(?:至|到|—|-|～|~)${DATE}`, 'g');

/**
 * A statistics period stated in the text (a date range in a sentence about 统计/数据) must be
 * 1月1日–12月31日 of the report year.
 */
export const statisticsPeriodCheck = defineCheck({
  id: 'statistics-period-mismatch',
  severity: 'warning',
  spec: '4.2',
  title: '统计期限与报告年度不符',
  run({ report }) {
    const year = report.meta.year;
    if (year === null) return [];
    const found: Finding[] = [];
    for (const { section, field, text } of reportTexts(report)) {
      const compact = compactText(text);
      for (const m of compact.matchAll(PERIOD)) {
        const context = compact.slice(Math.max(0, (m.index ?? 0) - 20), m.index);
        if (!/统计|数据/.test(context)) continue;
        const from = parseChineseDate(m[1] ?? '');
        const to = parseChineseDate(m[2] ?? '');
        if (from === `${year}-01-01` && to === `${year}-12-31`) continue;
        found.push({
          target: section,
          fields: [field],
          section,
          message: `文中的统计期限为 ${m[1]}至${m[2]}，${year}年度报告应为 ${year}年1月1日至${year}年12月31日`,
        });
        break;
      }
    }
    return found;
  },
});
