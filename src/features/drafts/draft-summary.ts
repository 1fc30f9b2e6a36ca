import { useEffect, useState } from 'react';
import type { analyseReport } from '@/store/analysis';
import { formatById } from '@templates/index';
import type { StoredDraft } from '@/stored-draft/schema';

/** What the start page shows of a draft's state: counted by the same checks as the editor. */
export interface DraftSummary {
  readonly incomplete: number;
  readonly errors: number;
  readonly warnings: number;
}

const cache = new Map<string, DraftSummary>();

// The checks are not part of the start page's first JavaScript (issue 17): the list shows at
// once, and each row's counts as soon as the checks' code has loaded (a few ms, from the offline
// copy; the app also prefetches it after the first paint).
let analyse: typeof analyseReport | null = null;
let loading: Promise<unknown> | null = null;

/** Loads the checks' code; resolves when `summariseDraft` can answer. */
export function loadDraftChecks(): Promise<unknown> {
  loading ??= import('@/store/analysis').then(
    (m) => (analyse = m.analyseReport),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** True once the checks' code is loaded; re-renders the caller then. */
export function useDraftChecksLoaded(): boolean {
  const [loaded, setLoaded] = useState(analyse !== null);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    loadDraftChecks().then(
      () => live && setLoaded(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [loaded]);
  return loaded;
}

/**
 * Cached per draft revision: a stored revision never changes. Null until the checks' code has
 * loaded (`loadDraftChecks`).
 */
export function summariseDraft(draft: StoredDraft, today?: string): DraftSummary | null {
  if (!analyse) return null;
  const key = `${draft.id}:${draft.revision}:${draft.savedAt}:${today ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { counts } = analyse(draft.report, draft.lastYear, today);
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
