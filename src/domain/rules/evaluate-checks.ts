import { computeReport, type ComputedValues } from '../compute/compute-report';
import type { Report } from '../report/types';
import type { FormatTemplate } from '../template/types';
import type { CheckContext, CheckDeclaration } from './check-context';
import { builtInChecks } from './checks';
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
  const ctx: CheckContext = {
    template,
    report,
    computed: options.computed ?? computeReport(template, report),
    formats: options.formats,
    ...(options.lastYear ? { lastYear: options.lastYear } : {}),
    today: options.today,
  };
  const issues: Issue[] = [];
  const dismissible = (d: CheckDeclaration): boolean =>
    d.severity === 'warning' || d.severity === 'info';
  const all = options.extraChecks ? [...builtInChecks, ...options.extraChecks] : builtInChecks;
  for (const check of all) {
    for (const f of check.run(ctx)) {
      const key = f.target === undefined ? check.id : `${check.id}:${f.target}`;
      issues.push({
        key,
        checkId: check.id,
        severity: check.severity,
        message: f.message,
        cells: f.cells ?? [],
        fields: f.fields ?? [],
        section: f.section,
        ...(dismissible(check) && report.dismissed[key] ? { dismissed: true } : {}),
      });
    }
  }
  return issues;
}
