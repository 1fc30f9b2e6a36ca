import { useMemo } from 'react';
import { computeReport, type ComputedValues } from '@/domain/compute/compute-report';
import type { Report } from '@/domain/report/types';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import type { Issue, Severity } from '@/domain/rules/types';
import type { FormatTemplate } from '@/domain/template/types';
import { formats, formatsById } from '@templates/index';
import { useEditorStore } from './editor-store';

/** Everything derived from a report: never stored, recomputed from the inputs. */
export interface ReportAnalysis {
  readonly template: FormatTemplate;
  readonly computed: ComputedValues;
  /** Every issue, dismissed ones included (flagged `dismissed`). */
  readonly issues: readonly Issue[];
  /** Open (not dismissed) issues per severity. */
  readonly counts: Readonly<Record<Severity, number>>;
}

/** Today in the clerk's local time zone as ISO `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function analyseReport(report: Report, lastYear: Report | null, today: string = localToday()): ReportAnalysis {
  const template = formatsById[report.formatId];
  const computed = computeReport(template, report);
  const issues = evaluateChecks(template, report, { formats, computed, today, ...(lastYear ? { lastYear } : {}) });
  const counts: Record<Severity, number> = { error: 0, incomplete: 0, warning: 0, info: 0 };
  for (const i of issues) if (!i.dismissed) counts[i.severity] += 1;
  return { template, computed, issues, counts };
}

/** The analysis of the report being edited; recomputed only when the report changes. */
export function useReportAnalysis(): ReportAnalysis {
  const report = useEditorStore((s) => s.report);
  const lastYear = useEditorStore((s) => s.lastYear);
  return useMemo(() => analyseReport(report, lastYear), [report, lastYear]);
}
