import { perText } from '../../format/memo';
import { compactSentences, compactText } from '../../format/text';
import { defineCheck, type Finding } from '../check-context';
import { textsOf, type ReportText } from '../support';

/**
 * A report of one level whose counts are another level's (SPEC §4.5: the agency the text speaks
 * for): a county government's or its office's report whose 主动公开, 依申请 and 复议诉讼 paragraphs each say
 * `寻召乡主动公开政务信息数545条`, `寻召乡没有收到…申请`, `寻召乡没有发生…行政复议、诉讼` (real: 平乡县人民
 * 政府办公室 2024), a township's report copied into the office's; or the reverse, a township's
 * report whose counts are a county's or district's. A county report naming its townships as
 * objects (`指导寻召乡…`, `各乡镇`) or a township naming itself is not said.
 */

/** A unit of the township level: `寻召乡`, `两英镇人民政府`, `云林街道`, `扎格斯台苏木`. */
const TOWNSHIP_END =
  /(?:乡|镇|街道|苏木)(?:人民政府|政府)?(?:办事处)?(?:党政)?(?:办公室|综合办公室|办)?$/;
/** A unit above it by its place: `平乡县…`, `海口市…`, `正蓝旗…`, `西咸新区…`. */
const COUNTY_PLACE = /[县市区旗州盟省]/;
/**
 * A government or its office (`平乡县人民政府办公室`, `某区政府`), whose townships report in the
 * same form: a department reports on its own field and may name a 街道 it worked with.
 */
const GOVERNMENT_END = /(?:人民政府|政府|办公室|办公厅|政府办|管委会|管理委员会)$/;

/** Clause openings: a unit right after them is the clause's subject. */
const OPENING = '(?:^|[，,。；;：:]|\\d{4}年度?[，,]?|全年[，,]?)';
/** What a count's subject does: `主动公开…545条`, `没有收到`, `未发生`, `共受理`. */
const COUNTING =
  '(?:全年|本年度?|今年|年内|累计|依法)?(?:共|累计)?(?:主动公开|公开|发布|收到|受理|办理|没有|未|发生|新增|制作)';
const TOWNSHIP_SUBJECT = new RegExp(
  `${OPENING}([\\u4e00-\\u9fff]{2,10}?(?:乡|镇|街道|苏木))(?:人民政府|政府|办事处)?${COUNTING}`,
  'g',
);
const COUNTY_SUBJECT = new RegExp(
  `${OPENING}([\\u4e00-\\u9fff]{1,10}?(?:县|市|区|旗))(?:人民政府|政府)?(?:办公室)?${COUNTING}`,
  'g',
);
/** Not a unit's own name: `各乡镇`, `全镇`, `我乡`, `度苏木` (of `2023年度苏木`), `片区`, `社区`. */
const NOT_A_NAME = /^(?:各|全|我|本|该|每|辖|其|所|中|度|乡镇|县乡|市县)|乡镇$/;
const NOT_A_PLACE = /(?:片|园|景|社|辖|城|小|矿|街|林|牧|山|库|范|开发|试验|功能)区$/;

/** The agency's name at the start of a sentence (`2024年,平乡县人民政府办公室认真落实…`). */
const OWN_OPENING =
  /^(?:\d{4}年度?[，,]?)?([\u4e00-\u9fff]{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|办公室|局|委员会|街道办事处|街道|镇|乡|苏木))(?:认真|坚持|深入|始终|严格|全面|紧紧|高度|按照|根据|围绕|继续|进一步|积极|不断|扎实|切实|聚焦|以)/;

/** The report's own agency: its title's, or the one the preface or overview opens with. */
export function ownAgency(name: string, texts: readonly ReportText[]): string {
  if (name.trim() !== '') return name.replace(/\s+/g, '');
  for (const text of texts) {
    if (text.section !== 'meta' && text.section !== 'overview') continue;
    for (const sentence of compactSentences(text).slice(0, 3)) {
      const m = OWN_OPENING.exec(sentence);
      if (m) return m[1] ?? '';
    }
  }
  return '';
}

type Level = 'township' | 'county';

function levelOf(name: string): Level | null {
  if (TOWNSHIP_END.test(name)) return 'township';
  return COUNTY_PLACE.test(name) && GOVERNMENT_END.test(name) ? 'county' : null;
}

/** The unit's name without the words after its place (`寻召乡人民政府` → `寻召乡`). */
const stem = (unit: string): string => unit.replace(/(?:人民政府|政府|办事处|办公室)+$/, '');

/** Sentences in which one unit counts, at least this many: one may be a passing example. */
const MIN_SENTENCES = 2;

/**
 * Since a fix of stop 36 after the measure of 839–868: a county's (旗's) report counting work of a
 * level above it as its own (real: 昌图县人民政府办公室 2024, `全年办理市本级依申请公开事项14件`): a county
 * office handles its county's requests, 市本级 is the city's. Only a count after a verb of the
 * work (`办理`, `收到`, `受理`, `公开`), in the same clause; a city's 本级 named as the scope of a
 * budget (`市本级政府预算`, real: 平顶山市 2021) is said in a city's own report. A county-level
 * city (`永安市`) names its own 市本级, so only a name ending in 县 or 旗 is read.
 */
