import type { AnchoredSentenceSlips, PhraseSlip } from './phrase-slips';

/**
 * Since the fixes of stop 64 after the measure of 2621–2665 (fixer f100), sentence slips read by
 * `phrase-garbled` beside its phrases' near misses. Each shape was looked for in the whole corpus
 * (about 2,650 texts) and found only where its gatherer wrote the slip down:
 * - 门户 miswritten 门口 before 网站 (`提请市大数据中心构建市信访局门口网站`, real: 乌海市信访局 2022): a
 *   site has a portal, not a doorway.
 * - 股室 miswritten 股门 in a list of the agency's units (`机关各股门、各下属单位负责人为成员`, real:
 *   五通桥区文体旅游局 2020): 部门 crossed with 股室; 股门 is no word.
 * - 医保 cut to 医 after 的 or a verb of doing, before 服务 or 工作 (`便捷的医服务`, `结合医工作实际`,
 *   real: fixture 2633, a 医保 body's 2019 report whose text names no body): 医 alone is no noun (`中医服务`, `就医服务` are words of their own).
 * - 政府 lost after a Party committee named with its level, the level then written alone
 *   (`及省委省政府、市委市关于政府信息公开工作的相关规定`, real: fixture 2633, 2019): `市委市` is
 *   followed by 政府 or another body, never by 关于 or a mark.
 * - 工作能力 (业务能力…) cut to 能 before a mark (`提升政务公开标准化规范化水平和工作能,加大公开力度`,
 *   real: 公主岭市扶贫开发服务中心 2020): a capacity ends in 力.
 * - 收官 miswritten 收关 (`2020年是打赢脱贫攻坚战的收关之年`, real: 公主岭市扶贫开发服务中心 2020): the
 *   sound-alike is no word.
 * - 根据 cut to 据 opening a sentence before a cited title (`做到及时解读回应。据《中华人民共和国政府信息
 *   公开条例》要求`, real: 三亚市扶贫工作办公室 2020): a paragraph so opened is `text-opening-lost`'s;
 *   the same cut after a stop inside a paragraph is read here.
 * - 公开 lost after 依申请 before what a request leads to (`没有发生政府信息依申请情况`, `政府信息依申请
 *   行政复议案`, real: 普宁市公安局 2020): 依申请 alone qualifies a disclosure, not a 情况 or a review.
 * - a sentence telling where the report is, with no verb (`本报告在青阳县人民政府门户网。`, real: 青阳县
 *   住房和城乡建设局 2020): `本报告在…网站` wants 公布 (the corpus's others write `公布在…` or `在…公布`).
 * - a sentence whose last clause is only a notice named as issued by a body (`2020年,在县政务公开办…
 *   的指导下,对照新修订的《政府信息公开条例》,县政府办公室印发的《…的通知》。`, real: 霍邱县住房和城乡
 *   建设局 2020): the clauses before are all adverbial, so nothing is said of the notice (印发了 or a
 *   verb of doing is missing).
 */
// Each tried only where its rare literal is (issue 17; the anchors are listed at the module's end).
const PORTAL_AS_DOORWAY = /门口网站/;
const SECTION_AS_DOOR = /股门(?=[、，,和及与])/;
// Not 中医, 就医, 西医…: only after 的, a conjunction or a verb of doing.
const HEALTH_INSURANCE_CUT = /(?:的|[、和及与]|结合|做好|提供|推进)医(?=服务|工作|基金|政策)/;
const GOVERNMENT_LOST_AFTER_COMMITTEE = /([省市县区州])委\1(?=关于|的|[、，,。；;和及与])/;
const CAPACITY_CUT = /(工作|业务|服务|履职|执行|创新)能(?=[，,。；;、和])/;
const FINISH_AS_PASS = /收关(?=之年|阶段|之战|年)/;
const BASIS_CUT_IN_PARAGRAPH =
  /(?<=[。；;])[ \t\u3000]*据《(?:中华人民共和国)?[^《》\n]{0,20}条例》/;
const ON_REQUEST_WITHOUT_PUBLISH = /依申请(?=情况|行政复议|行政诉讼|被提起|被申请)/;
// The report as subject, then 在 and the place at once, the sentence ending on the place: not
// `本报告公布在…网站。` (the verb before the place).
const REPORT_WHERE_NO_VERB =
  /(?:^|[。；;])[ \t\u3000]*(?:本|该)?(?:年度)?报告(?:全文|电子版)?在([^，,。；;\n]{2,30}?(?:网站|网|平台|专栏|栏目))。/m;
