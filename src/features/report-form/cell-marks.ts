import type { Issue, Severity } from '@/domain/rules/types';
import type { ReportAnalysis } from '@/store/analysis';

const bySeverity: Readonly<Record<Severity, number>> = {
  error: 0,
  incomplete: 1,
  warning: 2,
  info: 3,
};

/** The open issues of one cell or field: the most severe first, each message as the check wrote it. */
export interface Mark {
  readonly severity: Severity;
  readonly messages: readonly string[];
}

export type Marks = ReadonlyMap<string, Mark>;

const cache = new WeakMap<readonly Issue[], Marks>();
/** The marks last built: a target whose issues did not change keeps its `Mark` object. */
let previous: Marks = new Map();

const sameMark = (a: Mark, b: Mark): boolean =>
  a.severity === b.severity &&
  a.messages.length === b.messages.length &&
  a.messages.every((m, i) => m === b.messages[i]);

/**
 * Open issues per cell or field. A target whose severity and messages are those of the marks
 * built before keeps the same `Mark` object, so a cell's selector (`marks.get(id)`) only
 * changes when its own issues do.
 */
export function marksOf(analysis: ReportAnalysis): Marks {
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
  const marks = new Map<string, Mark>();
  for (const [target, list] of grouped) {
    list.sort((a, b) => bySeverity[a.severity] - bySeverity[b.severity]);
    const mark: Mark = {
      severity: list[0]?.severity ?? 'info',
      messages: list.map((i) => i.message),
    };
    const before = previous.get(target);
    marks.set(target, before && sameMark(before, mark) ? before : mark);
  }
  cache.set(analysis.issues, marks);
  previous = marks;
  return marks;
}