const ABOVE_OWN_LEVEL =
  /(?:办理|收到|受理|答复|主动公开|公开|发布)[^，,。；;\d]{0,4}?[省市州盟]本级[^，,。；;\d]{0,16}?\d+(?:件|条|个|份|项)/;
/** A county's or a 旗's agency: the last place word of its name. */
const COUNTY_OWN = /[县旗][^县旗市区省州盟]*$/;

/**
 * Since a fix of stop 62 after the measure of 2531–2575: a bureau's report whose overview opens a
 * sentence with the bureau's own office as the one doing the year's work (`2021年,安源区水利局办公室坚持以
 * 习近平新时代中国特色社会主义思想为指导…`, real: 安源区水利局 2021): the office compiles the report, the
 * bureau is its subject. Only the agency's own name with 办公室 after it opening the sentence, before a
 * verb or adverb of the work; the office named as the compiler or the contact (`由安源区水利局办公室
 * …编制`, `请与…办公室联系`) opens no sentence so.
 */
const OFFICE_OPENING =
  /^(?:\d{4}年度?[，,]?)?([\u4e00-\u9fff]{2,30}?(?:局|委员会|委))办公室(?:坚持|认真|严格|按照|根据|高度|深入|始终|全面|紧紧|围绕|积极|不断|扎实|切实|以)/;
const officeOpeningIn = perText({ anyOf: '室', otherwise: null }, (_, analysed) => {
  for (const sentence of compactSentences(analysed)) {
    const m = OFFICE_OPENING.exec(sentence);
    if (m) return { body: m[1] ?? '', sentence };
  }
  return null;
});
function ownOfficeAsSubject(agency: string, texts: readonly ReportText[]): Finding[] {
  if (!/(?:局|委员会|委)$/.test(agency)) return [];
  for (const text of texts) {
    if (text.section !== 'overview') continue;
    const found = officeOpeningIn(text);
    if (found === null || found.body !== agency) continue;
    const quoted = found.sentence.length > 30 ? `${found.sentence.slice(0, 30)}…` : found.sentence;
    return [
      {
        target: text.section,
        fields: [text.field],
        section: text.section,
        message: `这是“${agency}”的报告，总体情况却以“${agency}办公室”为主语（“${quoted}”）：办公室是本机关的内设机构，年度报告的主语应是本机关“${agency}”，请改正`,
      },
    ];
  }
  return [];
}

export const otherUnitSubjectCheck = defineCheck({
  id: 'other-unit-subject',
  severity: 'warning',
  spec: '4.5',
  title: '正文的数量是另一级机关的',
  run(ctx) {
    const texts = textsOf(ctx);
    const own = ownAgency(ctx.report.meta.agencyName, texts);
    const office = ownOfficeAsSubject(own, texts);
    if (office.length > 0) return office;
    const level = own === '' ? null : levelOf(own);
    if (level === null) return [];
    if (level === 'county' && COUNTY_OWN.test(own))
      for (const text of texts) {
        const above = ABOVE_OWN_LEVEL.exec(compactText(text));
        if (above)
          return [
            {
              target: text.section,
              fields: [text.field],
              section: text.section,
              message: `这是“${own}”的报告，正文却写“${above[0]}”：县级机关办理的是本县的事项，“${/[省市州盟]本级/.exec(above[0])?.[0] ?? ''}”是另一级机关的，请核对机关和数字`,
            },
          ];
      }
    const subject = level === 'county' ? TOWNSHIP_SUBJECT : COUNTY_SUBJECT;
    const seen = new Map<string, { sentences: string[]; text: ReportText }>();
    for (const text of texts)
      for (const sentence of compactSentences(text)) {
        const units = new Set<string>();
        for (const m of sentence.matchAll(subject)) {
          const unit = stem(m[1] ?? '');
          if (NOT_A_NAME.test(unit) || (level === 'township' && NOT_A_PLACE.test(unit))) continue;
          // The report's own place (a county office naming its county); a township's name
          // includes its county's (`莲湖区西关街道办事处`), which is still another unit.
          if (unit.includes(stem(own)) || (level === 'county' && own.includes(unit))) continue;
          units.add(unit);
        }
        for (const unit of units) {
          const entry = seen.get(unit) ?? { sentences: [], text };
          entry.sentences.push(sentence);
          seen.set(unit, entry);
        }
      }
    const found: Finding[] = [];
    for (const [unit, { sentences, text }] of seen) {
      if (sentences.length < MIN_SENTENCES) continue;
      const quoted = sentences
        .slice(0, 3)
        .map((s) => `“${s.length > 24 ? `${s.slice(0, 24)}…` : s}”`)
        .join('');
      const kinds = level === 'county' ? '乡镇（街道）' : '县（市、区）';
      found.push({
        target: text.section,
        fields: [text.field],
        section: text.section,
        message: `这是“${own}”的报告，正文却有 ${sentences.length} 句以另一级机关“${unit}”为主语说数量（${quoted}）：是否照抄了${kinds}的报告？请核对这些段落的机关和数字`,
      });
    }
    return found;
  },
});
