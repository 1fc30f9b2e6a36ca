import { firstInParagraphs, perText } from '../../format/memo';
import { compactText, matchesOf } from '../../format/text';
import { defineCheck } from '../check-context';
import { textFindings } from '../support';

/**
 * A count of 0 the same statement goes on to contradict (SPEC §4.5, what a reviewer sees):
 * - requests: `收到政府信息公开申请0次,按照程序已公开` (real: 湟源县政府办公室 2021): no request, yet
 *   one was answered. Only when the clauses after the 0, to the outcome, in the same sentence, have
 *   no number (`收到申请0件,办结0件`, `受理…0件,公开0件,不予公开0件`, real: 黎平县 2024, 桃江县 2022,
 *   count their outcomes; `收到申请0件,上年结转2件,均已答复` answers the 2);
 * - information made public: `共制作政府信息30条,其中主动公开信息0条,…。此外,街道还公布了机构设置类
 *   信息1条、…` (real: 思明区嘉莲街道 2024): none made public, yet some published, in the same
 *   paragraph. Only the whole of the information said to be 0 (`主动公开(政府)信息0条`, not one kind
 *   of it), and only a count above 0 after a verb said to be done (`公布了`, `发布了`), not
 *   `依申请公开信息22条` (no 主动公开). 弥渡县安乐乡 2019's `主动公开政府信息0条。` alone in its
 *   paragraph stays silent.
 */

/** Requests received, 0 of them: `收到政府信息公开申请0次`, `受理…申请数0件`. */
// Since the lead's read-back of stop 62: within a line (the fuzz found `收到` ending a line read with the next
// line's `申请0次` in a batch, and apart after a keystroke, a paragraph being read on its own).
const ZERO_REQUESTS =
  /(?:收到|受理|接到|接收)[^，,。；;\d\n]{0,20}申请[^，,。；;\d\n]{0,6}(?<![\d.])0(?:件|次|条|个|份|人次)/g;
/** What the sentence says after it, to its end. */
const REST_OF_SENTENCE = /^[^。！？!?\n]*/;
/** An outcome said done: `已公开`, `按照程序已公开`, `均已答复`, `予以公开`. */
/*
 * Since a fix of stop 37 after the measure of 929–958: all of them said finished without 已
 * (`通过信息公开平台收到申请0件,转办0件,本年度申请均全部办结`, real: 湖口县大垅乡 2025).
 */
/*
 * Since a fix of stop 48 after the measure of 1679–1723: with two ways of it said (`收到政府信息公开申请
 * 0件,均依法按时办结`, real: 紫金县南岭镇 2025).
 */
const DONE =
  /已(?:依法|按时|按期|全部|按程序|依程序){0,2}(?:公开|答复|办结|回复)|予以(?:公开|答复|回复)|(?:均|全部)已?(?:全部)?(?:依法|按时|按期|按程序|依程序|及时){0,2}(?:办结|答复|回复)/;

/** A count of none right after the outcome: `予以公开0件`. */
const DONE_NONE = /^[^，,。；;\d]{0,4}?(?<![\d.])0(?:件|次|条|个|份)/;

export interface ZeroRequestsAnswered {
  /** From the 0 to the outcome: `收到政府信息公开申请0次,按照程序已公开`. */
  readonly text: string;
  /** The requests' main form said in the next sentence (`主要申请形式依然是网站申请`). */
  readonly mainForm?: string;
}
/**
 * Since a fix of stop 47 after the measure of 1634–1678: the sentence right after the count of none
 * says how most requests came (`受理政府信息申请公开0件。主要申请形式依然是网站申请`, real: 那仁宝拉格
 * 苏木 2022, a sentence of last year's report kept): with no request there is no main form.
 */
const MAIN_FORM = /^[^，,。；;\d]{0,6}主要(?:的)?申请(?:形式|方式|渠道|途径)[^。！？!?\n]*/;

