import { deadlineOf } from '@/domain/format/date';
import type { ReportMeta } from '@/domain/report/types';
import type { ReviewRow, ReviewUnit } from './types';

const zero = { error: 0, incomplete: 0, warning: 0, info: 0 } as const;

/** The review table's line for a unit: what the reviewer scans first. */
export function reviewRow(unit: ReviewUnit): ReviewRow {
  // Every field written out, not `{ ...base, … }`: in Node 20's V8 an object spread followed by
  // more fields gives each object a map of its own (issue 17, stop 39).
  if (!unit.ok) {
    return {
      id: unit.id,
      fileName: unit.fileName,
      path: unit.path,
      ok: false,
      agency: '',
      year: null,
      formatId: null,
      reportDate: null,
      late: null,
      counts: zero,
      packIssues: 0,
      readComplete: false,
      readNotes: [],
      message: unit.message,
      skipped: unit.skipped === true,
    };
  }
  const { meta, formatId } = unit.report;
  return {
    id: unit.id,
    fileName: unit.fileName,
    path: unit.path,
    ok: true,
    agency: meta.agencyName.trim(),
    year: meta.year,
    formatId,
    reportDate: meta.reportDate,
    late: lateness(meta),
    counts: unit.counts,
    packIssues: unit.issues.filter((i) => !i.dismissed && i.checkId.startsWith('pack:')).length,
    readComplete: unit.read.complete,
    readNotes: unit.read.notes,
    message: '',
    skipped: false,
  };
}

/**
 * The deadline missed, when the report is dated after it (条例 art. 49/50 by kind of agency; the
 * same deadline and basis as the report-date check says).
 */
export function lateness(
  meta: Pick<ReportMeta, 'agencyKind' | 'agencyName' | 'year' | 'reportDate'>,
): ReviewRow['late'] {
  const { year, reportDate } = meta;
  if (year === null || reportDate === null || !/^\d{4}-\d{2}-\d{2}$/.test(reportDate)) return null;
  const deadline = deadlineOf(meta, year);
  return reportDate > deadline.date ? { deadline: deadline.date, basis: deadline.basis } : null;
}

export type SortKey =
  | 'agency'
  | 'year'
  | 'format'
  | 'reportDate'
  | 'error'
  | 'incomplete'
  | 'warning'
  | 'read'
  | 'pack'
  | 'file';

/**
 * Made on first use: loading ICU's Chinese collation costs ~10 ms of CPU, which `nianbao check`
 * (it never sorts the table) paid at every start (issue 17, sixth pass).
 */
let collator: Intl.Collator | null = null;
const collate = (a: string, b: string): number =>
  (collator ??= new Intl.Collator('zh-Hans-CN', { numeric: true })).compare(a, b);

/** Compares with `cmp` times `sign`; nulls (blanks) go last whatever the direction. */
function compareNullable<T>(
  a: T | null,
  b: T | null,
  cmp: (x: T, y: T) => number,
  sign: number,
): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return cmp(a, b) * sign;
}

/** Sorts rows by a column; blanks (no year, no date, unreadable files) go last either way. */
export function sortRows(
  rows: readonly ReviewRow[],
  key: SortKey,
  direction: 'asc' | 'desc' = 'asc',
): ReviewRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const by = (a: ReviewRow, b: ReviewRow): number => {
    switch (key) {
      case 'agency':
        return compareNullable(a.agency || null, b.agency || null, collate, sign);
      case 'year':
        return compareNullable(a.year, b.year, (x, y) => x - y, sign);
      case 'format':
        return compareNullable(a.formatId, b.formatId, collate, sign);
      case 'reportDate':
        return compareNullable(a.reportDate, b.reportDate, collate, sign);
      case 'error':
      case 'incomplete':
      case 'warning':
        return (a.counts[key] - b.counts[key]) * sign;
      case 'pack':
        return (a.packIssues - b.packIssues) * sign;
      case 'read':
        return (Number(a.readComplete) - Number(b.readComplete)) * sign;
      case 'file':
        return collate(a.path, b.path) * sign;
    }
  };
  // Stable: ties keep the order of the files.
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => by(a.row, b.row) || a.i - b.i)
    .map((x) => x.row);
}

export type RowFilter = 'all' | 'problems' | 'errors' | 'late' | 'unread' | 'failed';

export const rowFilterLabels: Readonly<Record<RowFilter, string>> = {
  all: '全部',
  problems: '有错误或未完成',
  errors: '有错误',
  late: '逾期',
  unread: '未完整读取',
  failed: '无法读取',
};

/** Rows matching a filter and a text query (agency, file name or path, case-insensitive). */
export function filterRows(rows: readonly ReviewRow[], filter: RowFilter, query = ''): ReviewRow[] {
  const q = query.trim().toLowerCase();
  return rows.filter((r) => {
    if (q !== '' && !`${r.agency}\n${r.path}`.toLowerCase().includes(q)) return false;
    switch (filter) {
      case 'all':
        return true;
      case 'problems':
        return (!r.ok && !r.skipped) || r.counts.error > 0 || r.counts.incomplete > 0;
      case 'errors':
        return r.counts.error > 0;
      case 'late':
        return r.late !== null;
      case 'unread':
        return r.ok && !r.readComplete;
      case 'failed':
        return !r.ok && !r.skipped;
    }
  });
}
