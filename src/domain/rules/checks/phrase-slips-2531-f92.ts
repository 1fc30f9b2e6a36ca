import type { PhraseSlip, SentenceSlipReader } from './phrase-slips';

/**
 * Since the fixes of stop 62 after the measure of 2531–2575 (fixer f92), sentence slips read by
 * `phrase-garbled` beside its phrases' near misses:
 * - 本 written twice before what it points to (`本本年度报告的电子版可以从…下载`, real: 安源区水利局 2021):
 *   `本本` is no word before 年度 or 报告; no other text of the corpus writes it.
 * - 行政许可 with its 可 lost before the word it qualifies (`其中行政许事项本年新增21项`, real: 会同县林业局
 *   2020): `行政许` is no word; a line ending on it (a table's label broken, 273) is not read.
 * - 强烈 with its 强 lost after what is felt (`群众最关心、社会最敏感、反映烈的热点问题`, real: 本溪市商务局
 *   2020): `反映烈` and `呼声烈` are no words.
 * - a word put inside 自然资源 that the agency's name says after 和 (`我局结合自然规划资源和规划工作`,
 *   real: 温岭市自然资源和规划局 2020): the name is `自然资源和规划`.
 * - the preface's `本报告是根据…` closed by `组成` with no 由 (`本年报是根据县人民政府编制的2020年度…主动
 *   公开政府信息的情况、…其他需要报告的事项组成`, real: 会同县林业局 2020): two sentences run together,
 *   what the report is made under and what it is made of. The corpus's others say `由…组成`.
 * - a work pushed towards `工作标准` ending its sentence (`努力推动政府信息公开工作标准。`, real: 区国资委
 *   2020): a standard is not pushed; `标准化`, `规范化` was cut. The corpus's
 *   others write `工作标准化、规范化水平`.
 * - 主 between the agency speaking as 我 and a year (`我局主2021年度共生成规章…`, real: 浔阳区科技局 2021):
 *   a stray character (主动, 主要 cut) before the date its clause opens with.
 * - 公开 with its 公 lost before a kind of information counted (`一是开概况信息1条`, real: 浔阳区科技局
 *   2021): `开` opening a list's item or a clause is no verb of publishing.
 * - a basis (`按照…`) said again after 和 in its own sentence (`按照信息公开范围,对…落实情况和按照信息公开范围,
 *   根据…`, real: 卢氏县住房和城乡建设局 2021): two wordings of one clause run together.
 * - a count run into the next clause, its verb taking the agency's own as object with no mark between
 *   (`通知公告13条,部门会议17条动态更新我局权责清单和政务服务事项`, real: 朝阳市商务局 2021): a count and
 *   its unit end their item; a verb on `我局…`, `本…` right after opens another sentence.
 */
// Each tried only where its rare literal is (issue 17), or its count and unit; the long ones open with it
// and look behind.
const THIS_TWICE = /本本(年度?|报告|年报)/;
const LICENSING_CUT = /行政许(?!可)(?=[\u4e00-\u9fff])/;
const STRONG_LOST = /(反映|呼声)烈/;
const INSIDE_NATURAL_RESOURCES = /自然([\u4e00-\u9fff]{2})资源和\1/;
const MADE_UNDER_AND_OF = /(?:报告|年报)(?:是|系)(?:根据|依据|按照)[^。由]{4,240}?组成/;
const STANDARD_CUT = /工作标准(?=[。；;]|$)(?<=(?:推动|推进|促进)[^，,。；;]{0,20}工作标准)/;
const MAIN_BEFORE_YEAR = /主(?<=我[局委办会处院]主)(?=(?:19|20)\d{2}年)/;
const PUBLISH_CUT = /开(?<=(?:[是、；;：:]|^)开)(?=[\u4e00-\u9fff]{2,6}信息\d)/;
const COUNT_RUN_INTO_CLAUSE =
  /[我本](?<=(\d{1,6}[条件篇项个])([\u4e00-\u9fff]{0,2}(?:更新|公开|发布|完善|调整|编制|梳理))[我本])/;
const BASIS_TWICE = /((?:按照|根据|依据)[\u4e00-\u9fff]{4,12})[，,][^。]{1,80}?和\1[，,]/;

