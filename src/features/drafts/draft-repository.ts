import type { Report } from '@/domain/report/types';
import {
  committed,
  type CorruptRecord,
  type DraftDb,
  type DraftRecord,
  DURABLE,
  STORES,
  storageError,
} from './draft-db';
import { corruptRecord, type DraftWrite, writeDraft, type WriteOutcome } from './draft-write';
import { restoreDraftText, type RestoreResult } from '@/stored-draft/restore-draft';
import { CURRENT_SCHEMA_VERSION, type StoredDraft } from '@/stored-draft/schema';

/**
 * Drafts in IndexedDB (`draft-db.ts`). Every function here is one transaction; a write resolves
 * only once its transaction has durably committed, so a caller that says 已保存 after it is
 * telling the truth. The two-tab rule is a compare-and-set of the revision inside the write
 * transaction: IndexedDB runs overlapping readwrite transactions one after the other, across
 * tabs, so two saves can never both see the same revision.
 */
export interface CorruptEntry {
  readonly key: string;
  readonly id: string;
  /** When it was moved aside. */
  readonly movedAt: string;
  readonly raw: string;
  /** Why it cannot be read, in Chinese. */
  readonly message: string;
}

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly draft: StoredDraft }
  | { readonly kind: 'conflict'; readonly storedRevision: number }
  | { readonly kind: 'failed'; readonly message: string };

export interface DraftContent {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly report: Report;
  readonly lastYear: Report | null;
}

const failed = (error: unknown): SaveOutcome => ({
  kind: 'failed',
  message: storageError(error).message,
});

/** The record stored for `draft`. */
export function toRecord(draft: StoredDraft): DraftRecord {
  return {
    id: draft.id,
    revision: draft.revision,
    ...(draft.savedBy === undefined ? {} : { savedBy: draft.savedBy }),
    name: draft.name,
    text: JSON.stringify(draft),
  };
}

/** A record for a payload of unknown quality (moved over from localStorage, undo of a delete). */
export function recordFromText(id: string, text: string): DraftRecord {
  const restored = restoreDraftText(text);
  if (restored.ok) {
    const { revision, savedBy, name } = restored.draft;
    return { id, revision, ...(savedBy === undefined ? {} : { savedBy }), name, text };
  }
  return { id, revision: -1, name: '', text };
}

/** Every readable draft (newest first); unreadable ones are moved aside and listed as corrupt. */
export async function listDrafts(
  db: DraftDb,
  now: Date = new Date(),
): Promise<{ drafts: StoredDraft[]; corrupt: CorruptEntry[] }> {
  const records = await db.getAll('drafts');
  const drafts: StoredDraft[] = [];
  const unreadable: DraftRecord[] = [];
  for (const record of records) {
    const result = restoreDraftText(record.text);
    if (result.ok) drafts.push({ ...result.draft, id: record.id });
    else unreadable.push(record);
  }
  if (unreadable.length > 0) await moveAside(db, unreadable, now);
  const kept = await db.getAll('corrupt');
  const revived = await reviveReadable(db, kept);
  drafts.push(...revived.drafts);
  const corrupt = kept
    .filter((c) => !revived.keys.has(c.key))
    .map((c) => {
      const result = restoreDraftText(c.raw);
      return {
        key: c.key,
        id: c.id,
        movedAt: c.movedAt,
        raw: c.raw,
        message: result.ok ? '数据可以读取，但曾被标记为无法读取。' : result.message,
      };
    });
  drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  corrupt.sort((a, b) => b.movedAt.localeCompare(a.movedAt));
  return { drafts, corrupt };
}

/**
 * Moves unreadable records to the `corrupt` store, verbatim, in one transaction (a record that
 * changed meanwhile stays where it is). Nothing is ever deleted without its copy committed.
 */
