import { readYear } from '@/domain/report/read-year';
import type { Report } from '@/domain/report/types';
import { standardPreface } from '@/domain/report/standard-text';
import { formatForYear, isFormatForYear } from '@/domain/template/lookup';
import type { FormatTemplate } from '@/domain/template/types';

/**
 * The report with a new year. The format follows the year (2019–2020 → 〔2019〕60号, 2021 on →
 * 〔2021〕30号) unless the clerk had chosen a format that did not fit the old year; that choice stays
 * (and the format check flags it). A variant chosen for the old year stays while it fits, and
 * gives way to its region's variant for the new year when there is one.
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
    year !== null && following && !keep
      ? formatForYear(formats, year, current?.region).id
      : report.formatId;
  const { yearText: _typed, ...meta } = report.meta;
  // The standard preface, untouched, follows the year and format (statistics period, notice).
  const next = formats.find((f) => f.id === formatId);
  const preface =
    current && next && report.meta.preface === standardPreface(current, old)
      ? standardPreface(next, year)
      : report.meta.preface;
  return { ...report, formatId, meta: { ...meta, year, preface } };
}

/**
 * The report with `text` typed into 报告年度 (`read-year.ts`): a year is taken as the year (the
 * format follows it, see `withYear`); anything else is kept as typed in `yearText`, with no
 * year, for the year check to report (SPEC §7: never refused, never the previous year kept).
 */
export function withYearText(
  report: Report,
  text: string,
  formats: readonly FormatTemplate[],
  today: Date = new Date(),
): Report {
  const reading = readYear(text, today);
  if (reading.kind !== 'invalid')
    return withYear(report, reading.kind === 'year' ? reading.year : null, formats);
  if (report.meta.year === null && report.meta.yearText === text) return report;
  return { ...report, meta: { ...report.meta, year: null, yearText: text } };
}