function thisTwiceIn(text: string): PhraseSlip | null {
  const m = text.includes('本本') ? THIS_TWICE.exec(text) : null;
  if (!m) return null;
  const next = m[1] ?? '';
  return { text: `本本${next}`, phrase: `本${next}`, kind: 'doubled' };
}
function licensingCutIn(text: string): PhraseSlip | null {
  const m = text.includes('行政许') ? LICENSING_CUT.exec(text) : null;
  if (!m) return null;
  const next = text.slice(m.index + 3, m.index + 5);
  return { text: `行政许${next}`, phrase: `行政许可${next}`, kind: 'lost' };
}
function strongLostIn(text: string): PhraseSlip | null {
  const m = text.includes('烈') ? STRONG_LOST.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `${m[1] ?? ''}强烈`, kind: 'lost' };
}
function insideNaturalResourcesIn(text: string): PhraseSlip | null {
  const m = text.includes('自然') ? INSIDE_NATURAL_RESOURCES.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `自然资源和${m[1] ?? ''}`, kind: 'added' };
}
function madeUnderAndOfIn(text: string): PhraseSlip | null {
  const m = text.includes('组成') ? MADE_UNDER_AND_OF.exec(text) : null;
  if (!m) return null;
  const basisAt = m[0].indexOf('根');
  const opening = m[0].slice(0, basisAt >= 0 ? basisAt + 2 : 6);
  return {
    text: `${opening}…组成`,
    phrase: '本报告根据…编制，由…组成',
    kind: 'worded',
  };
}
function standardCutIn(text: string): PhraseSlip | null {
  const m = text.includes('工作标准') ? STANDARD_CUT.exec(text) : null;
  if (!m) return null;
  return { text: '工作标准', phrase: '工作标准化、规范化', kind: 'lost' };
}
function mainBeforeYearIn(text: string): PhraseSlip | null {
  const m = text.includes('主') ? MAIN_BEFORE_YEAR.exec(text) : null;
  if (!m) return null;
  const said = text.slice(m.index - 2, m.index + 5);
  return { text: said, phrase: `${said.slice(0, 2)}${said.slice(3)}`, kind: 'added' };
}
function publishCutIn(text: string): PhraseSlip | null {
  const m = text.includes('开') ? PUBLISH_CUT.exec(text) : null;
  if (!m) return null;
  const said = /^开[\u4e00-\u9fff]{2,6}信息/.exec(text.slice(m.index))?.[0] ?? '开';
  return { text: said, phrase: `公${said}`, kind: 'lost' };
}
function basisTwiceIn(text: string): PhraseSlip | null {
  const m =
    text.includes('和按照') || text.includes('和根据') || text.includes('和依据')
      ? BASIS_TWICE.exec(text)
      : null;
  if (!m) return null;
  const basis = m[1] ?? '';
  return { text: `${basis}…和${basis}`, phrase: basis, kind: 'doubled' };
}
/** What every `COUNT_RUN_INTO_CLAUSE` holds: a count and its unit (its look-behind asks for one). */
const COUNT_AND_UNIT = /\d[条件篇项个]/;
function countRunIntoClauseIn(text: string): PhraseSlip | null {
  const m = COUNT_AND_UNIT.test(text) ? COUNT_RUN_INTO_CLAUSE.exec(text) : null;
  if (!m) return null;
  const [, count = '', verb = ''] = m;
  const object = text.slice(m.index, m.index + 2);
  return { text: `${count}${verb}${object}`, phrase: `${count}，${verb}${object}`, kind: 'lost' };
}

/** The sentence slips read since the measure of 2531–2575 (fixer f92). */
export const SENTENCE_SLIPS_2531_F92: readonly SentenceSlipReader[] = [
  thisTwiceIn,
  licensingCutIn,
  strongLostIn,
  insideNaturalResourcesIn,
  madeUnderAndOfIn,
  standardCutIn,
  mainBeforeYearIn,
  publishCutIn,
  basisTwiceIn,
  countRunIntoClauseIn,
];

/**
 * The anchors of the readers above (format/anchors.ts, issue 17 stop 64): for each, characters one
 * of which a line must hold for it to find anything, the rarest in the corpus's lines of those its
 * first test or its expression asks for (`mainBeforeYearIn` tests 主, its expression asks for 我
 * before it: 我, in 9 % of the lines, not 主, in 20 %; `basisTwiceIn`'s `和按照`, `和根据` or `和依据`:
 * 照 or 据). `scan` calls a reader only on a line holding one (phrase-slips.ts,
 * `SENTENCE_SLIP_ANCHORS`); anchors.test.ts holds each to them.
 */
export const SENTENCE_SLIP_ANCHORS_2531_F92: ReadonlyMap<SentenceSlipReader, string> = new Map([
  [thisTwiceIn, '本'],
  [licensingCutIn, '许'],
  [strongLostIn, '烈'],
  [insideNaturalResourcesIn, '然'],
  [madeUnderAndOfIn, '组'],
  [standardCutIn, '标'],
  [mainBeforeYearIn, '我'],
  [publishCutIn, '息'],
  [basisTwiceIn, '照据'],
  [countRunIntoClauseIn, '我本'],
]);
