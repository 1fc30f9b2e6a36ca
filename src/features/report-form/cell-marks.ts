import type { Issue, Severity } from '@/domain/rules/types';
import type { CellId } from '@/domain/template/types';
import type { ReportAnalysis } from '@/store/analysis';

const bySeverity: Readonly<Record<Severity, number>> = {
  error: 0,
  incomplete: 1,
  warning: 2,
  info: 3,
};
const cache = new WeakMap<readonly Issue[], Map<string, string>>();

/**
 * Open issues per cell or field, as one primitive per target (`severity\nmessage\nmessage`) so
 * that a cell's selector only changes when its own issues do.
 */
export function marksOf(analysis: ReportAnalysis): Map<string, string> {
  const hit = cache.get(analysis.issues);
  if (hit) return hit;
  const grouped = new Map<string, Issue[]>();
  for (const issue of analysis.issues) {
    // Incompleteness is not marked in place (a blank cell shows as blank), and its message
    // counts the blanks: marking it would re-render every blank cell on every keystroke.
    if (issue.dismissed || issue.severity === 'incomplete') continue;
    // Every cell involved is marked; of the fields only the first, so a message about the date
    // and the year shows once, at the field the issue is about.
    const field = issue.fields[0];
    for (const target of field === undefined ? issue.cells : [...issue.cells, field]) {
      const list = grouped.get(target) ?? [];
      list.push(issue);
      grouped.set(target, list);
    }
  }
  const marks = new Map<string, string>();
  for (const [target, list] of grouped) {
    list.sort((a, b) => bySeverity[a.severity] - bySeverity[b.severity]);
    const severity = list[0]?.severity ?? 'info';
    marks.set(target, [severity, ...list.map((i) => i.message)].join('\n'));
  }
  cache.set(analysis.issues, marks);
  return marks;
}

export interface Mark {
  readonly severity: Severity;
  readonly messages: readonly string[];
}

export function parseMark(raw: string | undefined): Mark | null {
  if (!raw) return null;
  const [severity, ...messages] = raw.split('\n');
  return { severity: severity as Severity, messages };
}

export const markTarget = (cell: CellId): string => cell;
