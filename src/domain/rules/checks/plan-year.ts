import { maskedSentences } from '../../format/text';
import { defineCheck, type Finding } from '../check-context';

/**
 * Next year's plan dated with the report year (SPEC §4.4 wrong year in the text; real: 平潭
 * 财政金融局 2021, `（二）改进措施。2021年，我局将坚持…`, the sentence copied from the 2020 report):
 * in section 五, a sentence that opens with the report year and says what will be done (`将`).
 */
const PLAN =
  /^(?:[（(][一二三四五六七八九十][)）])?(?:改进措施[。：:，,]?)?((?:19|20)\d{2})年[，,]?[^，。；]{0,12}将/;

export const planYearCheck = defineCheck({
  id: 'plan-year-is-report-year',
  severity: 'warning',
  spec: '4.4',
  title: '改进计划写的是本年度',
  run(ctx) {
    const year = ctx.report.meta.year;
    const text = ctx.report.narrative.problems ?? '';
    if (year === null || text.trim() === '') return [];
    const found: Finding[] = [];
    for (const sentence of maskedSentences(text)) {
      const m = PLAN.exec(sentence);
      if (!m || Number(m[1]) !== year) continue;
      found.push({
        target: 'problems',
        fields: ['narrative.problems'],
        section: 'problems',
        message: `第五部分的改进计划写的是“${m[0]}”：${year}年度的报告，计划应是 ${year + 1} 年的（是否照搬了上一年的报告？）`,
      });
      break;
    }
    return found;
  },
});
