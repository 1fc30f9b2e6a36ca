import type { ValueType } from '../template/types';

/**
 * Canonical cell values (what `normaliseCellInput` produces): counts `0`, `21`; signed counts
 * `-3`; money `533.41`. Cells can still hold anything (imports, old drafts): these tell.
 */
const CANONICAL: Readonly<Record<ValueType, RegExp>> = {
  count: /^(0|[1-9]\d*)$/,
  signedCount: /^(0|-?[1-9]\d*)$/,
  money: /^(0|[1-9]\d*)(\.\d*[1-9])?$/,
};

export function isCanonicalCellValue(raw: string, type: ValueType): boolean {
  return CANONICAL[type].test(raw);
}

/** True when the cell holds nothing (absent, or only spaces from an old draft). */
export function isBlankCellValue(raw: string | undefined): boolean {
  return raw === undefined || raw.trim() === '';
}

/** The number in a cell when it is a canonical value of its type; `null` otherwise. */
export function cellValueNumber(raw: string | undefined, type: ValueType): number | null {
  return raw !== undefined && CANONICAL[type].test(raw) ? Number(raw) : null;
}
