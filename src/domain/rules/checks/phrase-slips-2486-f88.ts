import { isHanCode } from '../../format/text';
import type { PhraseSlip, SentenceSlipReader } from './phrase-slips';

/**
 * Since the fixes of stop 61 after the measure of 2486–2530 (fixer f88), sentence slips read by
 * `phrase-garbled` beside its phrases' near misses:
 * - a word said on both sides of the verb that takes it, after an adverb (`二是严格制度落实制度,提升
 *   工作质量`, real: 巫溪县古路镇人民政府 2020): the object stands after 落实 or 执行 once (`严格落实制度`). The
 *   corpus's other words around a verb (`做好政策解读`, `规范信息内容`) are not the same word twice.
 * - a level word (区, 县, 市) put before the agency speaking as 我 at a clause's opening (`2020年,区我会
 *   认真贯彻执行…`, real: 莲湖区残疾人联合会 2020): two subjects run together, `我会` or `区残联`; the
 *   corpus's others write `我区`, `全区`, `区…局`, never a level right before 我.
 * - a year standing alone as a sentence between stops, what it dates then cut off (`一是“五公开”方面。
 *   2019年。发布决策公开类信息7条`, real: 霍山县气象局 2019): a stray full stop after the year (`2019年,
 *   发布…`); no other text of the corpus has a year alone between stops.
 * - the field of pollution put before 防治污染, the term's two words swapped (`大气防治污染`, real: 霍山县
 *   气象局 2019): the campaign is `大气（水、土壤）污染防治`. Not `依法防治污染`, where 防治 is a verb.
 * - a matter named again right after the 信息公开 of it, opening a list (`继续做好医疗服务信息公开医疗
 *   服务、价格、收费等信息`, real: 惠安县卫生健康局 2019): two wordings run together (`做好医疗服务、
 *   价格、收费等信息公开`); the corpus's `依申请公开申请` has a word of two characters and no list.
 * - 长效 written 常效 (a sound-alike) before a mechanism or management (`集中精力健全常效管理机制`, real:
 *   麻阳苗族自治县兰村乡人民政府 2020): 常效 is no word; 日常效率, 经常效仿 and the like are read apart.
 */
// Each tried only where its rare literal is (issue 17); the long ones open with it and look behind.
const OBJECT_AROUND_VERB =
  /(?:落实|执行)(?<=(?:严格|认真|切实|全面)([\u4e00-\u9fff]{2})(?:落实|执行))\1/;
const LEVEL_BEFORE_SELF = /我(?<=(?:^|[，,。；;：:\n]|年度?)[区县市]我)(?=[会局委办])/;
const YEAR_ALONE = /年。(?<=(?:^|[。；;：:])(?:19|20)\d{2}年。)(?=[\u4e00-\u9fff])/;
const POLLUTION_SWAPPED = /防治污染(?<=(大气|水体?|土壤|噪声|扬尘)防治污染)/;
/** Characters that open a word with 常 second (`日常效率`, `经常效仿`): no 常效 slip there. */
const COMMON_BEFORE = /[日经正通异非反超平时无]/;
const LASTING_SOUNDALIKE = /常效(?=[\u4e00-\u9fff]{0,4}?(?:机制|管理|监管|治理))/;
/** The shortest and longest matter named again after its 信息公开. */
const MATTER_MIN = 3;
const MATTER_MAX = 6;
const DISCLOSURE = '信息公开';

function objectAroundVerbIn(text: string): PhraseSlip | null {
  const m = text.includes('落实') || text.includes('执行') ? OBJECT_AROUND_VERB.exec(text) : null;
  if (!m) return null;
  const word = m[1] ?? '';
  const verb = m[0].slice(0, 2);
  return { text: `${word}${verb}${word}`, phrase: `${verb}${word}`, kind: 'doubled' };
}
function levelBeforeSelfIn(text: string): PhraseSlip | null {
  const m = text.includes('我') ? LEVEL_BEFORE_SELF.exec(text) : null;
  if (!m) return null;
  const said = text.slice(m.index - 1, m.index + 2);
  return { text: said, phrase: `我${said.charAt(2)}`, kind: 'added' };
}
function yearAloneIn(text: string): PhraseSlip | null {
  const m = text.includes('年。') ? YEAR_ALONE.exec(text) : null;
  if (!m) return null;
  const said = text.slice(m.index - 4, m.index + 2);
  return { text: said, phrase: `${said.slice(0, -1)}，`, kind: 'worded' };
}
function pollutionSwappedIn(text: string): PhraseSlip | null {
  const m = text.includes('防治污染') ? POLLUTION_SWAPPED.exec(text) : null;
  if (!m) return null;
  const field = m[1] ?? '';
  return { text: `${field}防治污染`, phrase: `${field}污染防治`, kind: 'swapped' };
}
/** The matter of 3 to 6 Han characters before `信息公开` at `at`, written again right after it. */
function matterAgainAt(text: string, at: number): string | null {
  const after = at + DISCLOSURE.length;
  for (let n = MATTER_MAX; n >= MATTER_MIN; n -= 1) {
    if (at < n) continue;
    const matter = text.slice(at - n, at);
    let han = true;
    for (let k = 0; k < n && han; k += 1) han = isHanCode(matter.charCodeAt(k));
    if (han && text.startsWith(`${matter}、`, after)) return matter;
  }
  return null;
}
function matterAgainIn(text: string): PhraseSlip | null {
  for (let at = text.indexOf(DISCLOSURE); at >= 0; at = text.indexOf(DISCLOSURE, at + 1)) {
    const matter = matterAgainAt(text, at);
    if (matter !== null)
      return {
        text: `${matter}${DISCLOSURE}${matter}、`,
        phrase: `${matter}、…等信息公开`,
        kind: 'doubled',
      };
  }
  return null;
}
function lastingSoundalikeIn(text: string): PhraseSlip | null {
  const m = text.includes('常效') ? LASTING_SOUNDALIKE.exec(text) : null;
  if (!m || COMMON_BEFORE.test(text.charAt(m.index - 1))) return null;
  return { text: '常效', phrase: '长效', kind: 'replaced' };
}

/** The sentence slips read since the measure of 2486–2530 (fixer f88). */
export const SENTENCE_SLIPS_2486_F88: readonly SentenceSlipReader[] = [
  objectAroundVerbIn,
  levelBeforeSelfIn,
  yearAloneIn,
  pollutionSwappedIn,
  matterAgainIn,
  lastingSoundalikeIn,
];

/**
 * The anchors of the readers above (format/anchors.ts, issue 17 stop 64): for each, characters one
 * of which a line must hold for it to find anything, the rarest in the corpus's lines of those its
 * first test asks for (one of each alternative: `落实` or `执行`, 落 or 执). `matterAgainIn` finds a
 * matter only when `、` follows it again, rarer than the characters of `信息公开`. `scan` calls a
 * reader only on a line holding one (phrase-slips.ts, `SENTENCE_SLIP_ANCHORS`); anchors.test.ts
 * holds each to them.
 */
export const SENTENCE_SLIP_ANCHORS_2486_F88: ReadonlyMap<SentenceSlipReader, string> = new Map([
  [objectAroundVerbIn, '落执'],
  [levelBeforeSelfIn, '我'],
  [yearAloneIn, '。'],
  [pollutionSwappedIn, '污'],
  [matterAgainIn, '、'],
  [lastingSoundalikeIn, '常'],
]);
