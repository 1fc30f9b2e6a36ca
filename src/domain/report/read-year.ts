import { toHalfWidthDigits } from '../format/text';
import type { ReportMeta } from './types';

/**
 * THE reader of the report year (报告年度) as the clerk types it. Like a cell (`read-cell.ts`),
 * the field stores what was typed (SPEC §7): a text that reads as a year becomes `meta.year`;
 * anything else (`20261`, `202`, `二〇二四`) is kept verbatim in `meta.yearText`, `meta.year` is
 * then null, and the check `report-year-invalid` reports it as an error. Never refused, never
 * silently replaced by the previous year.
 */
export type YearReading =
  | { readonly kind: 'blank' }
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'invalid'; readonly raw: string; readonly reason: string };

/**
 * THE range of report years, for every reader (the 报告年度 field, the new-draft form, the year
 * check): from the first year that has an official format (国办公开办函〔2019〕60号, report years
 * 2019–2020; earlier reports predate the formats this app knows, `templates.test.ts` keeps the
 * two in step) to the current year (a report on a year that has not begun cannot be written).
 */
export const FIRST_REPORT_YEAR = 2019;

/** The latest report year a clerk can be writing on `today`: this year's. */
export const lastReportYear = (today: Date): number => today.getFullYear();

/** Why `raw` is not a report year, following it in a sentence. */
export function yearReason(raw: string, today: Date = new Date()): string {
  return `“${raw}”不是有效的报告年度（应为 ${FIRST_REPORT_YEAR}–${lastReportYear(today)} 之间的四位数字）`;
}

/** Reads the text typed into 报告年度 (full-width digits and surrounding spaces accepted). */
export function readYear(text: string, today: Date = new Date()): YearReading {
  const trimmed = toHalfWidthDigits(text).trim();
  if (trimmed === '') return { kind: 'blank' };
  if (/^\d{4}$/.test(trimmed)) {
    const year = Number(trimmed);
    if (year >= FIRST_REPORT_YEAR && year <= lastReportYear(today)) return { kind: 'year', year };
  }
  return { kind: 'invalid', raw: text, reason: yearReason(text, today) };
}

/** The year as the report shows and prints it: the year, else the text as typed, else null. */
export function shownYear(meta: Pick<ReportMeta, 'year' | 'yearText'>): number | string | null {
  if (meta.year !== null) return meta.year;
  return meta.yearText !== undefined && meta.yearText.trim() !== '' ? meta.yearText : null;
}