async function moveAside(db: DraftDb, records: readonly DraftRecord[], now: Date): Promise<void> {
  const tx = db.transaction(STORES, 'readwrite', DURABLE);
  const writes: Promise<unknown>[] = [];
  for (const record of records) {
    const current = await tx.objectStore('drafts').get(record.id);
    if (current?.text !== record.text) continue;
    writes.push(tx.objectStore('corrupt').put(corruptRecord(record.id, record.text, now)));
    writes.push(tx.objectStore('drafts').delete(record.id));
  }
  await committed(tx.done, ...writes).catch(() => undefined);
}

/**
 * Kept-aside payloads this version can read again go back to the drafts, verbatim, in one
 * durable transaction (issue 11: earlier versions refused a draft for a typed value such as a
 * five-digit year; the loader no longer does, so those drafts open again). A draft that took
 * the id meanwhile keeps it; the revived one gets `<id>-<movedAt>`. Nothing is deleted unless
 * its copy is written in the same transaction.
 */
async function reviveReadable(
  db: DraftDb,
  kept: readonly CorruptRecord[],
): Promise<{ drafts: StoredDraft[]; keys: Set<string> }> {
  const readable = kept.flatMap((c) => {
    const result = restoreDraftText(c.raw);
    return result.ok ? [{ record: c, draft: result.draft }] : [];
  });
  if (readable.length === 0) return { drafts: [], keys: new Set() };
  const tx = db.transaction(STORES, 'readwrite', DURABLE);
  const writes: Promise<unknown>[] = [];
  const drafts: StoredDraft[] = [];
  const keys = new Set<string>();
  for (const { record, draft } of readable) {
    const taken = (await tx.objectStore('drafts').getKey(record.id)) !== undefined;
    const id = taken ? `${record.id}-${record.movedAt}` : record.id;
    if ((await tx.objectStore('drafts').getKey(id)) !== undefined) continue;
    const revivedRecord = recordFromText(id, record.raw);
    writes.push(tx.objectStore('drafts').put(revivedRecord));
    writes.push(tx.objectStore('corrupt').delete(record.key));
    drafts.push({ ...draft, id });
    keys.add(record.key);
  }
  try {
    await committed(tx.done, ...writes);
    return { drafts, keys };
  } catch {
    // Not written (storage full, blocked): they stay kept aside and are listed as before.
    return { drafts: [], keys: new Set() };
  }
}

/** The stored draft, restored; null when there is none. */
export async function readDraft(db: DraftDb, id: string): Promise<RestoreResult | null> {
  const record = await db.get('drafts', id);
  if (!record) return null;
  const result = restoreDraftText(record.text);
  return result.ok ? { ...result, draft: { ...result.draft, id } } : result;
}

/** `JSON.stringify(report)`, kept per report object: last year's report is written unchanged by every save. */
const jsonOfReport = new WeakMap<Report, string>();
export function reportJson(report: Report | null): string {
  if (report === null) return 'null';
  let json = jsonOfReport.get(report);
  if (json === undefined) {
    json = JSON.stringify(report);
    jsonOfReport.set(report, json);
  }
  return json;
}

/** What `writeDraft` stores for `content`: its reports as JSON. */
export function draftWrite(content: DraftContent): DraftWrite {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: content.id,
    name: content.name,
    createdAt: content.createdAt,
    reportJson: reportJson(content.report),
    lastYearJson: reportJson(content.lastYear),
  };
}

/** The saved draft, from what a write returned and the content it wrote. */
export function savedOutcome(outcome: WriteOutcome, content: DraftContent): SaveOutcome {
  if (outcome.kind === 'failed') return { kind: 'failed', message: outcome.message };
  if (outcome.kind === 'conflict') return outcome;
  return {
    kind: 'saved',
    draft: {
      ...outcome.header,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      report: content.report,
      lastYear: content.lastYear,
    },
  };
}

