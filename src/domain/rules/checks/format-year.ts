import { formatForYear, formatYearsText, isFormatForYear } from '../../template/lookup';
import { defineCheck } from '../check-context';

/** The format must be the one in force for the report year (2019–2020: 〔2019〕60号; 2021–: 〔2021〕30号). */
export const formatYearCheck = defineCheck({
  id: 'format-year-mismatch',
  severity: 'error',
  spec: '4.2',
  title: '报告格式与年度不符',
  run({ template, report, formats }) {
    const { year } = report.meta;
    if (year === null || isFormatForYear(template, year)) return [];
    const right = formatForYear(formats, year, template.region);
    return [
      {
        fields: ['meta.format', 'meta.year'],
        section: 'meta',
        message: `${year}年度的报告应使用${right.notice.number}格式（${formatYearsText(right)}），当前使用的是${template.notice.number}格式（${formatYearsText(template)}）`,
      },
    ];
  },
});
