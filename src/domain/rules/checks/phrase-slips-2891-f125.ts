import type { AnchoredSentenceSlips, PhraseSlip } from './phrase-slips';

/**
 * Since the fixes of stop 70 after the measure of 2891–2935 (fixer f125), sentence slips read by
 * `phrase-garbled` beside its phrases' near misses. Each shape was looked for in the whole corpus
 * (about 2,920 texts) and found only where its gatherer wrote the slip down.
 */

/**
 * A clause opening on 化 before a verb of the work (`…信息公开工作,化运用微信公众号、微博…等网络平台`,
 * real: 海南省药监局 2022): 化 ends a verb (`强化`, `深化`, `优化`), and the verb's head is lost. The
 * corpus's other clauses opening on 化 are place names (`化德县`, `化隆县`) at a line's start, not
 * after a mark.
 */
const VERB_HEAD_LOST_BEFORE_HUA = /[，,。；;：:]化(运用|利用|推进|落实|提升|拓展|开展|做好)/;

function verbHeadLostBeforeHuaIn(text: string): PhraseSlip | null {
  const m = text.includes('化') ? VERB_HEAD_LOST_BEFORE_HUA.exec(text) : null;
  if (!m) return null;
  const verb = m[1] ?? '';
  return { text: `化${verb}`, phrase: `强化${verb}（或深化${verb}）`, kind: 'lost' };
}

/**
 * An item of a list of points opened by its number with 是 lost (`(三)加大政策解读。一通过法律…`, real:
 * 福建省监狱管理局 2023): after a stop, `一` (`二`, …) before a verb of the work opens `一是…`. The
 * corpus's others keep 是 (`一是通过…`); a word of 一 (`一律`, `一并`, `一站式`) has no such verb after it.
 */
const POINT_IS_LOST =
  /[。；;：:]([一二])(?=通过|加强|完善|建立|坚持|强化|推进|落实|做好|严格|及时|深化|规范|健全|提升|抓好|注重|优化|创新|拓宽|畅通)/;

function pointIsLostIn(text: string): PhraseSlip | null {
  const m = POINT_IS_LOST.exec(text);
  if (!m) return null;
  const at = m.index + 1;
  const said = text.slice(at, at + 3);
  const number = m[1] ?? '';
  return { text: said, phrase: `${number}是${said.slice(1)}`, kind: 'lost' };
}

/**
 * Applications carried over counted as 政府信息公开数量, 申请 lost (`办理政府信息公开申请数量74个(含结转办理
 * 2021年政府信息公开数量2个)`, real: 梁平区规划和自然资源局 2022): what is carried over from a year to
 * the next is an application (`上年结转政府信息公开申请数量`, 表三's label), not the publishing. The
 * corpus's other 结转 go on with 申请 or with 情况 (`结转办理情况及…`).
 */
const CARRIED_OVER_REQUEST_LOST = /结转[^，,。；;\n|()（）]{0,12}?政府信息公开(?=数量)/;

function carriedOverRequestLostIn(text: string): PhraseSlip | null {
  const m = text.includes('结转') ? CARRIED_OVER_REQUEST_LOST.exec(text) : null;
  if (!m) return null;
  return { text: '政府信息公开数量', phrase: '政府信息公开申请数量', kind: 'lost' };
}

/**
 * Two clauses run together, the mark between them lost (`围绕…监督保障等方面落实信息公开工作及时公开
 * 政府信息,依法保障…`, real: 南岸区民族宗教委 2023): 落实 (做好, 抓好, 开展, 加强) takes the work as its
 * object, and `及时公开…` opens a clause of its own. Not a verb that makes the work do something
 * (`要求政务公开工作及时更新`, `推动…工作及时…`), nor the work as subject (`时效性工作及时公开`, 1146 普宁市
 * 梅林镇 2022; `保障了…工作及时、准确、有序开展`).
 */