/**
 * Saves `content` unless another tab saved this draft since this one last read or wrote it
 * (`baseRevision`; null: this tab has not stored it yet). Then nothing is written and the caller
 * is told (the two-tab rule). The stored name wins over ours (renames happen on the start page).
 * A stored record that cannot be read is kept aside and ours is written. (The transaction is
 * `writeDraft`'s, which the save worker runs too.)
 */
export async function saveDraft(
  db: DraftDb,
  content: DraftContent,
  baseRevision: number | null,
  tabId: string,
  now: Date = new Date(),
): Promise<SaveOutcome> {
  return savedOutcome(await writeDraft(db, draftWrite(content), baseRevision, tabId, now), content);
}

/**
 * Writes a draft under a fresh id (duplicate, import, copy), never over an existing one.
 * Returns the draft even when it could not be stored, so the clerk can still work on it.
 */
export async function createDraft(
  db: DraftDb,
  content: Omit<DraftContent, 'createdAt'>,
  newId: () => string,
  now: Date = new Date(),
): Promise<{ readonly draft: StoredDraft; readonly error: string | null }> {
  const at = now.toISOString();
  let draft: StoredDraft = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: content.id,
    name: content.name,
    createdAt: at,
    savedAt: at,
    revision: 0,
    report: content.report,
    lastYear: content.lastYear,
  };
  try {
    const tx = db.transaction(STORES, 'readwrite', DURABLE);
    const drafts = tx.objectStore('drafts');
    while ((await drafts.getKey(draft.id)) !== undefined) draft = { ...draft, id: newId() };
    await committed(tx.done, drafts.put(toRecord(draft)));
    return { draft, error: null };
  } catch (error) {
    return { draft, error: storageError(error).message };
  }
}

/** Renames without touching the revision: an editor keeps the stored name when it saves. */
export async function renameDraft(db: DraftDb, id: string, name: string): Promise<SaveOutcome> {
  try {
    const tx = db.transaction(STORES, 'readwrite', DURABLE);
    const drafts = tx.objectStore('drafts');
    const record = await drafts.get(id);
    const restored = record ? restoreDraftText(record.text) : null;
    if (!restored?.ok) {
      await tx.done;
      return { kind: 'failed', message: '找不到这份草稿，或它已无法读取。' };
    }
    const draft = { ...restored.draft, id, name };
    await committed(tx.done, drafts.put(toRecord(draft)));
    return { kind: 'saved', draft };
  } catch (error) {
    return failed(error);
  }
}

/** Removes a draft; returns its record so the clerk can undo. */
export async function deleteDraft(db: DraftDb, id: string): Promise<DraftRecord | null> {
  const tx = db.transaction(STORES, 'readwrite', DURABLE);
  const drafts = tx.objectStore('drafts');
  const record = await drafts.get(id);
  if (!record) {
    await tx.done;
    return null;
  }
  await committed(tx.done, drafts.delete(id));
  return record;
}

/** Puts a deleted draft back (unless a draft came back under that id meanwhile). */
export async function undoDelete(db: DraftDb, record: DraftRecord): Promise<SaveOutcome> {
  try {
    const tx = db.transaction(STORES, 'readwrite', DURABLE);
    const drafts = tx.objectStore('drafts');
    if ((await drafts.getKey(record.id)) !== undefined) {
      await tx.done;
      return { kind: 'failed', message: '同名草稿已存在，无法撤销删除。' };
    }
    await committed(tx.done, drafts.put(record));
  } catch (error) {
    return failed(error);
  }
  const restored = restoreDraftText(record.text);
  return restored.ok
    ? { kind: 'saved', draft: { ...restored.draft, id: record.id } }
    : { kind: 'failed', message: restored.message };
}

/** The name shown for a draft: the clerk's, or agency and year. */
export function displayName(draft: Pick<StoredDraft, 'name' | 'report'>): string {
  if (draft.name.trim()) return draft.name.trim();
  const { agencyName, year } = draft.report.meta;
  return `${agencyName.trim() || '未命名机关'}${year === null ? '' : ` ${year}年`}年报`;
}
