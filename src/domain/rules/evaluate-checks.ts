import { computeReport, type ComputedValues } from '../compute/compute-report';
import type { Report } from '../report/types';
import type { FormatTemplate } from '../template/types';
import { balanceChecks } from './checks/balance';
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
export const checks: readonly Check[] = [balanceChecks];

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
export function evaluateChecks(template: FormatTemplate, report: Report, options: EvaluateOptions): Issue[] {
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
      issues.push(dismissible && report.dismissed[issue.key] ? { ...issue, dismissed: true } : issue);
    }
  }
  return issues;
}
