import type { Report } from '@/domain/report/types';
import { formatForYear } from '@/domain/template/lookup';
import type { FormatTemplate } from '@/domain/template/types';

/**
 * The report with a new year. The format follows the year (2019–2020 → 〔2019〕60号, 2021 on →
 * 〔2021〕30号) unless the clerk had chosen the other format for the old year; that choice stays
 * (and the format check flags it).
 */
export function withYear(
  report: Report,
  year: number | null,
  formats: readonly FormatTemplate[],
): Report {
  const old = report.meta.year;
  const following = old === null || report.formatId === formatForYear(formats, old).id;
  const formatId = year !== null && following ? formatForYear(formats, year).id : report.formatId;
  return { ...report, formatId, meta: { ...report.meta, year } };
}
