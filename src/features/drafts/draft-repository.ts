import type { Report } from '@/domain/report/types';
import { describeStorageError, type KeyValueStorage, keysWithPrefix } from '@/lib/storage';
import { restoreDraftText, type RestoreResult } from './restore-draft';
import { CURRENT_SCHEMA_VERSION, type StoredDraft } from './schema';

/**
 * Drafts in a Web Storage (localStorage), one key per draft, written whole and synchronously:
 *   nianbao:draft:<id>               the draft payload (`StoredDraft`, JSON)
 *   nianbao:corrupt:<id>:<timestamp> a payload that could not be read, kept aside verbatim
 * There is no separate index: the list is the set of draft keys, so it can never disagree
 * with the drafts themselves.
 */
export const DRAFT_PREFIX = 'nianbao:draft:';
export const CORRUPT_PREFIX = 'nianbao:corrupt:';
export const draftKey = (id: string): string => `${DRAFT_PREFIX}${id}`;

export interface CorruptEntry {
  readonly key: string;
  readonly id: string;
  /** When it was moved aside (from the key). */
  readonly movedAt: string;
  readonly raw: string;
  /** Why it cannot be read, in Chinese. */
  readonly message: string;
}

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly draft: StoredDraft }
  | { readonly kind: 'conflict'; readonly storedRevision: number }
  | { readonly kind: 'failed'; readonly message: string };

/** Every readable draft (newest first); unreadable ones are moved aside and listed as corrupt. */
export function listDrafts(
  storage: KeyValueStorage,
  now: Date = new Date(),
): { drafts: StoredDraft[]; corrupt: CorruptEntry[] } {
  const drafts: StoredDraft[] = [];
  for (const key of keysWithPrefix(storage, DRAFT_PREFIX)) {
    const id = key.slice(DRAFT_PREFIX.length);
    const raw = storage.getItem(key);
    if (raw === null) continue;
    const result = restoreDraftText(raw);
    if (result.ok) drafts.push({ ...result.draft, id });
    else moveAside(storage, id, raw, now);
  }
  const corrupt = keysWithPrefix(storage, CORRUPT_PREFIX).map((key) => {
    const raw = storage.getItem(key) ?? '';
    const rest = key.slice(CORRUPT_PREFIX.length);
    const cut = rest.lastIndexOf(':');
    const result = restoreDraftText(raw);
    return {
      key,
      id: cut > 0 ? rest.slice(0, cut) : rest,
      movedAt: cut > 0 ? rest.slice(cut + 1) : '',
      raw,
      message: result.ok ? '数据可以读取，但曾被标记为无法读取。' : result.message,
    };
  });
  drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  corrupt.sort((a, b) => b.movedAt.localeCompare(a.movedAt));
  return { drafts, corrupt };
}

/**
 * Moves an unreadable payload to `nianbao:corrupt:<id>:<timestamp>`, verbatim. When the copy
 * cannot be written (storage full) the original stays where it is: nothing is ever deleted.
 */
export function moveAside(
  storage: KeyValueStorage,
  id: string,
  raw: string,
  now: Date = new Date(),
): string | null {
  const key = `${CORRUPT_PREFIX}${id}:${now.toISOString().replace(/[:.]/g, '-')}`;
  try {
    storage.setItem(key, raw);
  } catch {
    return null;
  }
  if (storage.getItem(draftKey(id)) === raw) storage.removeItem(draftKey(id));
  return key;
}

/** The stored draft, restored; null when there is none. */
export function readDraft(storage: KeyValueStorage, id: string): RestoreResult | null {
  const raw = storage.getItem(draftKey(id));
  return raw === null ? null : restoreDraftText(raw);
}

