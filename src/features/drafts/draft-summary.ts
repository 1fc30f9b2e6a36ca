import { analyseReport } from '@/store/analysis';
import { formatById } from '@templates/index';
import type { StoredDraft } from './schema';

/** What the start page shows of a draft's state: counted by the same checks as the editor. */
export interface DraftSummary {
  readonly incomplete: number;
  readonly errors: number;
  readonly warnings: number;
}

const cache = new Map<string, DraftSummary>();

/** Cached per draft revision: a stored revision never changes. */
export function summariseDraft(draft: StoredDraft, today?: string): DraftSummary {
  const key = `${draft.id}:${draft.revision}:${draft.savedAt}:${today ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { counts } = analyseReport(draft.report, draft.lastYear, today);
  const summary = { incomplete: counts.incomplete, errors: counts.error, warnings: counts.warning };
  cache.set(key, summary);
  return summary;
}

/** `〔2021〕30号` for the format of a report. */
export function formatLabel(draft: StoredDraft): string {
  const notice = formatById(draft.report.formatId).notice.number;
  return /〔\d{4}〕\d+号/.exec(notice)?.[0] ?? notice;
}

/** `2026-01-20 14:32` in local time. */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