const CLAUSES_RUN_TOGETHER =
  /(?:落实|做好|抓好|开展|加强)[^，,。；;\n、]{0,16}?工作(及时(?:公开|发布|更新|回应|报送|上传))/;

function clausesRunTogetherIn(text: string): PhraseSlip | null {
  const m = text.includes('工作及时') ? CLAUSES_RUN_TOGETHER.exec(text) : null;
  if (!m) return null;
  const next = m[1] ?? '';
  return { text: `工作${next}`, phrase: `工作，${next}`, kind: 'lost' };
}

/**
 * Applications received counted with no count, the sentence going on to their answers (`本年度共受理
 * 政务信息公开申请均按照《…条例》在法定时限内给予了答复`, real: 东城区交道口街道 2019): 共 asks for the
 * number (`共受理…申请5件,均…`). The corpus's others give it, or say `受理的…申请均…` (no 共).
 */
const COUNT_LOST_AFTER_RECEIVED =
  /共(?:受理|收到|接到|办理|接收)[^，,。；;\n\d零一二三四五六七八九十两]{2,16}?申请(?=均|全部|都)/;

function countLostAfterReceivedIn(text: string): PhraseSlip | null {
  const m = text.includes('共') ? COUNT_LOST_AFTER_RECEIVED.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `${m[0]}N件，`, kind: 'lost' };
}

/**
 * 有利于 (有助于) cut to 于 opening a clause of what the work serves (`确保了政府信息公开的安全,于提高
 * 政府工作的透明度`, real: 文昌湖区旅游局 2020): 于 alone after a mark opens a time or a place (`,于年初
 * 做好…`, `,于西城区门户网站…`), not a verb of improving.
 */
const HELPFUL_LOST_BEFORE_YU = /[，,。；;]于(?=提高|提升|促进|推动|保障)/;

function helpfulLostBeforeYuIn(text: string): PhraseSlip | null {
  const m = text.includes('于') ? HELPFUL_LOST_BEFORE_YU.exec(text) : null;
  if (!m) return null;
  const verb = text.slice(m.index + 2, m.index + 4);
  return { text: `于${verb}`, phrase: `有利于${verb}`, kind: 'lost' };
}

/**
 * 部分 written 部份 (`其中予以部份公开1件`, real: 广东省邮政管理局 2023; `…等六个部份组成`, 232 济南市
 * 财政局 2023): a part is 部分 (the format's `部分公开`); 部份 is the old variant. A name quoted in
 * book-title marks or quotation marks is its author's and not read.
 */
function partAsFenIn(text: string): PhraseSlip | null {
  const at = text.indexOf('部份');
  if (at < 0 || quotedAt(text, at)) return null;
  return { text: '部份', phrase: '部分', kind: 'replaced' };
}

/** Whether `at` is inside a title in book-title marks or a quotation on its line. */
function quotedAt(text: string, at: number): boolean {
  return (
    text.lastIndexOf('《', at) > text.lastIndexOf('》', at) ||
    text.lastIndexOf('“', at) > text.lastIndexOf('”', at)
  );
}

/**
 * The sentence slips read since the measure of 2891–2935 (fixer f125), each with its anchors: the
 * characters its first test asks for, one of which a line must hold to be read (format/anchors.ts).
 * The anchors are all declared by older readers already: when they were written the engine held
 * 255 anchors at most and was a few short of them, so each reader is gated by characters of its
 * words that are anchors (the verbs after 化 and 于, 开 of 政府信息公开), and its words were chosen
 * among those (anchors.ts holds more since).
 */
export const SENTENCE_SLIPS_2891_F125: AnchoredSentenceSlips = [
  [verbHeadLostBeforeHuaIn, '用推进落提展开做'],
  [pointIsLostIn, '一二'],
  [carriedOverRequestLostIn, '开'],
  [clausesRunTogetherIn, '及'],
  [countLostAfterReceivedIn, '共'],
  [helpfulLostBeforeYuIn, '提促推障'],
  [partAsFenIn, '份'],
];
