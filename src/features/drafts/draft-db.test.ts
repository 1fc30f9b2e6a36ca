import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DraftStorageError } from './draft-db';
import { MESSAGES, openDraftDb } from './draft-db';

let counter = 0;
const name = (): string => `db-test-${(counter += 1)}`;

afterEach(() => vi.restoreAllMocks());

describe('openDraftDb: each way IndexedDB fails is told apart', () => {
  it('no IndexedDB at all (private mode, disabled storage)', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      await expect(openDraftDb({}, name())).rejects.toMatchObject({
        kind: 'unavailable',
        message: MESSAGES.unavailable,
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('indexedDB.open throws (Firefox private mode: InvalidStateError)', async () => {
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
    });
    await expect(openDraftDb({}, name())).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('an older tab blocks the upgrade: told while it waits, cleared once it may go on', async () => {
    const db = name();
    const old = await openDB(db, 1); // an old tab that never lets go
    const told: (DraftStorageError | null)[] = [];
    const opening = openDraftDb({ onBlocked: (e) => told.push(e) }, db, 2);
    await vi.waitFor(() => expect(told).toHaveLength(1));
    expect(told[0]).toMatchObject({ kind: 'blocked', message: MESSAGES.blocked });
    old.close();
    const opened = await opening;
    expect(told).toEqual([told[0], null]);
    expect([...opened.objectStoreNames]).toEqual(['corrupt', 'drafts']);
  });

  it('this tab is the old one: it lets go at once and is told why', async () => {
    const db = name();
    const lost: DraftStorageError[] = [];
    const mine = await openDraftDb({ onLost: (e) => lost.push(e) }, db, 1);
    const newer = await openDB(db, 2);
    expect(lost.map((e) => e.kind)).toEqual(['versionchange']);
    expect(() => mine.transaction('drafts')).toThrow();
    newer.close();
  });
});
