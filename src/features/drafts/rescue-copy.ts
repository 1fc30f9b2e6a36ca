import { entriesWithPrefix, type KeyValueStorage, removeIfUnchanged } from '@/lib/storage';
import { restoreDraftText } from '@/stored-draft/restore-draft';
import { CURRENT_SCHEMA_VERSION, type StoredDraft } from '@/stored-draft/schema';
import { committed, type DraftDb, DURABLE, STORES, storageError } from './draft-db';
import {
  createDraft,
  type DraftContent,
  displayName,
  readDraft,
  reportJson,
  saveDraft,
} from './draft-repository';
import { corruptRecord, draftText } from './draft-write';

/**
 * The last save of a page being closed, kept where it cannot be lost on the way.
 *
 * On `pagehide` the session hands its unsaved changes to the save worker, but closing the page
 * ends the worker, and on a loaded machine it may not have started its IndexedDB transaction yet
 * (stop 57: a cell typed and the tab closed within milliseconds came back empty). localStorage
 * is written synchronously in the handler: the browser keeps the entry when the page goes. So
 * the page also writes its unsaved draft there, `nianbao:rescue:<id>`, with the revision it was
 * based on and its tab; the next start applies it:
 *   - the stored draft already holds the same content (the worker did commit): the copy is dropped;
 *   - the stored draft is still the revision the page was based on, or a later one written by the
 *     same tab (an earlier save that was in flight), or there is none: the copy is saved over it;
 *   - another tab saved the draft since: the copy becomes a new draft, `…（未保存的冲突副本）`, as a
 *     conflicted tab's version does when it is closed.
 * An entry that cannot be read is kept in the `corrupt` store, verbatim. An entry is removed only
 * after what it holds has committed (and only if it is still what was read); a save that
 * commits while the page lives removes its page's entry.
 */
export const RESCUE_PREFIX = 'nianbao:rescue:';

const CONFLICT_COPY = '（未保存的冲突副本）';

/** What one entry holds (`text`: the `StoredDraft` JSON, as the drafts store keeps it). */
interface RescueEntry {
  readonly base: number | null;
  readonly tabId: string;
  readonly text: string;
}

/** The page's side: keeps and drops its entry (any storage error is swallowed: a last resort). */
export interface RescueCopies {
  keep(content: DraftContent, base: number | null, tabId: string, now: Date): void;
  drop(id: string): void;
}

export function rescueCopies(storage: KeyValueStorage | null): RescueCopies {
  return {
    keep(content, base, tabId, now) {
      const header = {
        schemaVersion: CURRENT_SCHEMA_VERSION,
        id: content.id,
        name: content.name,
        createdAt: content.createdAt,
        savedAt: now.toISOString(),
        revision: base ?? 0,
        savedBy: tabId,
      };
      const text = draftText(header, reportJson(content.report), reportJson(content.lastYear));
      const entry: RescueEntry = { base, tabId, text };
      try {
        storage?.setItem(RESCUE_PREFIX + content.id, JSON.stringify(entry));
      } catch {
        // Full or refused: the worker's write is all there is, as before.
      }
    },
    drop(id) {
      try {
        storage?.removeItem(RESCUE_PREFIX + id);
      } catch {
        // Left in place: the next start finds the draft saved and drops it then.
      }
    },
  };
}

function parseEntry(raw: string): RescueEntry | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { base, tabId, text } = value as Record<string, unknown>;
    const baseOk = base === null || (typeof base === 'number' && Number.isInteger(base));
    if (!baseOk || typeof tabId !== 'string' || typeof text !== 'string') return null;
    return { base: base as number | null, tabId, text };
  } catch {
    return null;
  }
}

/** A draft written back by `applyRescueCopies`: the other tabs are told of it. */
export interface RescuedDraft {
  readonly id: string;
  /** The name the start page lists it by. */
  readonly name: string;
  readonly revision: number;
  readonly savedBy: string;
  /** Saved as a new draft (another tab had saved the draft since). */
  readonly asCopy: boolean;
}

type Applied =
  { readonly kind: 'done'; readonly rescued: RescuedDraft | null } | { readonly kind: 'kept' };

const sameContent = (a: StoredDraft, b: StoredDraft): boolean =>
  reportJson(a.report) === reportJson(b.report) &&
  reportJson(a.lastYear) === reportJson(b.lastYear);

async function keepAside(db: DraftDb, id: string, raw: string, now: Date): Promise<Applied> {
  const tx = db.transaction(STORES, 'readwrite', DURABLE);
  await committed(tx.done, tx.objectStore('corrupt').put(corruptRecord(id, raw, now)));
  return { kind: 'done', rescued: null };
}

async function applyOne(
  db: DraftDb,
  id: string,
  raw: string,
  newId: () => string,
  now: Date,
): Promise<Applied> {
  const entry = parseEntry(raw);
  const restored = entry ? restoreDraftText(entry.text) : null;
  if (!entry || !restored?.ok) return keepAside(db, id, entry?.text ?? raw, now);
  const rescued = { ...restored.draft, id };
  const stored = await readDraft(db, id);
  if (stored?.ok && sameContent(stored.draft, rescued)) return { kind: 'done', rescued: null };
  const storedDraft = stored?.ok ? stored.draft : null;
  const ours =
    stored === null ||
    (storedDraft !== null &&
      (storedDraft.revision === entry.base || storedDraft.savedBy === entry.tabId));
  if (ours) {
    const base = storedDraft === null ? null : storedDraft.revision;
    const outcome = await saveDraft(db, rescued, base, entry.tabId, now);
    if (outcome.kind === 'failed') return { kind: 'kept' };
    if (outcome.kind === 'saved') {
      const { revision } = outcome.draft;
      const name = displayName(outcome.draft);
      return { kind: 'done', rescued: { id, name, revision, savedBy: entry.tabId, asCopy: false } };
    }
  }
  // Another tab saved this draft since (or just now): the closed page's version becomes a copy.
  const name = `${displayName(rescued)}${CONFLICT_COPY}`;
  const copy = await createDraft(db, { ...rescued, id: newId(), name }, newId, now);
  if (copy.error !== null) return { kind: 'kept' };
  const { id: copyId, revision } = copy.draft;
  return {
    kind: 'done',
    rescued: { id: copyId, name, revision, savedBy: entry.tabId, asCopy: true },
  };
}

/**
 * Applies the entries closed pages left (see above); returns the drafts written. An entry whose
 * write failed stays for the next start. Rejects with a `DraftStorageError` when the database
 * cannot be written at all.
 */
export async function applyRescueCopies(
  db: DraftDb,
  storage: KeyValueStorage | null,
  newId: () => string,
  now: Date = new Date(),
): Promise<RescuedDraft[]> {
  if (!storage) return [];
  const rescued: RescuedDraft[] = [];
  for (const entry of entriesWithPrefix(storage, RESCUE_PREFIX) ?? []) {
    let applied: Applied;
    try {
      applied = await applyOne(db, entry.key.slice(RESCUE_PREFIX.length), entry.raw, newId, now);
    } catch (error) {
      throw storageError(error);
    }
    if (applied.kind === 'kept') continue;
    if (applied.rescued) rescued.push(applied.rescued);
    // Left in place if refused: the next start finds it applied (same content) and drops it.
    removeIfUnchanged(storage, entry);
  }
  return rescued;
}
