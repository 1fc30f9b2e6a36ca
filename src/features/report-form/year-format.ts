import type { Report } from '@/domain/report/types';
import { formatForYear, isFormatForYear } from '@/domain/template/lookup';
import type { FormatTemplate } from '@/domain/template/types';

/**
 * The report with a new year. The format follows the year (2019–2020 → 〔2019〕60号, 2021 on →
 * 〔2021〕30号) unless the clerk had chosen a format that did not fit the old year; that choice stays
 * (and the format check flags it). A variant chosen for the old year stays while it fits.
 */
export function withYear(
  report: Report,
  year: number | null,
  formats: readonly FormatTemplate[],
): Report {
  const old = report.meta.year;
  const current = formats.find((f) => f.id === report.formatId);
  // The clerk's format stays while it fits; one that fitted the old year follows the new year.
  const following = old === null || (current !== undefined && isFormatForYear(current, old));
  const keep = current !== undefined && year !== null && isFormatForYear(current, year);
  const formatId =
    year !== null && following && !keep ? formatForYear(formats, year).id : report.formatId;
  return { ...report, formatId, meta: { ...report.meta, year } };
}