export const zeroRequestsAnswered = firstInParagraphs('申', (text): ZeroRequestsAnswered | null => {
  if (!text.includes('申请')) return null;
  for (const zero of matchesOf(ZERO_REQUESTS, text)) {
    const end = zero.index + zero[0].length;
    const rest = REST_OF_SENTENCE.exec(text.slice(end))?.[0] ?? '';
    const next = text.slice(end + rest.length);
    const main = /^[。！!]/.test(next) ? MAIN_FORM.exec(next.slice(1)) : null;
    if (main && rest === '') return { text: zero[0], mainForm: main[0] };
    const done = DONE.exec(rest);
    if (!done) continue;
    // The outcome counted none (`共收到依申请公开0件,予以公开0件`, real: 崖州区教育局 2020): the count of
    // an outcome, not one said done.
    if (DONE_NONE.test(rest.slice(done.index + done[0].length))) continue;
    const between = rest.slice(0, done.index + done[0].length);
    // Counts of outcomes, or of other requests (`上年结转2件`): the outcome may be theirs. Since a
    // fix of stop 37 after the measure of 929–958: not counts of none (`转办0件`, real: 湖口县大垅乡
    // 2025): nothing is there to be answered.
    if (/[1-9]/.test(between)) continue;
    return { text: `${zero[0]}${between}` };
  }
  return null;
});

/** Information made public, the whole of it, 0: `主动公开信息0条`, `主动公开政府信息0条`. */
const ZERO_PROACTIVE = /主动公开(?:政府|政务)?信息(?:数)?(?:共|共计|为)?(?<![\d.])0(条|件)/;
/** A count above 0 after a verb said to be done: `公布了机构设置类信息1条`. */
const PUBLISHED_AFTER =
  /(?:公布|发布|公开|推送)了([^，,。；;\d]{0,30}?)(?<![\d.])([1-9]\d*)(条|件)/;

export interface ZeroProactivePublished {
  /** `主动公开信息0条`. */
  readonly zero: string;
  /** `公布了机构设置类信息1条`. */
  readonly published: string;
}

export const zeroProactivePublished = firstInParagraphs(
  '动',
  (text): ZeroProactivePublished | null => {
    if (!text.includes('主动公开')) return null;
    for (const line of text.split('\n')) {
      const zero = ZERO_PROACTIVE.exec(line);
      if (!zero) continue;
      const after = line.slice(zero.index + zero[0].length);
      const published = PUBLISHED_AFTER.exec(after);
      if (!published || published[3] !== zero[1] || /申请/.test(published[0])) continue;
      return { zero: zero[0], published: published[0] };
    }
    return null;
  },
);

/**
 * Since a fix of stop 36 after the measure of 839–868: the same text says no request came and,
 * elsewhere, counts requests received or information made public on request above 0 (real: 洪山区
 * 天兴乡 2025, `所有政府信息公开全部为主动公开,未收到依申请政府信息公开来信、来电、来访和投诉` and
 * then `2025年共收到依申请公开2件`; 永安市卫生健康局 2024, `依申请公开信息数6条,占比20%` and
 * `2024年未受理依申请公开信息申请`). Only a none said of all requests: not of one kind of applicant
 * or channel (`未收到自然人申请`, `未收到网上申请`), not of 复议 or 诉讼; and only a count of this
 * year's (not `历年累计`, `上年结转`).
 */
const NONE_RECEIVED =
  /(?:未|没有)(?:收到|受理|接到|接收)(?:任何)?([^，,。；;\d]{0,12}?)(?:依申请|政府信息公开申请|信息公开申请|公开申请)/g;
/**
 * Since a fix of stop 41 after the measure of 1289–1318: the requests named as the cause of a
 * review or a suit, the none said of those (real: 江宁区麒麟街道 2023, `未受理因政府信息公开申请提起的
 * 行政复议申请`, beside `受理政府信息公开申请7件`): no none of requests for information. The words
 * after the requests, to the clause's end.
 */
const NONE_OF_A_REVIEW = /^[^，,。；;]*?(?:复议|诉讼)/;
/** Words saying the none is of one kind of request only, or of another year. */
const NONE_OF_A_KIND =
  /自然人|法人|企业|组织|个人|公民|书面|网上|网络|当面|现场|信函|传真|邮寄|电子|复议|诉讼|上年|去年|往年|结转/;
