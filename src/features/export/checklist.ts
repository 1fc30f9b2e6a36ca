import type { Report } from '@/domain/report/types';
import type { Issue } from '@/domain/rules/types';

/** What is still wrong at export time, grouped the way the clerk must read it. */
export interface ExportChecklist {
  readonly errors: readonly Issue[];
  readonly incomplete: readonly Issue[];
  readonly warnings: readonly Issue[];
  readonly dismissed: readonly { readonly issue: Issue; readonly reason: string }[];
  /** Anything but dismissed warnings (and info) remains: the clerk must confirm the export. */
  readonly needsConfirmation: boolean;
}

export function exportChecklist(issues: readonly Issue[], report: Report): ExportChecklist {
  const open = issues.filter((i) => !i.dismissed);
  const errors = open.filter((i) => i.severity === 'error');
  const incomplete = open.filter((i) => i.severity === 'incomplete');
  const warnings = open.filter((i) => i.severity === 'warning');
  const dismissed = issues
    .filter((i) => i.dismissed)
    .map((issue) => ({ issue, reason: report.dismissed[issue.key]?.reason ?? '' }));
  return {
    errors,
    incomplete,
    warnings,
    dismissed,
    needsConfirmation: errors.length + incomplete.length + warnings.length > 0,
  };
}
