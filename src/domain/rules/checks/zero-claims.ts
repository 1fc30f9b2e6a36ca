import { firstInParagraphs } from '../../format/memo';
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
const ZERO_REQUESTS =
  /(?:收到|受理|接到|接收)[^，,。；;\d]{0,20}申请[^，,。；;\d]{0,6}(?<![\d.])0(?:件|次|条|个|份|人次)/g;
/** What the sentence says after it, to its end. */
const REST_OF_SENTENCE = /^[^。！？!?\n]*/;
/** An outcome said done: `已公开`, `按照程序已公开`, `均已答复`, `予以公开`. */
const DONE =
  /已(?:依法|按时|按期|全部|按程序|依程序)?(?:公开|答复|办结|回复)|予以(?:公开|答复|回复)/;

export interface ZeroRequestsAnswered {
  /** From the 0 to the outcome: `收到政府信息公开申请0次,按照程序已公开`. */
  readonly text: string;
}

export const zeroRequestsAnswered = firstInParagraphs((text): ZeroRequestsAnswered | null => {
  if (!text.includes('申请')) return null;
  for (const zero of text.matchAll(ZERO_REQUESTS)) {
    const end = zero.index + zero[0].length;
    const rest = REST_OF_SENTENCE.exec(text.slice(end))?.[0] ?? '';
    const done = DONE.exec(rest);
    if (!done) continue;
    const between = rest.slice(0, done.index + done[0].length);
    // Counts of outcomes, or of other requests (`上年结转2件`): the outcome may be theirs.
    if (/\d/.test(between)) continue;
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

export const zeroProactivePublished = firstInParagraphs((text): ZeroProactivePublished | null => {
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
});

export const zeroRequestsAnsweredCheck = defineCheck({
  id: 'zero-requests-answered',
  severity: 'warning',
  spec: '4.5',
  title: '正文说收到申请0件，又说已公开或已答复',
  run: (ctx) =>
    textFindings(
      ctx,
      (text) => zeroRequestsAnswered(text),
      (found) =>
        `文中“${found.text}”：收到的申请是0件，却又说已公开或已答复，前后矛盾：请核对收到的申请数，或删去处理结果`,
    ),
});

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