// A clause that is only a body (its level first: 县政府办公室, 市政府) and `…印发的《…》`, closing the
// sentence: no verb of what was done with it. Not a clause whose verb comes before the body
// (`转发县政府办公室印发的《…》。`, `认真学习市政府印发的《…》。`).
const ISSUED_NOTICE_NO_VERB = /[，,]([^，,。；;《》\n]{2,20}?)印发的《([^》\n]{4,80})》。/;
const BODY_ONLY =
  /^(?:[省市县区州旗]|[^了]{2,10}?[省市县区州旗])[^了]{0,10}?(?:办公室|政府|局|委|厅|办)$/;
const VERB_BEFORE_BODY =
  /转发|学习|贯彻|落实|执行|按照|根据|依据|对照|结合|遵照|依照|参照|严格|认真|制定|出台|收到|传达|组织/;

function portalAsDoorwayIn(text: string): PhraseSlip | null {
  return text.includes('门口网') && PORTAL_AS_DOORWAY.test(text)
    ? { text: '门口网站', phrase: '门户网站', kind: 'replaced' }
    : null;
}
function sectionAsDoorIn(text: string): PhraseSlip | null {
  return text.includes('股门') && SECTION_AS_DOOR.test(text)
    ? { text: '股门', phrase: '股室', kind: 'replaced' }
    : null;
}
function healthInsuranceCutIn(text: string): PhraseSlip | null {
  const m = text.includes('医') ? HEALTH_INSURANCE_CUT.exec(text) : null;
  if (!m) return null;
  const said = text.slice(m.index, m.index + m[0].length + 2);
  return { text: said, phrase: said.replace('医', '医保'), kind: 'lost' };
}
function governmentLostAfterCommitteeIn(text: string): PhraseSlip | null {
  const m = text.includes('委') ? GOVERNMENT_LOST_AFTER_COMMITTEE.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `${m[0]}政府`, kind: 'lost' };
}
function capacityCutIn(text: string): PhraseSlip | null {
  const m = text.includes('能') ? CAPACITY_CUT.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `${m[0]}力`, kind: 'lost' };
}
function finishAsPassIn(text: string): PhraseSlip | null {
  const m = text.includes('收关') ? FINISH_AS_PASS.exec(text) : null;
  if (!m) return null;
  return { text: '收关', phrase: '收官', kind: 'replaced' };
}
function basisCutInParagraphIn(text: string): PhraseSlip | null {
  const m = text.includes('据《') ? BASIS_CUT_IN_PARAGRAPH.exec(text) : null;
  if (!m) return null;
  const said = m[0].trim();
  return { text: said, phrase: `根${said}`, kind: 'lost' };
}
function onRequestWithoutPublishIn(text: string): PhraseSlip | null {
  const m = text.includes('依申请') ? ON_REQUEST_WITHOUT_PUBLISH.exec(text) : null;
  if (!m) return null;
  const next = text.slice(m.index + 3, m.index + 5);
  return { text: `依申请${next}`, phrase: `依申请公开${next}`, kind: 'lost' };
}
function reportWhereNoVerbIn(text: string): PhraseSlip | null {
  const m = text.includes('报告在') ? REPORT_WHERE_NO_VERB.exec(text) : null;
  if (!m) return null;
  const place = m[1] ?? '';
  const site = place.endsWith('网') ? `${place}站` : place;
  return { text: `在${place}。`, phrase: `在${site}公布。`, kind: 'verb' };
}
function issuedNoticeNoVerbIn(text: string): PhraseSlip | null {
  const m = text.includes('印发的《') ? ISSUED_NOTICE_NO_VERB.exec(text) : null;
  if (!m) return null;
  const [, body = '', title = ''] = m;
  if (!BODY_ONLY.test(body) || VERB_BEFORE_BODY.test(body)) return null;
  const short = title.length > 12 ? `${title.slice(0, 6)}…${title.slice(-4)}` : title;
  return {
    text: `${body}印发的《${short}》。`,
    phrase: `${body}印发了《${short}》。`,
    kind: 'verb',
  };
}

/**
 * The sentence slips read since the measure of 2621–2665 (fixer f100), each with its anchors: the
 * characters its first test asks for, one of which a line must hold to be read (format/anchors.ts).
 */
export const SENTENCE_SLIPS_2621_F100: AnchoredSentenceSlips = [
  [portalAsDoorwayIn, '口'],
  [sectionAsDoorIn, '股'],
  [healthInsuranceCutIn, '医'],
  [governmentLostAfterCommitteeIn, '委'],
  [capacityCutIn, '能'],
  [finishAsPassIn, '关'],
  [basisCutInParagraphIn, '据'],
  [onRequestWithoutPublishIn, '请'],
  [reportWhereNoVerbIn, '告'],
  [issuedNoticeNoVerbIn, '印'],
];
