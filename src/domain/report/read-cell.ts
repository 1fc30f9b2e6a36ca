import type { CellId, CellTemplate, MoneyUnit, ValueType } from '../template/types';
import { MAX_DIGITS, normaliseCellInput, type NormaliseProblem } from './normalise';
import type { Report } from './types';

/**
 * THE reader of an input cell: compute, every check, the preview, the Word export and the
 * importers ask it what a cell holds. A cell stores what was typed (SPEC §7); what that text
 * means is decided here and nowhere else, so no two parts of the app can disagree about it
 * (a count of `20.5` is invalid for the totals, the balance rule and the cell check alike).
 *
 * - `blank`: nothing typed (absent, or only spaces). Blank is not zero.
 * - `value`: a canonical decimal (`'21'`, `'-3'`, `'533.41'`), exact; `unit` when money is
 *   written in a unit other than the column's (`533.41万` in a 元 column).
 * - `invalid`: the text as typed and a Chinese reason that follows it in a sentence
 *   (`“12.5”不是有效的件数（应为不小于 0 的整数）`).
 */
export type CellReading =
  | { readonly kind: 'blank' }
  | {
      readonly kind: 'value';
      readonly value: string;
      readonly unit?: MoneyUnit;
      /**
       * Money as printed when its decimals say more than `value` (`73802895.90` for
       * `73802895.9`): what is stored and shown; `value` is what is computed and compared.
       */
      readonly printed?: string;
    }
  | { readonly kind: 'invalid'; readonly raw: string; readonly reason: string };

/** What the reader needs to know of a cell: its value type and, for money, its unit. */
export type CellKind = Pick<CellTemplate, 'type'> & { readonly unit?: MoneyUnit | undefined };

const BLANK: CellReading = { kind: 'blank' };

/** Canonical spellings (what the form and the importers store): no normalisation needed. */
const CANONICAL: Readonly<Record<ValueType, RegExp>> = {
  count: /^(0|[1-9]\d{0,11})$/,
  signedCount: /^(0|-?[1-9]\d{0,11})$/,
  money: /^(0|[1-9]\d*)(\.\d{0,5}[1-9])?$/,
};

const isCanonical = (raw: string, type: ValueType): boolean =>
  CANONICAL[type].test(raw) &&
  (type !== 'money' || raw.replace(/\D/g, '').length <= MAX_DIGITS.money);

const WHAT: Readonly<Record<ValueType, string>> = {
  count: '件数',
  signedCount: '增减数',
  money: '金额',
};

const RULE: Readonly<Record<ValueType, string>> = {
  count: '应为不小于 0 的整数',
  signedCount: '应为整数，减少时写负数，如 -3',
  money: '应为不小于 0 的数字，最多 6 位小数',
};

function reasonOf(type: ValueType, problem: NormaliseProblem): string {
  const rule = problem === 'digits' ? `位数过多，最多 ${MAX_DIGITS[type]} 位` : RULE[type];
  return `不是有效的${WHAT[type]}（${rule}）`;
}

/**
 * Reads one input cell. Pure; the usual stored value (canonical) takes one regular expression.
 * @param raw what the cell stores (the text as typed, or a canonical value); `undefined` = blank.
 * @param writtenUnit the unit stored beside a money value (`Report.cellUnits`), if any.
 */
export function readCell(
  cell: CellKind,
  raw: string | undefined,
  writtenUnit?: MoneyUnit,
): CellReading {
  if (raw === undefined) return BLANK;
  if (cell.type !== 'money') {
    // Counts mean the same wherever they are typed: every check reads every cell on every
    // keystroke, so each distinct text is read once.
    const cache = COUNT_READINGS[cell.type];
    const hit = cache.get(raw);
    if (hit) return hit;
    const reading = readUncached(cell, raw, writtenUnit);
    if (cache.size >= COUNT_CACHE_SIZE) cache.clear();
    cache.set(raw, reading);
    return reading;
  }
  return readUncached(cell, raw, writtenUnit);
}

/** Readings of count texts by value type (`'12'`, `'１２件'`, `'无'`), bounded. */
const COUNT_READINGS: Readonly<Record<'count' | 'signedCount', Map<string, CellReading>>> = {
  count: new Map(),
  signedCount: new Map(),
};
const COUNT_CACHE_SIZE = 4096;

function readUncached(
  cell: CellKind,
  raw: string,
  writtenUnit: MoneyUnit | undefined,
): CellReading {
  if (isCanonical(raw, cell.type)) return withUnit(raw, cell, writtenUnit);
  const r = normaliseCellInput(raw, cell.type, cell.unit);
  if (!r.ok) return { kind: 'invalid', raw, reason: reasonOf(cell.type, r.problem) };
  if (r.value === null) return BLANK;
  const reading = withUnit(r.value, cell, r.unit ?? writtenUnit);
  return r.printed === undefined ? reading : { ...reading, printed: r.printed };
}

function withUnit(
  value: string,
  cell: CellKind,
  unit: MoneyUnit | undefined,
): Extract<CellReading, { kind: 'value' }> {
  return cell.type === 'money' && unit !== undefined && unit !== cell.unit
    ? { kind: 'value', value, unit }
    : { kind: 'value', value };
}

/** The text a value reading is stored and printed as: money with its printed decimals. */
export function valueText(reading: { readonly value: string; readonly printed?: string }): string {
  return reading.printed ?? reading.value;
}

/** Reads input cell `cell` of `report` (its stored text and written unit). */
export function readReportCell(
  report: Report,
  cell: CellKind & { readonly id: CellId },
): CellReading {
  // Only money is read with its written unit (counts ignore it: one look-up spared per cell).
  return readCell(
    cell,
    report.cells[cell.id],
    cell.type === 'money' ? report.cellUnits[cell.id] : undefined,
  );
}

/** The number a reading stands for; `null` when blank or invalid. Exact for counts (≤ 12 digits). */
export function readingNumber(reading: CellReading): number | null {
  return reading.kind === 'value' ? Number(reading.value) : null;
}

/** Shortens what was typed for a message (a pasted paragraph must not fill the issues panel). */
export function quoteTyped(raw: string, max = 20): string {
  const text = raw.trim().replace(/\s+/g, ' ');
  return `“${text.length > max ? `${text.slice(0, max)}…` : text}”`;
}

/** `（一）予以公开 · 自然人：“12.5”不是有效的件数（应为不小于 0 的整数）`. */
export function invalidCellMessage(
  cell: Pick<CellTemplate, 'label'>,
  reading: Extract<CellReading, { kind: 'invalid' }>,
): string {
  return `${cell.label}：${quoteTyped(reading.raw)}${reading.reason}`;
}
