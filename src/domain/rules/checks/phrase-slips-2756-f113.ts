import type { AnchoredSentenceSlips, PhraseSlip } from './phrase-slips';
import { STREET_THEN_NUMBER } from './sentence-slips';

/**
 * Since the fixes of stop 67 after the measure of 2756–2800 (fixer f113), sentence slips of lists
 * and contact lines read by `phrase-garbled` beside its phrases' near misses. Each shape was looked
 * for in the whole corpus (about 2,800 texts) and found only where its gatherer wrote the slip down:
 * - one contact field given twice, label and value the same, in one run of contact details (`电话:
 *   0566-5666803,邮编:242807,邮箱:ahqyfx@126.com,邮编:242807`, real: 青阳县丁桥镇 2022): the field
 *   copied once too often. Not two fields of one kind with different values (two telephones of two
 *   offices), which are two fields.
 * - an e-mail address run into the next sentence's year or count, its stop lost (`电子邮箱:1078994674@
 *   qq.com2023年,我镇未发生…`, real: 蓬溪县鸣凤镇 2023): the digits read as the address's. Not a label
 *   run into it (`…@163.com邮编450041`, 1058, `…@qq.com电话:`, 1549: their gatherers passed them as
 *   marks lost, the address whole).
 * - an item of a list of counted items joined by commas written twice in it, name and count the same
 *   (`…2022年度法治政府建设工作情况的报告1条,2022年度…部门决算1条,2022年度法治政府建设工作情况的报告
 *   1条`, real: 蓬溪县鸣凤镇 2023): one item copied for another (the list joined by 、 is f105's
 *   `listItemTwiceIn`). Only items of a name and a count (`…报告1条`) long enough to be one matter.
 */

/** A contact field's label, then its value up to the next mark (the value's own marks kept). */
const CONTACT_FIELD =
  /(地址|联系电话|电话|邮政编码|邮编|传真|电子邮箱|邮箱)[ \t\u3000]*[:：][ \t\u3000]*([^，,。；;\n)）(（]{2,60})/g;
/** The labels of one field (`邮政编码` is `邮编`). */
const FIELD_OF: Readonly<Record<string, string>> = {
  联系电话: '电话',
  邮政编码: '邮编',
  电子邮箱: '邮箱',
};
/** How far apart the two may be: one run of contact details. */
const CONTACT_RUN = 120;

function contactFieldTwiceIn(text: string): PhraseSlip | null {
  if (!text.includes(':') && !text.includes('：')) return null;
  const seen: { field: string; value: string; at: number; end: number }[] = [];
  CONTACT_FIELD.lastIndex = 0;
  for (let m = CONTACT_FIELD.exec(text); m !== null; m = CONTACT_FIELD.exec(text)) {
    const label = m[1] ?? '';
    const field = FIELD_OF[label] ?? label;
    const value = (m[2] ?? '').trim();
    const at = m.index;
    const twin = seen.find(
      (s) => s.field === field && s.value === value && at - s.end <= CONTACT_RUN,
    );
    if (twin) {
      const run = text.slice(twin.at, m.index + m[0].length);
      const kept = text.slice(twin.at, m.index).replace(/[，,；;、\s]+$/, '');
      return { text: run, phrase: kept, kind: 'doubled' };
    }
    seen.push({ field, value, at: m.index, end: m.index + m[0].length });
  }
  return null;
}

/**
 * An e-mail address's domain running straight into digits (`@qq.com2023年`), read from its `@` (the
 * mailbox's name before it is taken back by hand: an expression opening on it would be tried at
 * every letter of a long run of them).
 */
