import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import { type DraftDb, DraftStorageError, MESSAGES, openDraftDb } from './draft-db';
import { listDrafts, readDraft } from './draft-repository';
import {
  DraftSession,
  SAVE_DELAY_MS,
  SAVE_IDLE_TIMEOUT_MS,
  SAVED_LABEL_QUIET_MS,
  type SavedMessage,
} from './draft-session';
import { createDraftStatusStore } from './draft-status';

let counter = 0;
const freshDb = () => openDraftDb({}, `session-test-${(counter += 1)}`);

/** A tab: its own editor store (a fresh module instance) and session, over a shared database. */
async function openTab(
  db: DraftDb | DraftStorageError,
  tabId: string,
  announce?: (m: SavedMessage) => void,
  idle?: (run: () => void, timeoutMs: number) => () => void,
  saveDelayMs?: () => number,
) {
  vi.resetModules();
  const { useEditorStore } = await import('@/store/editor-store');
  const status = createDraftStatusStore();
  let n = 0;
  const session = new DraftSession({
    connect: () => (db instanceof DraftStorageError ? Promise.reject(db) : Promise.resolve(db)),
    editor: useEditorStore,
    status,
    tabId,
    newId: () => `${tabId}-new${(n += 1)}`,
    ...(announce ? { announce } : {}),
    ...(idle ? { idle } : {}),
    ...(saveDelayMs ? { saveDelayMs } : {}),
  });
  return { editor: useEditorStore, status, session };
}

async function stored(db: DraftDb, id: string) {
  const r = await readDraft(db, id);
  if (!r?.ok) throw new Error('not stored');
  return r.draft;
}

