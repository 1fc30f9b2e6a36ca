import { canonicalDecimal } from '../format/decimal';
import type { MoneyUnit, ValueType } from '../template/types';

/**
 * Turns what a clerk typed (or an importer read) into a canonical cell value, or a Chinese
 * message saying why it cannot be taken. Accepts full-width digits, thousands separators,
 * surrounding spaces and a trailing 件/个 (counts) or 元/万元/万 (money); nothing else.
 */

export type NormaliseResult =
  | {
      readonly ok: true;
      readonly value: string | null;
      readonly unit?: MoneyUnit;
      /** Money whose decimals print more than its value (`12.50`, `73802895.90`): as printed. */
      readonly printed?: string;
    }
  | { readonly ok: false; readonly message: string; readonly problem: NormaliseProblem };

/** Why a text is not a value: not a number at all, or which rule of the type it breaks. */
export type NormaliseProblem = 'notNumber' | 'digits' | 'negative' | 'fraction' | 'decimals';

/**
 * Full-width digits, signs and separators and the ideographic space to ASCII (by NFKC); the
 * minus sign and the en dash, which NFKC keeps, typed as a minus.
 */
function toHalfWidth(text: string): string {
  return text.replace(/[０-９．，－＋　﹣]/g, (ch) => ch.normalize('NFKC')).replace(/[−–]/g, '-');
}

/**
 * Digits at most: counts stay exact as JavaScript numbers even summed over a whole table
 * (a trillion applications is a typo anyway); money up to 15 significant digits.
 */
export const MAX_DIGITS: Readonly<Record<ValueType, number>> = {
  count: 12,
  signedCount: 12,
  money: 15,
};

const fail = (problem: NormaliseProblem, message: string): NormaliseResult => ({
  ok: false,
  message,
  problem,
});

/**
 * @param raw the text as typed; `''` or only spaces means blank (returns `value: null`).
 * @param type the cell's value type.
 * @param unit the column's unit for money cells.
 */
export function normaliseCellInput(
  raw: string,
  type: ValueType,
  unit?: MoneyUnit,
): NormaliseResult {
  let text = toHalfWidth(raw).trim();
  if (text === '') return { ok: true, value: null };

  let writtenUnit: MoneyUnit | undefined;
  if (type === 'money') {
    const m = /\s*(?:（单位[:：]\s*)?(万元|万|元)(?:）)?$/.exec(text);
    if (m) {
      writtenUnit = m[1] === '元' ? '元' : '万元';
      text = text.slice(0, m.index).trim();
    }
  } else {
    text = text.replace(/\s*[件个]$/, '').trim();
  }

  // Thousands separators: commas or spaces between groups of three digits.
  if (/^[+-]?\d{1,3}([, ]\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/[, ]/g, '');

  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) {
    return fail(
      'notNumber',
      type === 'money' ? '请输入金额数字，例如 12.5' : '请输入数字；没有的请填 0',
    );
  }
  if (text.replace(/^[+-]?0+(?=\d)/, '').replace(/[^\d]/g, '').length > MAX_DIGITS[type])
    return fail('digits', '数字位数过多，请检查');

  const negative = text.startsWith('-');
  const unsigned = text.replace(/^[+-]/, '');
  const isInteger = !unsigned.includes('.');

  if (type === 'count') {
    if (negative && /[1-9]/.test(unsigned)) return fail('negative', '件数不能为负数');
    if (!isInteger) return fail('fraction', '件数必须是整数');
    return { ok: true, value: canonicalDecimal(unsigned) };
  }
  if (type === 'signedCount') {
    if (!isInteger) return fail('fraction', '增减数必须是整数');
    return { ok: true, value: canonicalDecimal(negative ? `-${unsigned}` : unsigned) };
  }
  if (negative && /[1-9]/.test(unsigned)) return fail('negative', '金额不能为负数');
  if ((unsigned.split('.')[1] ?? '').length > 6) return fail('decimals', '金额最多保留 6 位小数');
  const value = canonicalDecimal(unsigned);
  // The amount as printed keeps its decimals (`73802895.90元` of a published report, `12.50`
  // typed): only its full-width digits, separators, leading zeros and unit are normalised.
  const [whole = '', fraction] = unsigned.split('.');
  const printed = `${whole.replace(/^0+(?=\d)/, '')}${fraction === undefined ? '' : `.${fraction}`}`;
  return {
    ok: true,
    value,
    ...(writtenUnit && writtenUnit !== unit ? { unit: writtenUnit } : {}),
    ...(printed !== value ? { printed } : {}),
  };
}
