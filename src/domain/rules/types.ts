import type { FieldPath } from '../report/types';
import type { CellId, SectionId } from '../template/types';

/**
 * - `error`: wrong (arithmetic, dates, format); cannot be dismissed.
 * - `incomplete`: something is missing; blocks a compliant export until resolved.
 * - `warning`: probably wrong; can be dismissed with a reason.
 * - `info`: worth a look.
 */
export type Severity = 'error' | 'incomplete' | 'warning' | 'info';

/** The severities as the clerk and the reviewer read them. */
export const severityLabels: Readonly<Record<Severity, string>> = {
  error: '错误',
  incomplete: '未完成',
  warning: '提醒',
  info: '提示',
};

/** Open (not dismissed) issues per severity. */
export function countOpen(issues: readonly Issue[]): Readonly<Record<Severity, number>> {
  const counts: Record<Severity, number> = { error: 0, incomplete: 0, warning: 0, info: 0 };
  for (const i of issues) if (!i.dismissed) counts[i.severity] += 1;
  return counts;
}

export interface Issue {
  /** Unique within one evaluation and stable across evaluations: `${checkId}` or `${checkId}:${target}`. */
  readonly key: string;
  /** Stable id of the check (e.g. `t3-balance`). */
  readonly checkId: string;
  readonly severity: Severity;
  /** Chinese message naming the numbers involved. */
  readonly message: string;
  readonly cells: readonly CellId[];
  readonly fields: readonly FieldPath[];
  /** The step the issue belongs to (`meta` is 基本信息). */
  readonly section: SectionId | 'meta';
  /** True when the clerk dismissed it (warnings and info only). */
  readonly dismissed?: boolean;
}
