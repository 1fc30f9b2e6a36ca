import { entriesWithPrefix, type KeyValueStorage, removeIfUnchanged } from '@/lib/storage';
import { committed, type DraftDb, DURABLE, STORES, storageError } from './draft-db';
import { recordFromText } from './draft-repository';

/**
 * The first releases kept drafts in localStorage, which Chromium holds in memory and writes to
 * disk later (a killed browser lost them). On first start this moves everything they stored
 * into IndexedDB, verbatim:
 *   nianbao:draft:<id>               → drafts   (readable or not: listing sets aside what is not)
 *   nianbao:corrupt:<id>:<timestamp> → corrupt
 * The localStorage entries are removed only after the IndexedDB transaction has committed, and
 * only if they are still what was copied. Run again (another tab, a crash in between), it finds
 * the copies in place and only removes the originals; a draft whose id is already taken by a
 * different draft comes over under a new id, so nothing is lost either way.
 */
export const LEGACY_DRAFT_PREFIX = 'nianbao:draft:';
export const LEGACY_CORRUPT_PREFIX = 'nianbao:corrupt:';

export interface MigrationReport {
  readonly drafts: number;
  readonly corrupt: number;
}

export async function migrateLocalStorage(
  db: DraftDb,
  storage: KeyValueStorage | null,
  newId: () => string,
): Promise<MigrationReport> {
  if (!storage) return { drafts: 0, corrupt: 0 };
  const entries = entriesWithPrefix(storage, LEGACY_DRAFT_PREFIX, LEGACY_CORRUPT_PREFIX);
  if (entries === null || entries.length === 0) return { drafts: 0, corrupt: 0 };

  const counts = await copyOver(db, entries, newId);
  // An entry left in place (refused, or changed meanwhile): the next start finds the copy and tries again.
  for (const entry of entries) removeIfUnchanged(storage, entry);
  return counts;
}

/** One durable transaction; rejects with a `DraftStorageError` when it did not commit. */
async function copyOver(
  db: DraftDb,
  entries: readonly { key: string; raw: string }[],
  newId: () => string,
): Promise<MigrationReport> {
  try {
    return await copyOverUnsafe(db, entries, newId);
  } catch (error) {
    throw storageError(error);
  }
}

async function copyOverUnsafe(
  db: DraftDb,
  entries: readonly { key: string; raw: string }[],
  newId: () => string,
): Promise<MigrationReport> {
  const tx = db.transaction(STORES, 'readwrite', DURABLE);
  const drafts = tx.objectStore('drafts');
  const corrupt = tx.objectStore('corrupt');
  const writes: Promise<unknown>[] = [];
  let counts = { drafts: 0, corrupt: 0 };
  for (const { key, raw } of entries) {
    if (key.startsWith(LEGACY_DRAFT_PREFIX)) {
      let id = key.slice(LEGACY_DRAFT_PREFIX.length);
      const existing = await drafts.get(id);
      if (existing?.text === raw) continue;
      if (existing) {
        do id = newId();
        while ((await drafts.getKey(id)) !== undefined);
      }
      writes.push(drafts.put(recordFromText(id, raw)));
      counts = { ...counts, drafts: counts.drafts + 1 };
    } else {
      const rest = key.slice(LEGACY_CORRUPT_PREFIX.length);
      const cut = rest.lastIndexOf(':');
      const id = cut > 0 ? rest.slice(0, cut) : rest;
      const movedAt = cut > 0 ? rest.slice(cut + 1) : '';
      let asideKey = rest;
      const existing = await corrupt.get(asideKey);
      if (existing?.raw === raw) continue;
      if (existing) asideKey = `${rest}-${newId()}`;
      writes.push(corrupt.put({ key: asideKey, id, movedAt, raw }));
      counts = { ...counts, corrupt: counts.corrupt + 1 };
    }
  }
  await committed(tx.done, ...writes);
  return counts;
}
