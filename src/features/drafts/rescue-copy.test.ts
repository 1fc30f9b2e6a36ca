import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/types';
import { memoryStorage } from '@/lib/storage';
import { CURRENT_SCHEMA_VERSION } from '@/stored-draft/schema';
import { type DraftDb, DraftStorageError, openDraftDb } from './draft-db';
import { type DraftContent, listDrafts, readDraft, saveDraft } from './draft-repository';
import { DraftSession } from './draft-session';
import { createDraftStatusStore } from './draft-status';
import { applyRescueCopies, RESCUE_PREFIX, rescueCopies } from './rescue-copy';
import type { SaveWriter } from './save-client';

let counter = 0;
const freshDb = () => openDraftDb({}, `rescue-test-${(counter += 1)}`);
let ids = 0;
const newId = () => `new-${(ids += 1)}`;
const AT = new Date('2025-01-10T08:00:00.000Z');

const withCell = (value: string, report: Report = emptyReport('2021', 2024)): Report => ({
  ...report,
  cells: { ...report.cells, 't3.newReceived.naturalPerson': value },
});

const content = (id: string, report: Report): DraftContent => ({
  id,
  name: '',
  createdAt: AT.toISOString(),
  report,
  lastYear: null,
});

async function cellOf(db: DraftDb, id: string): Promise<string | undefined> {
  const found = await readDraft(db, id);
  if (!found?.ok) throw new Error(`${id} not stored`);
  return found.draft.report.cells['t3.newReceived.naturalPerson'];
}

async function revisionOf(db: DraftDb, id: string): Promise<number> {
  const found = await readDraft(db, id);
  if (!found?.ok) throw new Error(`${id} not stored`);
  return found.draft.revision;
}

