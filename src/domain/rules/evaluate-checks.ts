import { computeReport, type ComputedValues } from '../compute/compute-report';
import type { Report } from '../report/types';
import type { FormatTemplate } from '../template/types';
import { balanceChecks } from './checks/balance';
import { cellValueChecks } from './checks/cell-values';
import { completenessChecks } from './checks/completeness';
import { feeStatementChecks } from './checks/fee-statement';
import { formatYearChecks } from './checks/format-year';
import { lastYearChecks } from './checks/last-year';
import { moneyUnitChecks } from './checks/money-unit';
import { narrativeNumberChecks } from './checks/narrative-numbers';
import { noticeCitationChecks } from './checks/notice-citation';
import { overviewChecks } from './checks/overview';
import { reportDateChecks } from './checks/report-date';
import { reportedTotalChecks } from './checks/reported-totals';
import { statisticsPeriodChecks } from './checks/statistics-period';
import { table2ItemChecks } from './checks/table2-items';
import { templateTextChecks } from './checks/template-text';
import { wrongYearChecks } from './checks/wrong-year';
import type { Issue } from './types';

export interface CheckContext {
  readonly template: FormatTemplate;
  readonly report: Report;
  readonly computed: ComputedValues;
  /** Every known format, for the format-vs-year check. */
  readonly formats: readonly FormatTemplate[];
  /** Last year's report, when known (imported or kept as a draft): enables the cross-year checks. */
  readonly lastYear?: Report;
  /** Today as ISO `YYYY-MM-DD` (passed in so checks stay pure and testable). */
  readonly today: string;
}

/** A check: a pure function of the context returning its issues (dismissal is applied after). */
export type Check = (ctx: CheckContext) => readonly Issue[];

/** Every check of SPEC §4, in the order their issues are listed. */
export const checks: readonly Check[] = [
  // §4.1 arithmetic (errors)
  balanceChecks,
  reportedTotalChecks,
  table2ItemChecks,
  cellValueChecks,
  // §4.2 dates and format
  reportDateChecks,
  formatYearChecks,
  noticeCitationChecks,
  statisticsPeriodChecks,
  // §4.3 completeness
  completenessChecks,
  feeStatementChecks,
  templateTextChecks,
  // §4.4 consistency
  narrativeNumberChecks,
  moneyUnitChecks,
  overviewChecks,
  wrongYearChecks,
  lastYearChecks,
];

export interface EvaluateOptions {
  readonly formats: readonly FormatTemplate[];
  readonly lastYear?: Report;
  readonly today: string;
  /** Pass when already computed to avoid doing it twice. */
  readonly computed?: ComputedValues;
}

/**
 * Runs every check over the whole report. Pure and synchronous. Warnings and info the clerk
 * dismissed are returned with `dismissed: true`; errors and incompleteness never are.
 */
export function evaluateChecks(
  template: FormatTemplate,
  report: Report,
  options: EvaluateOptions,
): Issue[] {
  const ctx: CheckContext = {
    template,
    report,
    computed: options.computed ?? computeReport(template, report),
    formats: options.formats,
    ...(options.lastYear ? { lastYear: options.lastYear } : {}),
    today: options.today,
  };
  const issues: Issue[] = [];
  for (const check of checks) {
    for (const issue of check(ctx)) {
      const dismissible = issue.severity === 'warning' || issue.severity === 'info';
      issues.push(
        dismissible && report.dismissed[issue.key] ? { ...issue, dismissed: true } : issue,
      );
    }
  }
  return issues;
}
