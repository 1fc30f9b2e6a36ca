import type { AnchoredSentenceSlips, PhraseSlip } from './phrase-slips';

/**
 * Since the fixes of stop 68 after the measure of 2801–2845 (fixer f116), sentence slips read by
 * `phrase-garbled` beside its phrases' near misses. Each shape was looked for in the whole corpus
 * (about 2,840 texts) and found only where its gatherer wrote the slip down.
 */

/**
 * The preface's report said to be made under its basis, with the verb lost, run straight into the
 * next sentence on its data (`报告根据《…条例》《…通知》要求,本报告中所列数据的统计期限自…`, real:
 * 黄龙县自然资源局 2023): the report is the subject of a clause with no verb (编制), and the next
 * clause opens on the report again. The corpus's others write the verb (`…要求编制`, `…要求,由…编
 * 制`) before the data; a basis clause without the report before it (`根据《条例》要求,本年度报告中
 * 所列数据…`, 1057 钦州市 2024) is a sentence of its own, not read. The basis's titles may hold any
 * word (the notice's `…年度报告编制工作的通知》`); the words outside them hold no verb.
 */
const BASIS_WITHOUT_VERB =
  /(?<![\u4e00-\u9fff])((?:本|该)?(?:年度)?(?:报告|年报))(?:是|系)?(根据|依据|按照|依照|遵照)((?:《[^《》\n]{2,80}》|[^《》。；;，,\n]){2,300}?)(要求|规定|精神)[,，](?=(?:本|该)?(?:年度)?(?:报告|年报)中?所列数据)/;
/** A verb outside the basis's titles (`…要求编制` read as whole). */
const VERB_IN_BASIS = /编|制|写|由|形成|汇总|发布/;
const TITLE = /《[^《》\n]*》/g;

function basisWithoutVerbIn(text: string): PhraseSlip | null {
  const m = text.includes('所列') ? BASIS_WITHOUT_VERB.exec(text) : null;
  if (!m) return null;
  const [said, report = '', by = '', basis = '', what = ''] = m;
  if (VERB_IN_BASIS.test(basis.replace(TITLE, ''))) return null;
  const shown = `${report}${by}${basis.length > 12 ? '…' : basis}${what}`;
  return { text: `${shown}${said.slice(-1)}`, phrase: `${shown}编制。`, kind: 'verb' };
}

/**
 * A place's name cut to one character before `的发展` at the start of a clause (`改善了机关作风,为
 * 安的发展营造良好的环境`, real: 东乡县交通运输局 2021, 东乡 cut): a clause opening on 为 takes the
 * place whole (`为全县的发展`, `为东乡的发展`). The corpus's other `为X的发展` have a word before 为
 * (`以人民为中心的发展思想`); a one-character word (`为民`, `为党`) is not read.
 */
const PLACE_CUT_BEFORE_DEVELOPMENT = /(?<=^|[，,；;。：:])为([\u4e00-\u9fff])的发展/;
const ONE_CHARACTER_WORDS = new Set(['民', '党', '国', '人', '我', '其', '此', '之']);

function placeCutBeforeDevelopmentIn(text: string): PhraseSlip | null {
  const m = text.includes('的发展') ? PLACE_CUT_BEFORE_DEVELOPMENT.exec(text) : null;
  if (!m || ONE_CHARACTER_WORDS.has(m[1] ?? '')) return null;
  return { text: m[0], phrase: `为（地名全称）的发展`, kind: 'lost' };
}

/**
 * A clause closing on `作为…来抓` run into the next one, the stop lost between them (`把政府信息公开
 * 作为…一项重要的工作来抓同时根据县政府的有关要求,…`, real: 东乡县交通运输局 2021): `来抓` (or `来落实`)
 * closes `作为…`, and a word opening a clause (同时, 根据…) follows it. The corpus's others put a stop
 * there (`…作为一项重要工作来抓。成立…`) or go on with the verb's own words (`来抓落实`, `来抓紧、抓实`).
 */
const CLAUSE_RUN_INTO_NEXT =
  /作为[^。；;，,\n]{2,40}?来(抓|落实)(同时|此外|另外|并且|根据|按照|依据|结合)/;

function clauseRunIntoNextIn(text: string): PhraseSlip | null {
  const m = text.includes('来') ? CLAUSE_RUN_INTO_NEXT.exec(text) : null;
  if (!m) return null;
  const [, verb = '', next = ''] = m;
  return { text: `来${verb}${next}`, phrase: `来${verb}。${next}`, kind: 'lost' };
}

/**
 * The person named for a task with its verb lost (`明确专人信息公开材料收集`, real: 开平市水口镇 2022,
 * as 长白县马鹿沟镇 2023): 专人 (a designated person) takes a verb of the task (`明确专人负责…`, the
 * corpus's some 300 others: `负责`, `具体`, `做好`, `专职`, `对…`), not the task's noun straight after it.
 */
const DUTY_VERB_LOST =
  /(明确|指定|安排|确定|落实|配备)了?(?:专门)?专人(?=信息|政府|政务|公开|材料|网站|文件|数据)/;

function dutyVerbLostIn(text: string): PhraseSlip | null {
  const m = text.includes('专人') ? DUTY_VERB_LOST.exec(text) : null;
  if (!m) return null;
  const next = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
  return { text: `${m[0]}${next}`, phrase: `${m[0]}负责${next}`, kind: 'lost' };
}

/**
 * The sentence slips read since the measure of 2801–2845 (fixer f116), each with its anchors: the
 * characters its first test asks for, one of which a line must hold to be read (format/anchors.ts).
 */
export const SENTENCE_SLIPS_2801_F116: AnchoredSentenceSlips = [
  [basisWithoutVerbIn, '列'],
  [placeCutBeforeDevelopmentIn, '展'],
  [clauseRunIntoNextIn, '来'],
  [dutyVerbLostIn, '专'],
];

/**
 * Since a fix of stop 68 after the measure of 2801–2845 (fixer f116): where the report can be read,
 * its line ending on the site's column, the next line giving its address in brackets and then the
 * verb (`本报告的电子版可在“湖州市吴兴区人民政府”门户网站湖东街道政府信息公开专栏` / `(http://www.
 * wuxing.gov.cn/…)下载。`, real: 湖东街道 2024): the sentence is whole across the break. The lines are
 * read one by one, so a slip read at a line's end is taken back here on the whole text.
 */
const ADDRESS_THEN_VERB = /^\n[(（][^()（）\n]{4,200}[)）](?:下载|查阅|查看|浏览|获取|查询)/;

/** Whether `said` (a slip's text) ends a line of `text` whose next line gives its verb. */
export function verbOnNextLine(text: string, said: string): boolean {
  for (let at = text.indexOf(said); at >= 0; at = text.indexOf(said, at + 1)) {
    if (ADDRESS_THEN_VERB.test(text.slice(at + said.length, at + said.length + 240))) return true;
  }
  return false;
}
