import type { AnchoredSentenceSlips, PhraseSlip, Shape } from './phrase-slips';

/**
 * Since the fixes of stop 66 after the measure of 2711–2755 (fixer f108), slips of one word each,
 * read by `phrase-garbled` beside its other shapes (found by their word's first two characters; 网留言
 * by a sentence reader, the characters before it being any mark).
 * Each shape was looked for in the whole corpus (about 2,750 texts) and found only where its
 * gatherer wrote the slip down:
 * - 同时 cut to 同 opening a clause before a verb of the work (`聚焦乡村振兴、…等关键领域,同丰富公开内容`,
 *   real: 卓尼县洮砚镇 2025): 同 alone is a preposition taking a partner (`同其它工作同部署`), never a
 *   verb; the corpus's other clauses open on `同时`, `同步`, `同比`. Not 同 (together) before each verb of a
 *   list (`与业务工作同部署、同落实`, 14 texts of the corpus).
 * - 网民留言 with 民 lost where no site's name comes before it (`及时处理答复“网留言”,回复县政府网站“网民
 *   留言”14条`, real: 肃南县 2023): `网留言` is a site's messages only after its name (`人民网留言`, `民心网
 *   留言`, `官网留言`); after a mark or a verb of answering nothing names the site.
 * - two clauses run together, the comma lost between a way of working and the next verb (`建立统一受理、
 *   归口办理、限时回复、挂账销号工作流程强化服务理念坚持柔性答复`, real: 杭州市城市管理局 2023): 强化 and
 *   坚持 open a clause of their own, never follow a 流程, 理念, 机制, 制度 or 体系 as its predicate (the
 *   corpus's `流程优化`, `机制健全`, `制度完善` are nouns of their own, not read).
 */
const SAME_TIME_VERBS = [
  '丰富',
  '优化',
  '加强',
  '加大',
  '强化',
  '推进',
  '完善',
  '做好',
  '提升',
  '拓宽',
  '规范',
  '落实',
  '开展',
  '积极',
];
const WAYS_OF_WORKING = ['流程', '理念', '机制', '制度', '体系'];
const CLAUSE_VERBS = ['强化', '坚持'];
// The verb's object after it: the run-on clause goes on.
const OBJECT_AFTER = /[\u4e00-\u9fff]{2}/y;

export const ONE_WORD_SLIPS_2711_F108: readonly Shape[] = [
  ...SAME_TIME_VERBS.map((verb): Shape => ({
    word: `同${verb}`,
    atClauseStart: true,
    // `同部署、同落实`: 同 (together) before each verb of a list is a word of its own.
    notAfter: '、',
    notThen: '、',
    phrase: () => `同时${verb}`,
    kind: 'lost',
  })),
  ...WAYS_OF_WORKING.flatMap((noun) =>
    CLAUSE_VERBS.map((verb): Shape => ({
      word: `${noun}${verb}`,
      then: OBJECT_AFTER,
      phrase: (slip) => `${noun}，${slip.slice(noun.length)}`,
      kind: 'lost',
    })),
  ),
];

/** 网留言 after a mark or a verb of answering, where no site's name comes before it (see above). */
const NETIZEN_LOST = /(?:^|(?<=[“‘"（(，,。；;：:、\n]|处理|答复|回复|办理|受理))网留言/;

function netizenLostIn(text: string): PhraseSlip | null {
  return text.includes('网留言') && NETIZEN_LOST.test(text)
    ? { text: '网留言', phrase: '网民留言', kind: 'lost' }
    : null;
}

/**
 * A sentence that is only its purpose (`2024年度我局为规范政府信息公开内容,提高信息公布主动性、权威性和
 * 时效性。`, real: 厦门市思明区文化和旅游局 2024): 为 + a verb of aim opens the sentence (after its year
 * and its subject at most), every clause after it is another aim (提高, 确保, 促进…) and the full
 * stop comes with no clause saying what was done. The corpus's other sentences so opened go on to
 * their deed (`为进一步提升政务公开质效,我局…`) or take 为 as `for` (`为…提供了便利`, not read: its
 * first clause has no verb of aim after 为). In no other text of the corpus.
 */
/** 为 before a verb of aim: `PURPOSE_ONLY`'s opening, and alone its cheap first test on a line. */
const FOR_AIM_WORDS =
  '为了?(?:规范|提高|提升|加强|推进|进一步|做好|确保|保障|深化|促进|推动|落实|贯彻|全面|更好|切实)';
const FOR_AIM = new RegExp(FOR_AIM_WORDS);
const PURPOSE_ONLY = new RegExp(
  `(?:^|[\\n。；;])((?:[^，,。；;为\\n]{0,12}?[，,]?)${FOR_AIM_WORDS}[^，,；;。\\n]+)((?:[，,][^，,；;。\\n]+){1,3})。`,
  'g',
);
const AIM =
  /^(?:提高|提升|增强|保障|确保|促进|推动|规范|加强|更好|切实|进一步|维护|满足|方便|便于|充分|推进|落实|不断)/;
const CLAUSE_MARK = /[，,]/;

function purposeOnlyIn(text: string): PhraseSlip | null {
  if (!FOR_AIM.test(text)) return null;
  for (const m of text.matchAll(PURPOSE_ONLY)) {
    const [, opening = '', rest = ''] = m;
    const aims = rest.split(CLAUSE_MARK).filter((c) => c !== '');
    if (!aims.every((c) => AIM.test(c))) continue;
    const sentence = `${opening}${rest}。`;
    return { text: sentence, phrase: `${opening}${rest}，（写明做了什么）。`, kind: 'verb' };
  }
  return null;
}

/**
 * The sentence slips read since the measure of 2711–2755 (fixer f108), each with its anchors: the
 * characters its first test asks for, one of which a line must hold to be read (format/anchors.ts).
 */
export const SENTENCE_SLIPS_2711_F108: AnchoredSentenceSlips = [
  [netizenLostIn, '留'],
  [purposeOnlyIn, '为'],
];
