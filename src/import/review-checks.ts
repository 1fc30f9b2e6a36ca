import { computeReport } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import { rulePackChecks } from '@/domain/rules/pack/compile';
import { countOpen } from '@/domain/rules/types';
import { formatById, formats } from '@templates/index';
import type { ImportChecks, ImportResult } from './types';

/**
 * The totals and checks of an imported report for the review (`ImportChecks`). The import
 * worker makes them beside the result (issue 17: made in the page, they were most of the page's
 * work when a 45 MB .docx was read), so the page only draws the review. `review-checks.test.ts`
 * holds them equal to the store's `analyseReport`.
 */
export function importChecks(report: Report, today: string): ImportChecks {
  const template = formatById(report.formatId);
  const computed = computeReport(template, report);
  const issues = evaluateChecks(template, report, {
    formats,
    today,
    computed,
    ...(report.rulePack ? { extraChecks: rulePackChecks(report.rulePack) } : {}),
  });
  return { computed, issues, counts: countOpen(issues) };
}

/** `result` with its checks for the review, when it is a report. */
export function withImportChecks(result: ImportResult, today: string): ImportResult {
  return result.ok ? { ...result, checks: importChecks(result.report, today) } : result;
}
