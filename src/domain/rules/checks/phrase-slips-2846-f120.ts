import type { AnchoredSentenceSlips, PhraseSlip, Shape } from './phrase-slips';

/**
 * Since the fixes of stop 69 after the measure of 2846–2890 (fixer f120), slips read by
 * `phrase-garbled` beside its phrases' near misses. Each shape was looked for in the whole corpus
 * (about 2,880 texts) and found only where its gatherer wrote the slip down.
 *
 * Slips of one word each (found by their word's rarest pair of characters):
 * - 公 (of 公开) put again before 主动公开 (`通过…“政府信息公开”专栏公主动公开了包括机构职能…`, real: 临河
 *   区文旅体育局 2024): 公主动 is no word; not 办公 before it (`办公主动…`, a 办公 word's end).
 * - 作风 with its 作 lost after 工作 (`把政府信息公开作为改进工作风和机关形象的重要载体`, real: 大同市云冈区
 *   商务局 2022): 工作风 is read only where a mark, a conjunction or a word of conduct follows it, not
 *   `工作风貌` (1554 金塔县审计局 2024), `工作风险`, `工作风气`.
 * - 行政事业性收费 with its 性 put after 行政 (`行政许可0条,行政性事业收费0项`, same report): the fees'
 *   name is fixed (in some 400 texts of the corpus, never otherwise there).
 * - A volume counted in 立方 without its 米 (`办理行政许可事项293个(林木采伐)631.38立方。`, real: 阿合奇县林
 *   业和草原局 2021): after a number the unit is 立方米; not 立方厘米, 立方体.
 */
export const ONE_WORD_SLIPS_2846_F120: readonly Shape[] = [
  { word: '公主动公开', notAfter: '办', phrase: () => '主动公开', kind: 'added' },
  {
    word: '工作风',
    then: /(?=[和与及、，,。；;]|建设|形象|转变|纪律|效能)/y,
    phrase: (slip) => `工作作${slip.slice(2)}`,
    kind: 'lost',
  },
  { word: '行政性事业收费', phrase: () => '行政事业性收费', kind: 'swapped' },
  {
    word: '立方',
    onlyAfter: '0123456789',
    notThen: '米厘分毫千体形根',
    phrase: (slip) => `${slip}米`,
    kind: 'lost',
  },
];

/**
 * 其中 (of which) written as its sound-alike 期中 (mid-term) right after a count (`我局主动公开信息0条,
 * 期中市政务公开网0条`, real: 南岗区企业投资服务局 2023): a count's part opens on 其中; 期中 is a word of
 * terms (`期中评估`, `期中考试`), never after a count and its comma (in no other text of the corpus).
 */
const OF_WHICH_AS_MIDTERM = /(?<=[0-9])[条件项个篇份次][,，]期中(?![考评检测])/;
/** The count's digits right before its unit (read back from it: no run of digits tried twice). */
const DIGITS_BEFORE = /[0-9]{1,12}$/;

function ofWhichAsMidtermIn(text: string): PhraseSlip | null {
  const m = text.includes('期中') ? OF_WHICH_AS_MIDTERM.exec(text) : null;
  if (!m) return null;
  const count = DIGITS_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[0] ?? '';
  const said = `${count}${m[0]}`;
  return { text: said, phrase: `${said.slice(0, -2)}其中`, kind: 'replaced' };
}

/**
 * 推送 (to push out) written 推动 (to drive) before the news pushed (`每周定期更新2-3次,及时推动工作
 * 动态、相关文件、政策`, real: 三亚市吉阳区卫健委 2020): 动态 (news) closed by a mark is a thing sent,
 * not a work driven on. The corpus's other 推动…动态 go on to the work (`推动政府信息动态管理`,
 * `推动…动态调整机制`), not read.
 */
const PUSHED_NEWS = /推动([\u4e00-\u9fff]{0,4}动态)(?=[、，,。；;])/;

function pushedNewsIn(text: string): PhraseSlip | null {
  const m = text.includes('推动') ? PUSHED_NEWS.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `推送${m[1] ?? ''}`, kind: 'replaced' };
}

/**
 * Information taken by 将 with its verb lost, the clause closed on the information (`及时将主动公开、
 * 与群众切身相关的信息,做好政务公开工作`, real: 南岗区企业投资服务局 2023): 将 after an adverb of
 * manner (及时, 全部, …) takes the thing handled, then the verb (`…的信息予以公开`, `…上传`). Only an
 * object with one 的 (the information's own attribute); a 将 of the future (`我局将…`) has no such
 * adverb before it. In no other text of the corpus.
 */
const TAKEN_WITHOUT_VERB =
  /(?:及时|全部|均|一律|统一)将([^，,。；;\n的]{2,30})的信息(?=[，,。；;])/;

function takenWithoutVerbIn(text: string): PhraseSlip | null {
  const m = text.includes('将') ? TAKEN_WITHOUT_VERB.exec(text) : null;
  if (!m) return null;
  return { text: m[0], phrase: `${m[0]}予以公开`, kind: 'verb' };
}

/**
 * The report's parts said to make it up with 从 where 由 goes (`本报告,重点从“总体情况、…”“其他需要
 * 报告的事项”六个部分组成`, real: 浑江区卫生健康局 2025): 从 opens what a report speaks from (`从…方面
 * 报告`), 组成 takes 由. The corpus's others write `由…组成` or `包括…` (a list opened by 由 lost is
 * `PARTS_BY_LOST`'s, phrase-slips.ts).
 */
const PARTS_FROM = /从([“"]?总体情况[^。]{0,200}?(?:部分|方面))组成/;

function partsFromIn(text: string): PhraseSlip | null {
  const m = text.includes('组成') ? PARTS_FROM.exec(text) : null;
  if (!m) return null;
  const parts = m[1] ?? '';
  const shown = parts.length > 12 ? `${parts.slice(0, 5)}…${parts.slice(-4)}` : parts;
  return { text: `从${shown}组成`, phrase: `由${shown}组成`, kind: 'worded' };
}

/**
 * The sentence slips read since the measure of 2846–2890 (fixer f120), each with its anchors: the
 * characters its first test asks for, one of which a line must hold to be read (format/anchors.ts).
 */
export const SENTENCE_SLIPS_2846_F120: AnchoredSentenceSlips = [
  [ofWhichAsMidtermIn, '期'],
  [pushedNewsIn, '推'],
  [takenWithoutVerbIn, '将'],
  [partsFromIn, '组'],
];
