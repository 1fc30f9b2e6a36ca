import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '@/lib/storage';
import v1Text from '@/stored-draft/fixtures/draft-v1.json?raw';
import { openDraftDb } from './draft-db';
import { listDrafts } from './draft-repository';
import { migrateLocalStorage } from './migrate-local-storage';

let counter = 0;
const freshDb = () => openDraftDb({}, `migration-test-${(counter += 1)}`);
const ids = (): string => `new${(counter += 1)}`;
const now = new Date('2025-01-10T08:00:00Z');

afterEach(() => vi.restoreAllMocks());

/** What the first releases left in localStorage: a draft, a broken one, one kept aside. */
function legacyStorage(quota = Number.POSITIVE_INFINITY) {
  const s = memoryStorage(quota);
  s.setItem('nianbao:draft:3f9a1c2b7d8e4f5a6b7c', v1Text);
  s.setItem('nianbao:draft:broken', '{"schemaVersion":1,"report":{');
  s.setItem('nianbao:corrupt:old:2024-12-01T08-00-00-000Z', '{"truncated":');
  s.setItem('other-app:key', 'untouched');
  return s;
}

describe('migrateLocalStorage', () => {
  it('moves drafts, broken drafts and kept-aside payloads over verbatim, then clears them', async () => {
    const db = await freshDb();
    const s = legacyStorage();
    expect(await migrateLocalStorage(db, s, ids)).toEqual({ drafts: 2, corrupt: 1 });
    expect([...s.data.keys()]).toEqual(['other-app:key']);

    const { drafts, corrupt } = await listDrafts(db, now);
    expect(drafts.map((d) => d.id)).toEqual(['3f9a1c2b7d8e4f5a6b7c']);
    expect(drafts[0]?.report).toEqual(JSON.parse(v1Text).report);
    expect(corrupt.map((c) => [c.id, c.raw])).toEqual([
      ['broken', '{"schemaVersion":1,"report":{'],
      ['old', '{"truncated":'],
    ]);
    expect(corrupt.find((c) => c.id === 'old')?.movedAt).toBe('2024-12-01T08-00-00-000Z');
    // Nothing left to move: a second start changes nothing.
    expect(await migrateLocalStorage(db, s, ids)).toEqual({ drafts: 0, corrupt: 0 });
  });

  it('a 3 MB corrupt draft that never fitted beside its copy in localStorage is kept and shown', async () => {
    const db = await freshDb();
    const huge = `{"schemaVersion":1,"report":"${'坏'.repeat(1_500_000)}`;
    // localStorage held it as a draft: its kept-aside copy could not be written (5 MB quota).
    const s = memoryStorage(2_600_000);
    s.setItem('nianbao:draft:huge', huge);
    await migrateLocalStorage(db, s, ids);
    expect(s.getItem('nianbao:draft:huge')).toBeNull();
    const { corrupt } = await listDrafts(db, now);
    expect(corrupt).toHaveLength(1);
    expect(corrupt[0]?.raw).toBe(huge);
    expect(corrupt[0]?.message).toMatch(/JSON/);
  });

  it('removes nothing from localStorage when the IndexedDB transaction fails', async () => {
    const db = await freshDb();
    const s = legacyStorage();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(migrateLocalStorage(db, s, ids)).rejects.toThrow('浏览器的本地存储空间已满');
    expect(s.data.size).toBe(4);
  });

  it('run again after a crash between commit and clean-up: the copies stay single', async () => {
    const db = await freshDb();
    const s = legacyStorage();
    const copy = memoryStorage();
    for (const [k, v] of s.data) copy.setItem(k, v);
    await migrateLocalStorage(db, s, ids);
    // The clean-up never happened: localStorage still holds everything.
    expect(await migrateLocalStorage(db, copy, ids)).toEqual({ drafts: 0, corrupt: 0 });
    expect(await db.count('drafts')).toBe(2);
    expect(await db.count('corrupt')).toBe(1);
    expect([...copy.data.keys()]).toEqual(['other-app:key']);
  });

  it('a different draft under an id already taken comes over under a new id', async () => {
    const db = await freshDb();
    const s = memoryStorage();
    s.setItem('nianbao:draft:same', v1Text);
    await migrateLocalStorage(db, s, ids);
    const edited = JSON.stringify({ ...JSON.parse(v1Text), name: '另一份' });
    s.setItem('nianbao:draft:same', edited);
    expect(await migrateLocalStorage(db, s, ids)).toEqual({ drafts: 1, corrupt: 0 });
    const names = (await listDrafts(db, now)).drafts.map((d) => d.name).sort();
    expect(names).toEqual([JSON.parse(v1Text).name, '另一份'].sort());
  });
});
