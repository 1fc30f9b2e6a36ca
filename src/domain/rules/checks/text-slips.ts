import { parseNumberToken } from '../../format/chinese-number';
import { compactSentences, compactText } from '../../format/text';
import { defineCheck, type Finding } from '../check-context';
import { reportTexts } from '../support';

/** Slips a reviewer sees in the text (SPEC §4.5, warnings). */

const YEAR = '(?:(?:19|20)\\d{2}|[〇零一二][〇零一二三四五六七八九]{3})';
/** On compact text (spaces removed): `2020年1月 日` → `2020年1月日`, `2020年 月20日`, `2020年月日`. */
const LOST_DATE = new RegExp(`${YEAR}年(?:\\d{1,2}月日(?!常|益|趋|报|前|后|起)|月\\d{0,2}日)`);

/** A date with lost characters: `2020年1月 日`, `2021年 月20日`. */
export const lostDateCheck = defineCheck({
  id: 'date-characters-missing',
  severity: 'warning',
  spec: '4.5',
  title: '正文日期缺字',
  run(ctx) {
    const found: Finding[] = [];
    for (const { section, field, text } of reportTexts(ctx.report)) {
      const lost = LOST_DATE.exec(compactText(text));
      if (!lost) continue;
      found.push({
        target: section,
        fields: [field],
        section,
        message: `文中的日期“${lost[0]}”缺字，请补全年、月、日`,
      });
    }
    return found;
  },
});

/**
 * `包括总体情况、…和其他需要报告的事项等六个部分`, `共七部分`. Only the stated number is
 * compared (with the format's sections): the listed items themselves contain `、` and `及`.
 */
const PARTS =
  /(?:包括|包含|分为|由)[^。；]{4,200}?(?:等|共)([一二三四五六七八九十\d]{1,2})(?:个)?部分/;

/** The report says it has a number of parts other than the format's six. */
export const partCountCheck = defineCheck({
  id: 'part-count-mismatch',
  severity: 'warning',
  spec: '4.5',
  title: '正文所说的部分数与格式不符',
  run(ctx) {
    const count = ctx.template.sections.length;
    const names = ctx.template.sections.map((x) => x.heading.replace(/^[一二三四五六]、/, ''));
    const found: Finding[] = [];
    for (const { section, field, text } of reportTexts(ctx.report)) {
      if (!compactText(text).includes('部分')) continue;
      for (const sentence of compactSentences(text)) {
        const m = PARTS.exec(sentence);
        const stated = m ? parseNumberToken(m[1] ?? '') : null;
        if (stated === null || stated === count || !/报告/.test(sentence)) continue;
        found.push({
          target: section,
          fields: [field],
          section,
          message: `文中说报告包括“${m?.[1] ?? ''}个部分”，但年度报告格式规定为 ${count} 个部分：${names.join('、')}`,
        });
        break;
      }
    }
    return found;
  },
});

const TRIVIAL_PROBLEMS = /^(?:无|暂无|没有|无问题|暂无问题)[。.]?$/;

/** Section 五 left as a bare `无`. */
export const problemsTrivialCheck = defineCheck({
  id: 'problems-trivial',
  severity: 'warning',
  spec: '4.5',
  title: '存在的主要问题只写了“无”',
  run({ report }) {
    const problems = compactText(report.narrative.problems ?? '').trim();
    if (!TRIVIAL_PROBLEMS.test(problems)) return [];
    return [
      {
        fields: ['narrative.problems'],
        section: 'problems',
        message: `「五、存在的主要问题及改进情况」只写了“${problems}”：应写明存在的主要问题、上一年度问题的改进情况和下一年度的改进措施`,
      },
    ];
  },
});

/** Words that say which level the figures cover. */
const SCOPE = /本级|全(?:市|区|县|省|州|盟|旗|镇|乡|街道)|各(?:县|区|市|乡|镇|街道|部门|单位)|汇总/;

/** A government's report that never says whether its figures are 本级 or the whole region. */
export const governmentScopeCheck = defineCheck({
  id: 'government-scope-missing',
  severity: 'warning',
  spec: '4.5',
  title: '人民政府报告未说明是本级还是全辖区数据',
  run({ report }) {
    if (report.meta.agencyKind !== 'government') return [];
    const texts = reportTexts(report);
    if (texts.length === 0 || texts.some((t) => SCOPE.test(compactText(t.text)))) return [];
    return [
      {
        fields: ['narrative.overview', 'meta.agencyKind'],
        section: 'overview',
        message:
          '人民政府的年度报告应说明所列数据是本级政府的，还是全辖区（含所属部门、下级政府）汇总的',
      },
    ];
  },
});