const DOMAIN_RUN_INTO_DIGITS =
  /[@＠][A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.(?:com|cn|net|org)(?=(\d{1,4})[年月日条件个,，])/g;
const MAILBOX_CHAR = /[A-Za-z0-9._-]/;
const MAILBOX_LONGEST = 64;

function mailRunIntoDigitsIn(text: string): PhraseSlip | null {
  DOMAIN_RUN_INTO_DIGITS.lastIndex = 0;
  const m = DOMAIN_RUN_INTO_DIGITS.exec(text);
  if (!m) return null;
  let start = m.index;
  while (
    start > 0 &&
    m.index - start < MAILBOX_LONGEST &&
    MAILBOX_CHAR.test(text.charAt(start - 1))
  )
    start -= 1;
  if (start === m.index) return null;
  const address = text.slice(start, m.index + m[0].length);
  const digits = m[1] ?? '';
  const after = text.charAt(m.index + m[0].length + digits.length);
  return {
    text: `${address}${digits}${after}`,
    phrase: `${address}。${digits}${after}`,
    kind: 'lost',
  };
}

/** One item of a comma-joined list: a name and its count (`…的报告1条`), 6 to 40 characters. */
const COUNTED_ITEM = /[\u4e00-\u9fff]\d{1,6}[条件篇份项个]$/;
const ITEM_LENGTH = [6, 40] as const;
/** Sentences of a line (a stop, a semicolon or a colon ends the list). */
const SENTENCE = /[^。；;：:\n]+/g;
// The items between the two said in the message, up to this length (a longer run is `…`).
const MAX_BETWEEN = 12;

/** A counted item closed by a comma: a list needs one before the item said again (one pass). */
const COUNTED_THEN_COMMA = /[\u4e00-\u9fff]\d{1,6}[条件篇份项个][，,]/;

function countedItemTwiceIn(text: string): PhraseSlip | null {
  if (!COUNTED_THEN_COMMA.test(text)) return null;
  SENTENCE.lastIndex = 0;
  for (let s = SENTENCE.exec(text); s !== null; s = SENTENCE.exec(text)) {
    const sentence = s[0];
    if (!COUNTED_THEN_COMMA.test(sentence)) continue;
    const items = sentence.split(/[，,]/);
    const seen = new Map<string, number>();
    for (const [i, raw] of items.entries()) {
      const item = raw.trim();
      if (item.length < ITEM_LENGTH[0] || item.length > ITEM_LENGTH[1] || !COUNTED_ITEM.test(item))
        continue;
      const first = seen.get(item);
      if (first === undefined) {
        seen.set(item, i);
        continue;
      }
      const between = items.slice(first + 1, i).join(',');
      const kept = `${item},${between.length > MAX_BETWEEN ? '…' : between}`;
      return {
        text: `${kept},${item}`,
        phrase: `${kept},（另一项，或删去重复的一项）`,
        kind: 'doubled',
      };
    }
  }
  return null;
}

/**
 * The sentence slips read since the measure of 2756–2800 (fixer f113), each with its anchors: the
 * characters its first test asks for, one of which a line must hold to be read (format/anchors.ts).
 */
export const SENTENCE_SLIPS_2756_F113: AnchoredSentenceSlips = [
  [contactFieldTwiceIn, '址话编真箱'],
  [mailRunIntoDigitsIn, '@＠'],
  [countedItemTwiceIn, '条件篇份项个'],
];

/**
 * Since a fix of stop 67 after the measure of 2756–2800 (fixer f113): the contact block's address
 * ending on a street's number without 号 (`联系地址:东胜区体育街2` on a line of its own, real: 东胜区
 * 天骄街道 2023): a door's number is `N号` (the preface's `犀牛路3,邮编` is `STREET_NUMBER_LOST` of
 * sentence-slips). Only the address as the contact block holds it, not printed in the preface (whose
 * text is read there: 1481's `文化二街71)` in a bracket, passed by its gatherer as marks).
 */
const STREET_NUMBER_CUT = new RegExp(`${STREET_THEN_NUMBER}$`);

/** The contact address with its door number's 号 lost (`东胜区体育街2`), as `{ text, phrase }`. */
export function contactAddressSlip(address: string): PhraseSlip | null {
  const value = address.trim();
  if (!STREET_NUMBER_CUT.test(value)) return null;
  return { text: value, phrase: `${value}号`, kind: 'lost' };
}
