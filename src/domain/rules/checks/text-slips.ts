import { memoByText } from '../../format/memo';
import { parseNumberToken } from '../../format/chinese-number';
import { compactSentences, compactText } from '../../format/text';
import { defineCheck, type Finding } from '../check-context';
import { reportTexts } from '../support';

/** Slips a reviewer sees in the text (SPEC §4.5, warnings). */

const YEAR = '(?:(?:19|20)\\d{2}|[〇零一二][〇零一二三四五六七八九]{3})';
/** On compact text (spaces removed): `2020年1月 日` → `2020年1月日`, `2020年 月20日`, `2020年月日`. */
const LOST_DATE = new RegExp(`${YEAR}年(?:\\d{1,2}月日(?!常|益|趋|报|前|后|起)|月\\d{0,2}日)`);

const lostDateIn = memoByText((text) => LOST_DATE.exec(compactText(text)));

/** A date with lost characters: `2020年1月 日`, `2021年 月20日`. */
export const lostDateCheck = defineCheck({
  id: 'date-characters-missing',
  severity: 'warning',
  spec: '4.5',
  title: '正文日期缺字',
  run(ctx) {
    const found: Finding[] = [];
    for (const { section, field, text } of reportTexts(ctx.report)) {
      const lost = lostDateIn(text);
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

const ORDINAL_CHARS = '一二三四五六七八九十';
/**
 * `主要做好以下四个方面工作：`, `存在以下三点不足：`, `采取了如下5项措施：`: a stated count of the
 * items a colon introduces.
 */
const LIST_STATED = new RegExp(
  `(?:以下|如下|下列|下述|主要有|共有|共)([两${ORDINAL_CHARS}]|\\d{1,2})(?:个|大|条|项)?(?:方面|点|项|条|个|问题|不足|措施|举措)[^，。；;：:！？\\n]{0,12}[：:]`,
  'g',
);
/** How the items are numbered: `一是`, `（一）`, `1.`/`1、`, `第一，`; each with its numeral. */
const LIST_MARKERS: readonly RegExp[] = [
  new RegExp(`(?<=^|[：:；;。，,！？\\n])([${ORDINAL_CHARS}])是`, 'g'),
  new RegExp(`[（(]([${ORDINAL_CHARS}])[）)]`, 'g'),
  /(?<=^|[：:；;。！？\n])(\d{1,2})[.、．](?!\d)/g,
  new RegExp(`(?<=^|[：:；;。！？\\n])第([${ORDINAL_CHARS}])[，,、是]`, 'g'),
];
/** The first item must follow the colon at once (a heading's line break at most). */
const LIST_START_GAP = 2;

interface ListCount {
  readonly stated: number;
  readonly statedText: string;
  readonly listed: number;
  readonly markers: readonly string[];
}

/**
 * Stated counts followed by their items, when the items are numbered and the numbering runs
 * 1, 2, 3… from the colon; the run ends at a numeral out of sequence (a new list or the next
 * part). Lists whose items are not numbered are not counted.
 */
export const listCounts: (text: string) => readonly ListCount[] = memoByText(listCountsUncached);

function listCountsUncached(text: string): ListCount[] {
  const compact = compactText(text);
  const out: ListCount[] = [];
  LIST_STATED.lastIndex = 0;
  for (let m = LIST_STATED.exec(compact); m; m = LIST_STATED.exec(compact)) {
    const stated = parseNumberToken(m[1] ?? '');
    if (stated === null || stated < 2) continue;
    const after = m.index + m[0].length;
    let best: { at: number; re: RegExp } | null = null;
    for (const re of LIST_MARKERS) {
      re.lastIndex = after;
      const first = re.exec(compact);
      if (first && first.index - after <= LIST_START_GAP && (!best || first.index < best.at))
        best = { at: first.index, re };
    }
    if (!best) continue;
    const markers: string[] = [];
    best.re.lastIndex = best.at;
    for (let x = best.re.exec(compact); x; x = best.re.exec(compact)) {
      if (parseNumberToken(x[1] ?? '') !== markers.length + 1) break;
      markers.push(x[0].replace(/^[：:；;。，,！？\n]/, ''));
    }
    if (markers.length >= 2)
      out.push({ stated, statedText: m[0], listed: markers.length, markers });
  }
  return out;
}

/** A stated count of items (`以下四个方面`) that the numbered items after it do not match. */
export const listCountCheck = defineCheck({
  id: 'list-count-mismatch',
  severity: 'warning',
  spec: '4.5',
  title: '所说的条数与列出的条数不符',
  run(ctx) {
    const found: Finding[] = [];
    for (const { section, field, text } of reportTexts(ctx.report)) {
      if (!/[：:]/.test(text)) continue;
      const wrong = listCounts(text).find((l) => l.listed !== l.stated);
      if (!wrong) continue;
      found.push({
        target: section,
        fields: [field],
        section,
        message: `文中说“${wrong.statedText.replace(/[：:]$/, '')}”（${wrong.stated} 项），但随后列出的是 ${wrong.markers.join('、')}，共 ${wrong.listed} 项`,
      });
    }
    return found;
  },
});
