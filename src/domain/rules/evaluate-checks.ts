import { computeReport, type ComputedValues } from '../compute/compute-report';
import type { Report } from '../report/types';
import type { FormatTemplate } from '../template/types';
import type { CheckContext, CheckDeclaration, Finding } from './check-context';
import { builtInChecks } from './checks';
import { ReportValues, withValues } from './report-values';
import type { Issue } from './types';

export type { CheckContext, CheckDeclaration } from './check-context';

export interface EvaluateOptions {
  readonly formats: readonly FormatTemplate[];
  readonly lastYear?: Report;
  readonly today: string;
  /** Pass when already computed to avoid doing it twice. */
  readonly computed?: ComputedValues;
  /** Checks added to the built-in ones (a rule pack's). */
  readonly extraChecks?: readonly CheckDeclaration[];
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
  const computed = options.computed ?? computeReport(template, report);
  const ctx: CheckContext = withValues(
    {
      template,
      report,
      computed,
      formats: options.formats,
      ...(options.lastYear ? { lastYear: options.lastYear } : {}),
      today: options.today,
    },
    // Every input cell read once for all the checks.
    new ReportValues(template, report, computed, false),
  );
  const all = options.extraChecks ? [...builtInChecks, ...options.extraChecks] : builtInChecks;
  const issues: Issue[] = [];
  for (const check of all) {
    const findings = check.run(ctx);
    if (findings.length === 0) continue;
    for (const issue of issuesOf(check, findings, report)) issues.push(issue);
  }
  return issues;
}

/**
 * A check's findings as issues. Warnings and info the clerk dismissed are flagged
 * `dismissed: true`; errors and incompleteness never are.
 */
export function issuesOf(
  check: CheckDeclaration,
  findings: readonly Finding[],
  report: Report,
): Issue[] {
  const issues: Issue[] = [];
  const dismissible = check.severity === 'warning' || check.severity === 'info';
  for (const f of findings) {
    const key = f.target === undefined ? check.id : `${check.id}:${f.target}`;
    issues.push({
      key,
      checkId: check.id,
      severity: check.severity,
      message: f.message,
      cells: f.cells ?? [],
      fields: f.fields ?? [],
      section: f.section,
      ...(dismissible && report.dismissed[key] ? { dismissed: true } : {}),
    });
  }
  return issues;
}