const draftContent = (id: string) => ({
  id,
  name: '',
  report: emptyReport('2021', 2024),
  lastYear: null,
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('autosave', () => {
  it('stores a new draft at once and says 已保存 only once the write committed', async () => {
    const db = await freshDb();
    const { status, session } = await openTab(db, 'A');
    session.create(draftContent('d0'));
    expect(status.getState().save.kind).toBe('pending');
    await session.flush();
    expect(status.getState().save.kind).toBe('saved');
    expect((await stored(db, 'd0')).revision).toBe(0);
  });

  it(`starts the write ${SAVE_DELAY_MS} ms after the first unsaved change, not reset by later keys`, async () => {
    const db = await freshDb();
    const { editor, status, session } = await openTab(db, 'A');
    session.create(draftContent('d1'));
    await session.flush();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    editor.getState().setCells([{ id: 't3.newReceived.naturalPerson', value: '2' }]);
    expect(status.getState().save.kind).toBe('pending');
    vi.advanceTimersByTime(SAVE_DELAY_MS - 20);
    editor.getState().setCells([{ id: 't3.newReceived.naturalPerson', value: '20' }]);
    vi.advanceTimersByTime(19);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1); // SAVE_DELAY_MS after the first key: the write starts.
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
    await session.flush();
    expect((await stored(db, 'd1')).report.cells).toEqual({ 't3.newReceived.naturalPerson': '20' });
    // Committed; the label says so once the keys have paused (SAVED_LABEL_QUIET_MS).
    expect(status.getState().save.kind).toBe('pending');
    await vi.waitFor(() => expect(status.getState().save.kind).toBe('saved'));
    session.dispose();
  });

  it('follows a write the clerk typed through with the next one in the idle period, the status left as it is', async () => {
    const db = await freshDb();
    const idles: (() => void)[] = [];
    const idle = (run: () => void): (() => void) => {
      idles.push(run);
      return () => undefined;
    };
    const { editor, status, session } = await openTab(db, 'A', undefined, idle);
    session.create(draftContent('d8'));
    await session.flush();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    editor.getState().setCells([{ id: 't3.newReceived.naturalPerson', value: '8' }]);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    vi.useRealTimers();
    const pending = status.getState().save;
    expect(pending.kind).toBe('pending');
    let statusChanges = 0;
    const unsubscribe = status.subscribe(() => (statusChanges += 1));
    idles[0]?.();
    expect(session.isSaving).toBe(true);
    // A key while the write is under way.
    editor.getState().setCells([{ id: 't3.newReceived.naturalPerson', value: '88' }]);
    // The next write waits for an idle period at once (no timer first), and the label, already
    // 正在保存…, is not set again.
    await vi.waitFor(() => expect(idles).toHaveLength(2));
    expect(statusChanges).toBe(0);
    expect(status.getState().save).toBe(pending);
    idles[1]?.();
    await session.flush();
    expect((await stored(db, 'd8')).report.cells).toEqual({ 't3.newReceived.naturalPerson': '88' });
    unsubscribe();
    session.dispose();
  });

  it('holds the writes back while the delay is endless (a benchmark), and saves on the first change after', async () => {
    const db = await freshDb();
    let delay = Number.POSITIVE_INFINITY;
    const { editor, status, session } = await openTab(db, 'A', undefined, undefined, () => delay);
    session.create(draftContent('d9'));
    await session.flush();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    editor.getState().setCells([{ id: 't3.newReceived.naturalPerson', value: '9' }]);
    expect(vi.getTimerCount()).toBe(0);
    expect(status.getState().save.kind).toBe('pending');
    delay = SAVE_DELAY_MS;
    editor.getState().setCells([{ id: 't3.newReceived.naturalPerson', value: '99' }]);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    vi.useRealTimers();
    await session.flush();
    expect((await stored(db, 'd9')).report.cells).toEqual({ 't3.newReceived.naturalPerson': '99' });
    session.dispose();
  });

  it('starts the write in the idle period after the delay, never in the middle of a key', async () => {
    const db = await freshDb();
    const idles: { run: () => void; timeoutMs: number; cancelled: boolean }[] = [];
    const idle = (run: () => void, timeoutMs: number): (() => void) => {
      const entry = { run, timeoutMs, cancelled: false };
      idles.push(entry);
      return () => (entry.cancelled = true);
    };
    const { editor, session } = await openTab(db, 'A', undefined, idle);
    session.create(draftContent('d7'));
    await session.flush();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    editor.getState().setCells([{ id: 't3.newReceived.naturalPerson', value: '7' }]);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    // The delay is over: the write waits for the page's next idle period, not a moment more
    // than SAVE_IDLE_TIMEOUT_MS.
    expect(idles).toHaveLength(1);
    expect(idles[0]?.timeoutMs).toBe(SAVE_IDLE_TIMEOUT_MS);
    expect(session.isSaving).toBe(false);
    // A key meanwhile neither starts another timer nor another idle wait.
    editor.getState().setCells([{ id: 't3.newReceived.naturalPerson', value: '77' }]);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(idles).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
    idles[0]?.run();
    expect(session.isSaving).toBe(true);
    await session.flush();
    expect((await stored(db, 'd7')).report.cells).toEqual({ 't3.newReceived.naturalPerson': '77' });
    // Closing flushes at once and cancels a pending idle wait.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    editor.getState().setCells([{ id: 't3.newReceived.naturalPerson', value: '777' }]);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    vi.useRealTimers();
    expect(idles).toHaveLength(2);
    await session.flush();
    expect(idles[1]?.cancelled).toBe(true);
    expect((await stored(db, 'd7')).report.cells).toEqual({
      't3.newReceived.naturalPerson': '777',
    });
    session.dispose();
  });

  it(`keeps 正在保存… while keys come, and says 已保存 ${SAVED_LABEL_QUIET_MS} ms after the last`, async () => {
    const db = await freshDb();
    const { editor, status, session } = await openTab(db, 'A');
    session.create(draftContent('d6'));
    await session.flush();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const changes: string[] = [];
    const unsubscribe = status.subscribe((s) => changes.push(s.save.kind));
    for (const value of ['1', '12', '123']) {
      editor.getState().setCells([{ id: 't3.newReceived.naturalPerson', value }]);
      vi.advanceTimersByTime(SAVE_DELAY_MS);
      await vi.waitFor(async () =>
        expect((await stored(db, 'd6')).report.cells['t3.newReceived.naturalPerson']).toBe(value),
      );
      expect(status.getState().save.kind).toBe('pending');
    }
    // One switch to 正在保存… for three committed saves, then 已保存 once the keys paused.
    vi.advanceTimersByTime(SAVED_LABEL_QUIET_MS);
    expect(status.getState().save.kind).toBe('saved');
    expect(changes).toEqual(['pending', 'saved']);
    unsubscribe();
    session.dispose();
  });

  it('writes what was typed during a write right after it', async () => {
    const db = await freshDb();
    const { editor, session } = await openTab(db, 'A');
    session.create(draftContent('d2'));
    await session.flush();
    editor.getState().setMeta({ agencyName: '某县' });
    const first = session.flush();
    editor.getState().setMeta({ agencyName: '某县财政局' });
    expect(await first).toBe(false);
    await vi.waitFor(async () =>
      expect((await stored(db, 'd2')).report.meta.agencyName).toBe('某县财政局'),
    );
    expect(session.isDirty).toBe(false);
  });

  it('saves when the page is hidden and when the draft is closed', async () => {
    const db = await freshDb();
    const { editor, session } = await openTab(db, 'A');
    session.create(draftContent('d3'));
    editor.getState().setMeta({ agencyName: '某县财政局' });
    session.onPageHide(true);
    await session.flush();
    expect((await stored(db, 'd3')).report.meta.agencyName).toBe('某县财政局');
    editor.getState().setLastYear(emptyReport('2021', 2023));
    expect(await session.close()).toBe(true);
    expect((await stored(db, 'd3')).lastYear?.meta.year).toBe(2023);
    expect(editor.getState().draftId).toBeNull();
  });

  it('tells the clerk when the disk is full, keeps the typing, and retries', async () => {
    const db = await freshDb();
    const { editor, status, session } = await openTab(db, 'A');
    session.create(draftContent('d4'));
    await session.flush();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    editor.getState().setNarrative('overview', '长'.repeat(3000));
    expect(await session.flush()).toBe(false);
    expect(status.getState().save).toEqual({ kind: 'failed', message: MESSAGES.quota });
    expect(session.snapshot()?.report.narrative.overview).toHaveLength(3000);
    // Leaving would drop it: the draft stays open unless the clerk insists.
    expect(await session.close()).toBe(false);
    expect(editor.getState().draftId).toBe('d4');
    put.mockRestore();
    editor.getState().setNarrative('overview', '短');
    expect(await session.flush()).toBe(true);
    expect(status.getState().save.kind).toBe('saved');
    expect((await stored(db, 'd4')).report.narrative.overview).toBe('短');
  });

  it('works in memory when IndexedDB is unavailable, and says so', async () => {
    const { editor, status, session } = await openTab(
      new DraftStorageError('unavailable', MESSAGES.unavailable),
      'A',
    );
    session.create(draftContent('d5'));
    await session.flush();
    expect(status.getState().save).toEqual({ kind: 'failed', message: MESSAGES.unavailable });
    editor.getState().setMeta({ agencyName: '某镇人民政府' });
    expect(session.snapshot()?.report.meta.agencyName).toBe('某镇人民政府');
    expect(await session.close(true)).toBe(true);
  });
});

describe('two tabs on one draft', () => {
  /** Two tabs over one database; each one's announcements reach the other (BroadcastChannel). */
  async function twoTabs(connected = true) {
    const db = await freshDb();
    const tabs: Awaited<ReturnType<typeof openTab>>[] = [];
    const to = (i: number) => (m: SavedMessage) => {
      if (connected) void tabs[i]?.session.onRemoteSave(m);
    };
    const a = await openTab(db, 'A', to(1));
    tabs.push(a);
    a.session.create(draftContent('shared'));
    await a.session.flush();
    const b = await openTab(db, 'B', to(0));
    tabs.push(b);
    b.session.open(await stored(db, 'shared'));
    return { db, a, b };
  }

  it('a clean tab takes the other tab’s saved changes at once', async () => {
    const { db, a, b } = await twoTabs();
    a.editor.getState().setCells([{ id: 't3.granted.naturalPerson', value: '7' }]);
    await a.session.flush();
    await vi.waitFor(() =>
      expect(b.editor.getState().report.cells['t3.granted.naturalPerson']).toBe('7'),
    );
    expect(b.status.getState().notices[0]).toContain('另一个标签页');
    b.editor.getState().setCells([{ id: 't3.granted.commercial', value: '1' }]);
    await b.session.flush();
    expect((await stored(db, 'shared')).report.cells).toEqual({
      't3.granted.naturalPerson': '7',
      't3.granted.commercial': '1',
    });
    await vi.waitFor(() =>
      expect(a.editor.getState().report.cells['t3.granted.commercial']).toBe('1'),
    );
  });

  it('never overwrites silently when both typed: the second one is stopped and chooses', async () => {
    const { db, a, b } = await twoTabs();
    a.editor.getState().setCells([{ id: 't3.granted.naturalPerson', value: '7' }]);
    b.editor.getState().setCells([{ id: 't3.granted.naturalPerson', value: '9' }]);
    await a.session.flush();
    await vi.waitFor(() => expect(b.status.getState().conflict).toBe(true));
    expect(await b.session.flush()).toBe(false);
    expect((await stored(db, 'shared')).report.cells['t3.granted.naturalPerson']).toBe('7');
    expect(b.editor.getState().report.cells['t3.granted.naturalPerson']).toBe('9');

    const copy = b.session.saveAsCopy();
    await b.session.flush();
    expect(copy?.id).not.toBe('shared');
    expect((await stored(db, copy?.id ?? '')).report.cells['t3.granted.naturalPerson']).toBe('9');
    expect((await stored(db, 'shared')).report.cells['t3.granted.naturalPerson']).toBe('7');
    expect(b.editor.getState().draftId).toBe(copy?.id);
  });

  it('detects the clash in the write transaction even when no announcement arrived', async () => {
    const { db, a, b } = await twoTabs(false);
    a.editor.getState().setMeta({ agencyName: 'A' });
    b.editor.getState().setMeta({ agencyName: 'B' });
    const [fromA, fromB] = await Promise.all([a.session.flush(), b.session.flush()]);
    expect([fromA, fromB].sort()).toEqual([false, true]);
    const loser = fromA ? b : a;
    expect(loser.status.getState().conflict).toBe(true);
    expect((await stored(db, 'shared')).report.meta.agencyName).toBe(fromA ? 'A' : 'B');
  });

  it('conflict choice 载入最新版本 loads what the other tab saved', async () => {
    const { a, b } = await twoTabs();
    a.editor.getState().setMeta({ agencyName: 'A 写的' });
    b.editor.getState().setMeta({ agencyName: 'B 写的' });
    await a.session.flush();
    await vi.waitFor(() => expect(b.status.getState().conflict).toBe(true));
    await b.session.loadLatest();
    expect(b.editor.getState().report.meta.agencyName).toBe('A 写的');
    expect(b.status.getState().conflict).toBe(false);
  });

  it('a conflicted tab that is closed or left keeps its version as a copy', async () => {
    const { db, a, b } = await twoTabs();
    a.editor.getState().setMeta({ agencyName: 'A 写的' });
    b.editor.getState().setMeta({ agencyName: 'B 写的' });
    await a.session.flush();
    await vi.waitFor(() => expect(b.status.getState().conflict).toBe(true));
    expect(await b.session.close()).toBe(true);
    const { drafts } = await listDrafts(db);
    expect(drafts.map((d) => d.report.meta.agencyName).sort()).toEqual(['A 写的', 'B 写的']);
    expect(drafts.map((d) => d.name)).toContain('B 写的 2024年年报（未保存的冲突副本）');
    expect((await stored(db, 'shared')).report.meta.agencyName).toBe('A 写的');
  });
});
