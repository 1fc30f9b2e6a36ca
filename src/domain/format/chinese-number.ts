import { toHalfWidthDigits } from './text';

/**
 * Chinese numerals as clerks write them in narrative text: `六`, `两`, `十二`, `二十一`,
 * `一百零五`, and digit-by-digit years `二〇二〇`. Up to 9999; anything else is `null`.
 */

const DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that can make up a Chinese numeral (for building regular expressions). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

export function parseChineseNumeral(text: string): number | null {
  // One pass by UTF-16 unit, no array of characters (called for every number token a check
  // reads): every character must be a digit or a unit; a surrogate half is neither, as a
  // character outside the BMP was not (issue 17).
  if (text === '') return null;
  let anyUnit = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (UNIT[ch] !== undefined) anyUnit = true;
    else if (DIGIT[ch] === undefined) return null;
  }
  // Digit by digit (years, dates): 二〇二〇.
  if (!anyUnit) {
    if (text.length === 1) return DIGIT[text] ?? null;
    let digits = '';
    for (let i = 0; i < text.length; i += 1) digits += String(DIGIT[text[i] as string]);
    return Number(digits);
  }
  let total = 0;
  let pending: number | null = null;
  let lastUnit = Infinity;
  for (const ch of text) {
    const unit = UNIT[ch];
    if (unit === undefined) {
      if (DIGIT[ch] === 0) continue; // 一百零五: 零 only marks a skipped place
      if (pending !== null) return null; // two digits in a row: 一二十
      pending = DIGIT[ch] ?? 0;
      continue;
    }
    if (unit >= lastUnit) return null; // 十百
    // A leading 十 means 一十 (十二 = 12).
    total += (pending ?? (total === 0 ? 1 : null) ?? NaN) * unit;
    if (Number.isNaN(total)) return null;
    pending = null;
    lastUnit = unit;
  }
  return total + (pending ?? 0);
}

/** An arabic (half- or full-width) or Chinese number; `null` otherwise. */
export function parseNumberToken(token: string): number | null {
  const half = toHalfWidthDigits(token);
  if (ARABIC.test(half)) return Number(half);
  return parseChineseNumeral(half);
}
const ARABIC = /^\d+(\.\d+)?$/;
