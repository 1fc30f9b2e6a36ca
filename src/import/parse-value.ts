import { readCell } from '@/domain/report/read-cell';
import type { CellTemplate, MoneyUnit } from '@/domain/template/types';
import { cleanField } from './normalise-text';
import { NO_CHANGE_WORDS } from './text/line-tokens';

export type ParsedValue =
  | { readonly kind: 'blank' }
  | {
      readonly kind: 'value';
      readonly value: string;
      readonly unit?: MoneyUnit;
      /** Money as printed when its decimals say more than `value` (`73802895.90`). */
      readonly printed?: string;
      /** Money printed as a bare number: neither 元 nor 万 in the text. */
      readonly unitless?: boolean;
      readonly placeholder?: boolean;
    }
  | { readonly kind: 'bad'; readonly text: string; readonly message: string };

/** A count with the measure word the clerk counted with (`2笔`, `31批次`): the number is the count. */
export const MEASURED_COUNT = /^([\d０-９]+)\s*(?:笔|项|条|次|宗|批次?)$/;

/** What clerks print for "none" in a filled-in official table; imported as 0 (with a warning). */
const NONE_MARKS = /^(?:[—－\-─]+|[/／]|无|零)$/;

/**
 * Reads one table cell as printed. Blank stays blank; `—`, `-`, `/`, `无` mean none in a
 * filled-in table and become 0 (flagged `placeholder`); units and full-width forms are handled
 * by the reader every part of the app uses (`readCell`).
 */
export function parseValue(raw: string, cell: CellTemplate): ParsedValue {
  let kept = PARSED.get(cell);
  if (kept === undefined) PARSED.set(cell, (kept = new Map()));
  let value = kept.get(raw);
  if (value === undefined) {
    value = parseValueOf(raw, cell);
    if (kept.size >= PARSED_KEPT) kept.clear();
    kept.set(raw, value);
  }
  return value;
}

/** A change written with its sign as a word: `减4`, `增3`, `增加2`, `减少1`. */
const CHANGE_WORDS = /^(减|增)(?:少|加)?\s*([\d０-９]+)$/;

/**
 * Values read lately, per cell of the format (issue 17: a long file prints the same values, `0`
 * above all, again and again; on the 45 MB bench file these regular expressions were ~7 % of the
 * samples of Chromium's import worker). A reading depends only on the text and the cell; it is shared,
 * and read-only (table-collector.ts only reads it).
 */
const PARSED = new WeakMap<CellTemplate, Map<string, ParsedValue>>();
const PARSED_KEPT = 64;

function parseValueOf(raw: string, cell: CellTemplate): ParsedValue {
  const text = cleanField(raw).replace(/[\s\u00a0\u3000]+/g, ' ');
  if (text === '') return { kind: 'blank' };
  if (NONE_MARKS.test(text)) return { kind: 'value', value: '0', placeholder: true };
  // `未增未减` in a signed column: no change, a 0 (text-to-blocks.ts keeps it a value).
  if (cell.type === 'signedCount' && NO_CHANGE_WORDS.test(text))
    return { kind: 'value', value: '0' };
  // `减4` / `增3` in a signed column (2019 本年增/减); since a fix of stop 60 after the measure of
  // 2441–2485 also the words written whole (`增加2`, real: 绍兴市人民防空办公室 2019).
  const change = CHANGE_WORDS.exec(text);
  if (change && cell.type === 'signedCount') {
    const n = String(Number((change[2] ?? '').normalize('NFKC')));
    return { kind: 'value', value: change[1] === '减' && n !== '0' ? `-${n}` : n };
  }
  // `2笔` / `5项` in a count column (real: 平潭 财政金融局 2020, 政府集中采购 采购项目数量 `2笔`; 舟山市
  // 退役军人事务局 2020, `31批次`): the measure word the clerk counted with; the number is the count.
  const measured = cell.type === 'count' ? MEASURED_COUNT.exec(text) : null;
  const unitFixed = (measured?.[1] ?? text)
    .replace(/\(\s*单位\s*[:：]\s*(万元|元)\s*\)/, '（单位：$1）')
    .replace(/\s+(?=[件个元万（])/g, '');
  const r = readCell(cell, unitFixed);
  if (r.kind === 'invalid') return { kind: 'bad', text, message: r.reason };
  return r.kind === 'value' && cell.type === 'money' && !/[元万]/.test(text)
    ? { ...r, unitless: true }
    : r;
}