/** Requests received this year, above 0: `共收到依申请公开2件`, `受理政府信息公开申请3件`. */
const SOME_RECEIVED =
  /(?:收到|受理|接到|接收)([^，,。；;\d]{0,12}?)(?:依申请|政府信息公开申请|信息公开申请|公开申请)[^，,。；;\d]{0,8}?(?<![\d.])([1-9]\d*)(?:件|次|个|份|条)/g;
/** Information made public on request, above 0: `依申请公开信息数6条`. */
const SOME_ON_REQUEST =
  /(?<!无|未|没有)依申请公开(?:的)?(?:政府)?信息(?:数)?(?:共|共计|为)?(?<![\d.])([1-9]\d*)(?:条|件)/g;
/** A count that is not this year's requests: of years, carried in, or of another kind. */
const NOT_THIS_YEARS =
  /累计|历年|以来|上年|去年|往年|结转|转结|复议|诉讼|投诉|自然人|法人|企业|组织/;
/** The clause before a count, to its opening. */
const CLAUSE_BEFORE = /[^，,。；;：:\n]*$/;

export interface NoneReceivedButSome {
  /** `未收到依申请政府信息公开`. */
  readonly none: string;
  /** `收到依申请公开2件`. */
  readonly some: string;
}

export const noneReceivedButSome = perText(
  { anyOf: '申', otherwise: null },
  (_, analysed): NoneReceivedButSome | null => {
    const text = compactText(analysed);
    if (!text.includes('依申请') && !text.includes('公开申请')) return null;
    const none = matchesOf(NONE_RECEIVED, text).find(
      (m) => !NONE_OF_A_REVIEW.test(text.slice(m.index + m[0].length)),
    );
    if (!none || NONE_OF_A_KIND.test(none[1] ?? '')) return null;
    // The none's own sentence says no other year and no part (`除…外`).
    const sentence = /[^。！？!?\n]*$/.exec(text.slice(0, none.index))?.[0] ?? '';
    if (/除|上年|去年|往年|以前|结转/.test(sentence)) return null;
    for (const pattern of [SOME_RECEIVED, SOME_ON_REQUEST])
      for (const m of matchesOf(pattern, text)) {
        const clause = CLAUSE_BEFORE.exec(text.slice(0, m.index))?.[0] ?? '';
        if (NOT_THIS_YEARS.test(`${clause}${m[0]}`) || /未|没有|无/.test(clause.slice(-2)))
          continue;
        return { none: /^[^，,。；;]*/.exec(text.slice(none.index))?.[0] ?? none[0], some: m[0] };
      }
    return null;
  },
);

export const zeroRequestsAnsweredCheck = defineCheck({
  id: 'zero-requests-answered',
  severity: 'warning',
  spec: '4.5',
  title: '正文说收到申请0件，又说已公开或已答复',
  run: (ctx) =>
    textFindings(
      ctx,
      (text) => zeroRequestsAnswered(text) ?? noneReceivedButSome(text),
      zeroRequestsMessage,
    ),
});

/** What a zero-requests finding says, by its kind. */
function zeroRequestsMessage(found: ZeroRequestsAnswered | NoneReceivedButSome): string {
  if (!('text' in found))
    return `文中说“${found.none}”，又说“${found.some}”：未收到申请与所说的申请数或依申请公开的信息数相矛盾，请核对本年收到的申请数`;
  if (found.mainForm !== undefined)
    return `文中“${found.text}”，接着又说“${found.mainForm}”：没有收到申请，就谈不上主要的申请形式，前后矛盾：请核对收到的申请数，或删去这句`;
  return `文中“${found.text}”：收到的申请是0件，却又说已公开或已答复，前后矛盾：请核对收到的申请数，或删去处理结果`;
}

export const zeroProactivePublishedCheck = defineCheck({
  id: 'zero-proactive-published',
  severity: 'warning',
  spec: '4.5',
  title: '正文说主动公开0条，又列出公布的信息',
  run: (ctx) =>
    textFindings(
      ctx,
      (text) => zeroProactivePublished(text),
      (found) =>
        `文中说“${found.zero}”，同一段又说“${found.published}”等：主动公开0条与所列公布的信息相矛盾，请核对主动公开的数量`,
    ),
});
