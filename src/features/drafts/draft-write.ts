import {
  committed,
  type CorruptRecord,
  type DraftDb,
  type DraftRecord,
  DURABLE,
  STORES,
  storageError,
} from './draft-db';

/**
 * The autosave's write transaction, shared by the page and the save worker
 * (`draft-save.worker.ts`): it imports neither the report's schema nor the restore code, so the
 * worker's chunk stays small. The draft is stored as its JSON text (`DraftRecord.text`), built
 * from the report's and last year's JSON, which the page serializes (a string crosses to the
 * worker as a plain copy).
 */

/** A `StoredDraft` without its two reports, its fields in their stored order. */
export interface DraftHeader {
  readonly schemaVersion: number;
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly savedAt: string;
  readonly revision: number;
  readonly savedBy: string;
}

export type WriteOutcome =
  | { readonly kind: 'saved'; readonly header: DraftHeader }
  | { readonly kind: 'conflict'; readonly storedRevision: number }
  | {
      readonly kind: 'failed';
      readonly message: string;
      /** Which failure (`DraftStorageError['kind']`): the page tells some apart. */
      readonly reason: string;
    };

/** What a save writes: the draft and the two reports' JSON (`JSON.stringify(report)`). */
export interface DraftWrite {
  readonly schemaVersion: number;
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly reportJson: string;
  readonly lastYearJson: string;
}

/**
 * The stored JSON of a draft: exactly `JSON.stringify({ ...header, report, lastYear })` when the
 * two JSON texts are `JSON.stringify(report)` and `JSON.stringify(lastYear)` (the header's keys
 * are written first, in order; `draft-write.test.ts` holds the equality).
 */
export function draftText(header: DraftHeader, reportJson: string, lastYearJson: string): string {
  const head = JSON.stringify({
    schemaVersion: header.schemaVersion,
    id: header.id,
    name: header.name,
    createdAt: header.createdAt,
    savedAt: header.savedAt,
    revision: header.revision,
    savedBy: header.savedBy,
  });
  return `${head.slice(0, -1)},"report":${reportJson},"lastYear":${lastYearJson}}`;
}

export const asideKey = (id: string, now: Date): { key: string; movedAt: string } => {
  const movedAt = now.toISOString().replace(/[:.]/g, '-');
  return { key: `${id}:${movedAt}`, movedAt };
};

export function corruptRecord(id: string, raw: string, now: Date): CorruptRecord {
  return { ...asideKey(id, now), id, raw };
}

/**
 * Writes `draft` unless another tab saved it since this one last read or wrote it
 * (`baseRevision`; null: this tab has not stored it yet). Then nothing is written and the caller
 * is told (the two-tab rule: the revision is compared inside the write transaction). The stored
 * name wins over ours (renames happen on the start page). A stored record that cannot be read
 * is kept aside and ours is written. Resolves once the transaction durably committed.
 */
export async function writeDraft(
  db: DraftDb,
  draft: DraftWrite,
  baseRevision: number | null,
  tabId: string,
  now: Date,
): Promise<WriteOutcome> {
  try {
    const tx = db.transaction(STORES, 'readwrite', DURABLE);
    const drafts = tx.objectStore('drafts');
    const stored = await drafts.get(draft.id);
    let name = draft.name;
    const writes: Promise<unknown>[] = [];
    if (stored && stored.revision < 0) {
      writes.push(tx.objectStore('corrupt').put(corruptRecord(stored.id, stored.text, now)));
    } else if (stored) {
      if (stored.revision !== baseRevision) {
        await tx.done;
        return { kind: 'conflict', storedRevision: stored.revision };
      }
      name = stored.name;
    }
    const header: DraftHeader = {
      schemaVersion: draft.schemaVersion,
      id: draft.id,
      name,
      createdAt: draft.createdAt,
      savedAt: now.toISOString(),
      revision: baseRevision === null ? 0 : Math.max(baseRevision, stored?.revision ?? 0) + 1,
      savedBy: tabId,
    };
    const record: DraftRecord = {
      id: header.id,
      revision: header.revision,
      savedBy: tabId,
      name,
      text: draftText(header, draft.reportJson, draft.lastYearJson),
    };
    writes.push(drafts.put(record));
    // Commit now rather than when this side has seen the put succeed: one round trip less in
    // which a renderer crash could still lose the write.
    if (typeof tx.commit === 'function') tx.commit();
    await committed(tx.done, ...writes);
    return { kind: 'saved', header };
  } catch (error) {
    const told = storageError(error);
    return { kind: 'failed', message: told.message, reason: told.kind };
  }
}