describe('a closed page’s rescue copy, applied at the next start', () => {
  it('saves a draft that never reached the database under its own id', async () => {
    const db = await freshDb();
    const storage = memoryStorage();
    rescueCopies(storage).keep(content('d1', withCell('17')), null, 'tab-A', AT);
    const rescued = await applyRescueCopies(db, storage, newId, AT);
    expect(rescued).toEqual([
      { id: 'd1', name: '未命名机关 2024年年报', revision: 0, savedBy: 'tab-A', asCopy: false },
    ]);
    expect(await cellOf(db, 'd1')).toBe('17');
    expect(storage.data.size).toBe(0);
  });

  it('writes over the revision the page was based on', async () => {
    const db = await freshDb();
    const storage = memoryStorage();
    await saveDraft(db, content('d2', withCell('1')), null, 'tab-A', AT);
    rescueCopies(storage).keep(content('d2', withCell('17')), 0, 'tab-A', AT);
    await applyRescueCopies(db, storage, newId, AT);
    expect(await cellOf(db, 'd2')).toBe('17');
    expect(await revisionOf(db, 'd2')).toBe(1);
    expect(storage.data.size).toBe(0);
  });

  it('drops the copy when the page’s own write did commit', async () => {
    const db = await freshDb();
    const storage = memoryStorage();
    await saveDraft(db, content('d3', withCell('1')), null, 'tab-A', AT);
    rescueCopies(storage).keep(content('d3', withCell('17')), 0, 'tab-A', AT);
    await saveDraft(db, content('d3', withCell('17')), 0, 'tab-A', AT);
    expect(await applyRescueCopies(db, storage, newId, AT)).toEqual([]);
    expect(await revisionOf(db, 'd3')).toBe(1);
    expect(storage.data.size).toBe(0);
  });

  it('writes over an older save of the same tab that was still in flight', async () => {
    const db = await freshDb();
    const storage = memoryStorage();
    await saveDraft(db, content('d4', withCell('1')), null, 'tab-A', AT);
    // The page was based on revision 0; its write of '1' + '7' landed, the last key's did not.
    rescueCopies(storage).keep(content('d4', withCell('177')), 0, 'tab-A', AT);
    await saveDraft(db, content('d4', withCell('17')), 0, 'tab-A', AT);
    await applyRescueCopies(db, storage, newId, AT);
    expect(await cellOf(db, 'd4')).toBe('177');
    expect(await revisionOf(db, 'd4')).toBe(2);
  });

  it('keeps the page’s version as a copy when another tab saved the draft since', async () => {
    const db = await freshDb();
    const storage = memoryStorage();
    await saveDraft(db, content('d5', withCell('1')), null, 'tab-A', AT);
    rescueCopies(storage).keep(content('d5', withCell('17')), 0, 'tab-A', AT);
    await saveDraft(db, content('d5', withCell('5')), 0, 'tab-B', AT);
    const rescued = await applyRescueCopies(db, storage, newId, AT);
    expect(rescued).toHaveLength(1);
    expect(rescued[0]).toMatchObject({
      asCopy: true,
      name: '未命名机关 2024年年报（未保存的冲突副本）',
    });
    expect(await cellOf(db, 'd5')).toBe('5');
    expect(await cellOf(db, rescued[0]?.id ?? '')).toBe('17');
    expect(storage.data.size).toBe(0);
  });

  it('keeps an entry it cannot read in the corrupt store, verbatim, and applies the others', async () => {
    const db = await freshDb();
    const storage = memoryStorage();
    storage.setItem(`${RESCUE_PREFIX}bad`, '{"base":0,"tabId":');
    storage.setItem(`${RESCUE_PREFIX}worse`, '{"base":0,"tabId":"t","text":"{\\"report\\":5}"}');
    rescueCopies(storage).keep(content('good', withCell('3')), null, 'tab-A', AT);
    await applyRescueCopies(db, storage, newId, AT);
    expect(await cellOf(db, 'good')).toBe('3');
    const { corrupt } = await listDrafts(db);
    expect(corrupt.map((c) => [c.id, c.raw]).sort()).toEqual([
      ['bad', '{"base":0,"tabId":'],
      ['worse', '{"report":5}'],
    ]);
    expect(storage.data.size).toBe(0);
  });

  it('leaves the entry for the next start when the database cannot be used', async () => {
    const db = await freshDb();
    const storage = memoryStorage();
    rescueCopies(storage).keep(content('d6', withCell('6')), null, 'tab-A', AT);
    db.close();
    await expect(applyRescueCopies(db, storage, newId, AT)).rejects.toBeInstanceOf(
      DraftStorageError,
    );
    expect(storage.data.size).toBe(1);
  });

  it('survives storage that refuses reads and writes', async () => {
    const db = await freshDb();
    const refusing = memoryStorage(0);
    rescueCopies(refusing).keep(content('d7', withCell('7')), null, 'tab-A', AT);
    expect(refusing.data.size).toBe(0);
    const broken = {
      ...memoryStorage(),
      get length(): number {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(await applyRescueCopies(db, broken, newId, AT)).toEqual([]);
    expect(await applyRescueCopies(db, null, newId, AT)).toEqual([]);
  });

  // Garbage of every depth: any text, any JSON, entries of the right shape holding any JSON or a
  // real draft's text with any base and tab.
  const draftText = (value: string) =>
    JSON.stringify({
      ...content('x', withCell(value)),
      schemaVersion: CURRENT_SCHEMA_VERSION,
      savedAt: AT.toISOString(),
      revision: 0,
    });
  const anyEntry = fc.oneof(
    fc.string(),
    fc.json(),
    fc
      .record({
        base: fc.oneof(fc.constant(null), fc.integer(), fc.double(), fc.string()),
        tabId: fc.oneof(fc.string(), fc.integer()),
        text: fc.oneof(fc.string(), fc.json(), fc.string().map(draftText)),
      })
      .map((entry) => JSON.stringify(entry)),
  );

  it('never throws on garbage entries and never loses one: each is applied or kept aside', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyEntry, { minLength: 1, maxLength: 4 }), async (raws) => {
        const db = await freshDb();
        const storage = memoryStorage();
        raws.forEach((raw, i) => storage.setItem(`${RESCUE_PREFIX}g${i}`, raw));
        await applyRescueCopies(db, storage, newId, AT);
        const { drafts, corrupt } = await listDrafts(db);
        expect(drafts.length + corrupt.length).toBe(raws.length);
        expect(storage.data.size).toBe(0);
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});

describe('the draft session keeps a rescue copy as the page is closed', () => {
  async function tab(db: DraftDb, save?: SaveWriter) {
    vi.resetModules();
    const { useEditorStore } = await import('@/store/editor-store');
    const storage = memoryStorage();
    const status = createDraftStatusStore();
    const session = new DraftSession({
      connect: () => Promise.resolve(db),
      editor: useEditorStore,
      status,
      tabId: 'tab-A',
      newId,
      rescue: rescueCopies(storage),
      // Saves wait for an explicit flush (no timers in these tests).
      saveDelayMs: () => Number.POSITIVE_INFINITY,
      ...(save ? { save } : {}),
    });
    return { editor: useEditorStore, session, storage, status };
  }

  it('restores a key whose write never started (the worker ended with the page)', async () => {
    const db = await freshDb();
    let hang = false;
    const save: SaveWriter = (...args) =>
      hang ? new Promise(() => undefined) : saveDraft(...args);
    const { editor, session, storage } = await tab(db, save);
    session.create(content('r1', emptyReport('2021', 2024)));
    await session.flush();
    hang = true;
    editor.getState().setCells([{ id: 't3.newReceived.naturalPerson', value: '17' }]);
    session.onPageHide(true);
    session.dispose();
    expect(await cellOf(db, 'r1')).toBeUndefined();
    expect(storage.data.size).toBe(1);

    await applyRescueCopies(db, storage, newId, AT);
    expect(await cellOf(db, 'r1')).toBe('17');
  });

  it('keeps no copy when nothing is unsaved, and drops its copy once a save of everything commits', async () => {
    const db = await freshDb();
    const { editor, session, storage } = await tab(db);
    session.create(content('r2', emptyReport('2021', 2024)));
    await session.flush();
    session.onPageHide(true);
    expect(storage.data.size).toBe(0);

    editor.getState().setCells([{ id: 't3.newReceived.naturalPerson', value: '2' }]);
    session.onPageHide(true);
    expect(storage.data.size).toBe(1);
    // The page came back (back/forward cache) and its write committed: the copy goes.
    await session.flush();
    expect(storage.data.size).toBe(0);
    expect(await cellOf(db, 'r2')).toBe('2');
    session.dispose();
  });

  it('hiding the page (another tab in front) keeps no copy: only leaving it does', async () => {
    const db = await freshDb();
    const { editor, session, storage } = await tab(db);
    session.create(content('r3', emptyReport('2021', 2024)));
    await session.flush();
    editor.getState().setCells([{ id: 't3.newReceived.naturalPerson', value: '3' }]);
    session.onPageHide(false);
    expect(storage.data.size).toBe(0);
    await session.flush();
    session.dispose();
  });
});
