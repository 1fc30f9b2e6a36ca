import type { Report } from '@/domain/report/types';
import { analyseReport } from '@/domain/rules/analyse';
import { formatById, formats } from '@templates/index';
import type { ImportChecks, ImportResult } from './types';

/**
 * The totals and checks of an imported report for the review (`ImportChecks`): the shared
 * `analyseReport` less the template. The import worker makes them beside the result (issue 17:
 * made in the page, they were most of the page's work when a 45 MB .docx was read), so the page
 * only draws the review.
 */
export function importChecks(report: Report, today: string): ImportChecks {
  const { template: _template, ...checks } = analyseReport(formatById(report.formatId), report, {
    formats,
    today,
  });
  return checks;
}
/** `result` with its checks for the review, when it is a report. */
export function withImportChecks(result: ImportResult, today: string): ImportResult {
  return result.ok ? { ...result, checks: importChecks(result.report, today) } : result;
}
