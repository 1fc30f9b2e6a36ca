import { firstInParagraphs } from '../../format/memo';
import { sentences } from '../../format/text';
import { defineCheck } from '../check-context';
import { textFindings } from '../support';

/**
 * Since a fix of stop 36 after the measure of 779–808: requests the narrative says were left
 * unanswered (SPEC §4.5, what a reviewer sends back): every request is answered in time or
 * carried over to the next year (条例 第三十三条), whatever it asks for; a text saying some were
 * not answered says they were not handled as the regulation asks (real: 叶城县 2021, `全年收到政府
 * 信息公开申请5件,…全年答复申请4件,未答复1件,属于三类内部事务信息`: internal matters too get an
 * answer, 不予公开 or 不予处理). Read: `未答复1件`, `1件未予答复`, `对…申请未予答复`, in a sentence
 * about requests (`申请`). Silent where they are in hand (`正在办理`, `办理中`, `结转`, `下一年度`,
 * `尚未答复`: not yet, the year ended before the deadline), where the sentence denies it (`无…逾期
 * 未答复`, `未出现…未予答复`), where the count is 0, and where what went unanswered is something
 * else than a request (`留言`, `咨询`, `来信`, `热线`, `提案`).
 */

/** Not answered, with its count after it (`未答复1件`) or before it (`1件申请未予答复`). */
const UNANSWERED =
  /(?<![尚暂])未(?:予|作|能|及时)?(?:答复|回复)(?:的)?(?:申请)?(?<![\d.])(\d+)件|(?<![\d.])(\d+)件(?:申请)?(?<![尚暂])未(?:予|作|能|及时)?(?:答复|回复)/;
/** Not answered, no count: `对其申请未予答复`. */
const UNANSWERED_WORDS = /(?<![尚暂])未(?:予|作)(?:答复|回复)/;
/** The requests are still in hand: carried over, being handled, not yet due. */
const IN_HAND =
  /结转|转结|正在|办理中|答复中|在办|顺延|延期|下一?年度?|次年|未到期|[尚仍]在[^，,。；;]{0,6}期限内|尚未|暂未/;
/** Its clause says it did not happen: `无逾期未答复`, `未出现未予答复`, `杜绝…`. */
const DENIED = /无|没有|不存在|未出现|未发生|杜绝|避免|防止|确保|做到/;
/** The clause before the words, from the last separator. */
const CLAUSE_END = /[^，,；;：:]*$/;
/** Something else than a request went unanswered. */
const OTHER_THING = /留言|咨询|来信|信箱|热线|提案|建议|诉求|信访|评论|问政/;
/** Any saying of not answered, counted or not: the cheap test before the sentences are read. */
const NOT_ANSWERED = /未(?:予|作|能|及时)?(?:答复|回复)/;

export interface UnansweredRequests {
  /** The words that say so: `未答复1件`. */
  readonly words: string;
  /** The sentence they are in. */
  readonly sentence: string;
}

export const unansweredRequests = firstInParagraphs('未', (text): UnansweredRequests | null => {
  if (!NOT_ANSWERED.test(text)) return null;
  for (const sentence of sentences(text)) {
    if (!sentence.includes('申请')) continue;
    const counted = UNANSWERED.exec(sentence);
    const said = counted ?? UNANSWERED_WORDS.exec(sentence);
    if (!said) continue;
    if (counted && Number(counted[1] ?? counted[2] ?? 0) === 0) continue;
    if (IN_HAND.test(sentence) || OTHER_THING.test(sentence)) continue;
    if (DENIED.test(CLAUSE_END.exec(sentence.slice(0, said.index))?.[0] ?? '')) continue;
    return { words: said[0], sentence: sentence.trim() };
  }
  return null;
});

export const unansweredRequestsCheck = defineCheck({
  id: 'requests-unanswered',
  severity: 'warning',
  spec: '4.5',
  title: '正文说有申请未答复',
  run: (ctx) =>
    textFindings(
      ctx,
      (text) => unansweredRequests(text),
      (found) =>
        `文中“${found.sentence}”：说有申请“${found.words}”。每件政府信息公开申请都应在法定期限内作出答复（不属于公开范围的，也应告知不予公开或不予处理），到年底未办结的应结转下年度：请说明这些申请的处理结果，或写明已结转下年度办理`,
    ),
});