/** Revision of the stored draft without restoring it; null when absent, NaN when unreadable. */
export function storedRevision(raw: string | null): number | null {
  if (raw === null) return null;
  try {
    const value = (JSON.parse(raw) as { revision?: unknown } | null)?.revision;
    return typeof value === 'number' ? value : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

function write(storage: KeyValueStorage, draft: StoredDraft): SaveOutcome {
  try {
    storage.setItem(draftKey(draft.id), JSON.stringify(draft));
    return { kind: 'saved', draft };
  } catch (error) {
    return { kind: 'failed', message: describeStorageError(error) };
  }
}

export interface DraftContent {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly report: Report;
  readonly lastYear: Report | null;
}

/**
 * Saves `content` unless another tab saved this draft since we last read or wrote it
 * (`baseRevision`): then nothing is written and the caller is told (the two-tab rule).
 * The stored name wins over ours (renames happen on the start page, not in the editor).
 */
export function saveDraft(
  storage: KeyValueStorage,
  content: DraftContent,
  baseRevision: number,
  tabId: string,
  now: Date = new Date(),
): SaveOutcome {
  let raw: string | null;
  try {
    raw = storage.getItem(draftKey(content.id));
  } catch (error) {
    return { kind: 'failed', message: describeStorageError(error) };
  }
  const stored = storedRevision(raw);
  let name = content.name;
  if (raw !== null && Number.isNaN(stored)) {
    // Broken by hand or by another program: keep it aside, then write ours.
    moveAside(storage, content.id, raw, now);
  } else if (stored !== null) {
    if (stored !== baseRevision) return { kind: 'conflict', storedRevision: stored };
    const restored = restoreDraftText(raw ?? '');
    if (restored.ok) name = restored.draft.name;
  }
  return write(storage, {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: content.id,
    name,
    createdAt: content.createdAt,
    savedAt: now.toISOString(),
    revision: Math.max(baseRevision, stored ?? 0) + 1,
    savedBy: tabId,
    report: content.report,
    lastYear: content.lastYear,
  });
}

/**
 * Writes a draft under a fresh id (new, duplicate, import, copy), never over an existing one.
 * Returns the draft even when it could not be stored, so the clerk can still work on it.
 */
export function createDraft(
  storage: KeyValueStorage,
  content: Omit<DraftContent, 'createdAt'>,
  newId: () => string,
  now: Date = new Date(),
): { readonly draft: StoredDraft; readonly error: string | null } {
  let id = content.id;
  try {
    while (storage.getItem(draftKey(id)) !== null) id = newId();
  } catch {
    // Unreadable storage: the write below reports it.
  }
  const at = now.toISOString();
  const draft: StoredDraft = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    name: content.name,
    createdAt: at,
    savedAt: at,
    revision: 0,
    report: content.report,
    lastYear: content.lastYear,
  };
  const outcome = write(storage, draft);
  return { draft, error: outcome.kind === 'failed' ? outcome.message : null };
}

/** Renames without touching the revision: the editor keeps the stored name when it saves. */
export function renameDraft(storage: KeyValueStorage, id: string, name: string): SaveOutcome {
  const result = readDraft(storage, id);
  if (!result?.ok) return { kind: 'failed', message: '找不到这份草稿，或它已无法读取。' };
  return write(storage, { ...result.draft, name });
}

/** Removes a draft; returns its raw payload so the clerk can undo. */
export function deleteDraft(storage: KeyValueStorage, id: string): string | null {
  const raw = storage.getItem(draftKey(id));
  if (raw !== null) storage.removeItem(draftKey(id));
  return raw;
}

/** Puts a deleted draft back (unless a draft came back under that id meanwhile). */
export function undoDelete(storage: KeyValueStorage, id: string, raw: string): SaveOutcome {
  if (storage.getItem(draftKey(id)) !== null)
    return { kind: 'failed', message: '同名草稿已存在，无法撤销删除。' };
  try {
    storage.setItem(draftKey(id), raw);
  } catch (error) {
    return { kind: 'failed', message: describeStorageError(error) };
  }
  const restored = restoreDraftText(raw);
  return restored.ok
    ? { kind: 'saved', draft: restored.draft }
    : { kind: 'failed', message: restored.message };
}

/** The name shown for a draft: the clerk's, or agency and year. */
export function displayName(draft: Pick<StoredDraft, 'name' | 'report'>): string {
  if (draft.name.trim()) return draft.name.trim();
  const { agencyName, year } = draft.report.meta;
  return `${agencyName.trim() || '未命名机关'}${year === null ? '' : ` ${year}年`}年报`;
}
