import { computeReport, type ComputedValues } from '../compute/compute-report';
import type { Report } from '../report/types';
import type { FormatTemplate } from '../template/types';
import { evaluateChecks } from './evaluate-checks';
import type { IncrementalEvaluator } from './incremental';
import { rulePackChecks } from './pack/compile';
import { countOpen, type Issue, type Severity } from './types';

/** Everything derived from a report: never stored, recomputed from the inputs. */
export interface ReportAnalysis {
  readonly template: FormatTemplate;
  readonly computed: ComputedValues;
  /** Every issue, dismissed ones included (flagged `dismissed`). */
  readonly issues: readonly Issue[];
  /** Open (not dismissed) issues per severity. */
  readonly counts: Readonly<Record<Severity, number>>;
}

export interface AnalyseOptions {
  /** Every registered format (checks compare against the others). */
  readonly formats: readonly FormatTemplate[];
  readonly today: string;
  readonly lastYear?: Report | null;
  /** Given: only what depends on the change since its last report runs again (same result). */
  readonly incremental?: IncrementalEvaluator;
}

/**
 * The totals and every check of `report` in its format, its rule pack's checks included: the one
 * analysis the editor, the import review (made in the import worker) and the tests share.
 */
export function analyseReport(
  template: FormatTemplate,
  report: Report,
  { formats, today, lastYear, incremental }: AnalyseOptions,
): ReportAnalysis {
  const options = {
    formats,
    today,
    ...(lastYear ? { lastYear } : {}),
    ...(report.rulePack ? { extraChecks: rulePackChecks(report.rulePack) } : {}),
  };
  let computed: ComputedValues;
  let issues: readonly Issue[];
  if (incremental) ({ computed, issues } = incremental(template, report, options));
  else {
    computed = computeReport(template, report);
    issues = evaluateChecks(template, report, { ...options, computed });
  }
  return { template, computed, issues, counts: countOpen(issues) };
}
