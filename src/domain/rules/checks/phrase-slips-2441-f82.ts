import type { PhraseSlip, SentenceSlipReader } from './phrase-slips';

/**
 * Since the fixes of stop 60 after the measure of 2441–2485 (helper f82), slips of a preface's or a
 * citation's shape, read by `phrase-garbled` beside its phrases' near misses:
 * - the last part's name pasted with another wording of it (`其他需要报告的事项需要说明的事项`, real:
 *   陈仓区供销联社 2021): two `需要…的事项` run together are one part named twice.
 * - the report's own name given among what it is made under (`本年报根据《…条例》…以及泉州开发区2020年政府
 *   信息公开年度报告编制`, real: 泉州开发区社会事业局 2020): a report is not made under itself; a
 *   notice or a requirement on it stood there. Not the reports a district's is made of (`综合本级各行政
 *   机关和各街镇2022年政府信息公开年度报告编制而成`, real: 綦江区 2022), nor `…年度报告编制如下`.
 * - the preface's `本报告是根据…` closing with no verb of making (`本报告是根据《…条例》《…通知》,结合…
 *   工作实际,认真总结上年度政府信息公开工作情况。`, real: 酉阳土家族苗族自治县民族宗教事务委员会 2020): 是 wants what
 *   the report is (`…编制而成的`); the corpus's others end `编制`, `撰写`, `起草`, `向社会公布…`.
 * - a province's rule cited with its kind lost (`《湖南省行政程序》`, real: 衡南县卫生健康局 2020): a rule
 *   of a place ends with what it is (`规定`, `办法`, `条例`); `行政程序` alone names none.
 */
// Each tried only where its rare literal is (issue 17); the long ones open with it and look behind.
const LAST_PART_TWICE = /(?:其[他它])?需要(?:报告|说明)的?事项需要(?:报告|说明)的?事项/;
const OWN_REPORT_AS_BASIS =
  /年度报告编制(?![而如工公发和与及有的要等])(?<=(?:以及|及|和|、)([^，,。；;《》“”()（）]{2,24}?(?:19|20)\d{2}年度?(?:政府)?信息公开(?:工作)?年度报告)编制)/;
/** A sentence `本报告是根据…` (or 系, 依据, 按照), to its full stop. */
const REPORT_IS_BY = /报告(?:是|系)(?:根据|依据|按照)[^。]*。/;
/** The verbs a `本报告是根据…` sentence of the corpus makes or puts the report forward by. */
const MAKING_VERB =
  /编制|撰写|起草|编写|形成|制作|而成|公布|向社会公开|予以公开|印发|发布|制定|制订|完成|汇总|编印|制成|组成|整理|拟定|草拟/;
/** A title cited (its words are no verb of the sentence's). */
const CITED_TITLE = /《[^《》]*》/g;
const PLACE_RULE_KIND_LOST = /行政程序》(?<=《([\u4e00-\u9fff]{2,8}(?:省|市|自治区))行政程序》)/;

function lastPartTwiceIn(text: string): PhraseSlip | null {
  const m = text.includes('事项需要') ? LAST_PART_TWICE.exec(text) : null;
  if (!m) return null;
  const said = m[0];
  const first = said.slice(0, said.indexOf('事项') + 2);
  return {
    text: said,
    phrase: first.startsWith('其') ? first : '其他需要报告的事项',
    kind: 'doubled',
  };
}
function ownReportAsBasisIn(text: string): PhraseSlip | null {
  const m = text.includes('年度报告编制') ? OWN_REPORT_AS_BASIS.exec(text) : null;
  if (!m) return null;
  const name = m[1] ?? '';
  const before = text.slice(Math.max(0, m.index - 120), m.index);
  if (!/根据|依据|按照/.test(before) || /[各等]/.test(name)) return null;
  return {
    text: `${name}编制`,
    phrase: '…关于编制政府信息公开工作年度报告的通知（或要求）编制',
    kind: 'worded',
  };
}
function reportIsByWithoutVerbIn(text: string): PhraseSlip | null {
  const m = text.includes('报告是') || text.includes('报告系') ? REPORT_IS_BY.exec(text) : null;
  if (!m || MAKING_VERB.test(m[0].replace(CITED_TITLE, ''))) return null;
  const clauses = m[0].slice(0, -1).split(/[，,]/);
  const last = clauses[clauses.length - 1] ?? '';
  return {
    text: `${m[0].slice(0, 5)}…${last}`,
    phrase: `${m[0].slice(0, 5)}…${last}编制而成的`,
    kind: 'verb',
  };
}
function placeRuleKindLostIn(text: string): PhraseSlip | null {
  const m = text.includes('行政程序》') ? PLACE_RULE_KIND_LOST.exec(text) : null;
  if (!m) return null;
  const place = m[1] ?? '';
  return { text: `《${place}行政程序》`, phrase: `《${place}行政程序规定》`, kind: 'lost' };
}
/** The sentence slips read since the measure of 2441–2485 (helper f82). */
export const SENTENCE_SLIPS_2441_F82: readonly SentenceSlipReader[] = [
  lastPartTwiceIn,
  ownReportAsBasisIn,
  reportIsByWithoutVerbIn,
  placeRuleKindLostIn,
];

/**
 * The anchors of the readers above (format/anchors.ts, issue 17 stop 64): for each, characters one
 * of which a line must hold for it to find anything, the rarest in the corpus's lines of those its
 * first test asks for (`事项需要`: 需, in 4 % of the lines). `scan` calls a reader only on a line
 * holding one (phrase-slips.ts, `SENTENCE_SLIP_ANCHORS`); anchors.test.ts holds each to them.
 */
export const SENTENCE_SLIP_ANCHORS_2441_F82: ReadonlyMap<SentenceSlipReader, string> = new Map([
  [lastPartTwiceIn, '需'],
  [ownReportAsBasisIn, '编'],
  [reportIsByWithoutVerbIn, '是系'],
  [placeRuleKindLostIn, '序'],
]);
