import { perText } from '../../format/memo';
import { compactText } from '../../format/text';
import { parseChineseDate } from '../../format/date';
import { defineCheck, type Finding } from '../check-context';
import { textsOf } from '../support';

const DATE = '(\\d{4}年\\d{1,2}月\\d{1,2}日)';
/** The end of a period may leave out the year: `2020年1月1日至12月31日`. */
const END = '((?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)';
/**
 * `统计期限自2020年1月1日起至2020年12月31日止`, `统计期限为2020年1月1日至2020年12月31日`,
 * `涵盖2020年1月1日至12月21日…工作情况`.
 */
const PERIOD = new RegExp(`${DATE}(?:起)?(?:至|到|—|-|～|~)${END}`, 'g');
/** Words before a date range that make it the report's period. */
const PERIOD_CUE = /统计|数据|涵盖|期限|期间/;

/**
 * The date ranges of a text said of 统计/数据/期限 (the 20 characters before them), in order, with the
 * dates they read as: worked out once per text.
 */
const periodsIn = perText((_, analysed) => {
  const compact = compactText(analysed);
  const out: {
    readonly from: string;
    readonly to: string;
    readonly fromIso: string | null;
    readonly toIso: string | null;
  }[] = [];
  for (const m of compact.matchAll(PERIOD)) {
    const context = compact.slice(Math.max(0, (m.index ?? 0) - 20), m.index);
    if (!PERIOD_CUE.test(context)) continue;
    const from = m[1] ?? '';
    const to = m[2] ?? '';
    out.push({
      from,
      to,
      fromIso: parseChineseDate(from),
      // An end without its year is in the start's year.
      toIso: parseChineseDate(to.includes('年') ? to : `${from.slice(0, 5)}${to}`),
    });
  }
  return out;
});

/**
 * A statistics period stated in the text (a date range in a sentence about 统计/数据) must be
 * 1月1日–12月31日 of the report year.
 */
export const statisticsPeriodCheck = defineCheck({
  id: 'statistics-period-mismatch',
  severity: 'warning',
  spec: '4.2',
  title: '统计期限与报告年度不符',
  run(ctx) {
    const year = ctx.report.meta.year;
    if (year === null) return [];
    const found: Finding[] = [];
    for (const text of textsOf(ctx)) {
      const { section, field } = text;
      for (const period of periodsIn(text)) {
        if (period.fromIso === `${year}-01-01` && period.toIso === `${year}-12-31`) continue;
        found.push({
          target: section,
          fields: [field],
          section,
          message: `文中的统计期限为 ${period.from}至${period.to}，${year}年度报告应为 ${year}年1月1日至${year}年12月31日`,
        });
        break;
      }
    }
    return found;
  },
});
