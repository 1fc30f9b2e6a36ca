import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import { memoryStorage, type KeyValueStorage } from '@/lib/storage';
import { draftKey, readDraft } from './draft-repository';
import { DraftSession, MAX_WAIT_MS } from './draft-session';
import { createDraftStatusStore } from './draft-status';

/** A tab: its own editor store (a fresh module instance) and session, over a shared storage. */
async function openTab(storage: KeyValueStorage | null, tabId: string) {
  vi.resetModules();
  const { useEditorStore } = await import('@/store/editor-store');
  const status = createDraftStatusStore();
  let n = 0;
  const session = new DraftSession({
    storage,
    editor: useEditorStore,
    status,
    tabId,
    newId: () => `${tabId}-new${(n += 1)}`,
  });
  return { editor: useEditorStore, status, session };
}

const stored = (s: KeyValueStorage, id: string) => {
  const r = readDraft(s, id);
  if (!r?.ok) throw new Error('not stored');
  return r.draft;
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2025-01-10T06:32:05Z'));
});
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('saves 300 ms after the last change, and within 500 ms while typing goes on', async () => {
    const storage = memoryStorage();
    const { editor, status, session } = await openTab(storage, 'A');
    const draft = session.create({
      id: 'd1',
      name: '',
      report: emptyReport('2021', 2024),
      lastYear: null,
    });
    expect(stored(storage, 'd1').revision).toBe(0);

    editor.getState().setCells([{ id: 't3.newReceived.naturalPerson', value: '2' }]);
    expect(status.getState().save.kind).toBe('pending');
    vi.advanceTimersByTime(299);
    expect(stored(storage, 'd1').report.cells).toEqual({});
    vi.advanceTimersByTime(1);
    expect(stored(storage, 'd1').report.cells).toEqual({ 't3.newReceived.naturalPerson': '2' });
    expect(status.getState().save).toEqual({ kind: 'saved', at: '2025-01-10T06:32:05.300Z' });

    // A keystroke every 100 ms: the debounce alone would never fire; max wait does.
    for (let i = 0; i < 5; i += 1) {
      editor.getState().setNarrative('overview', '一'.repeat(i + 1));
      vi.advanceTimersByTime(100);
    }
    expect(stored(storage, 'd1').report.narrative.overview).toBe('一'.repeat(MAX_WAIT_MS / 100));
    expect(draft.id).toBe('d1');
    session.dispose();
  });

  it('flushes synchronously when the page is hidden or closed', async () => {
    const storage = memoryStorage();
    const { editor, session } = await openTab(storage, 'A');
    session.create({ id: 'd2', name: '', report: emptyReport('2021', 2024), lastYear: null });
    editor.getState().setMeta({ agencyName: '某县财政局' });
    session.onPageHide(true);
    expect(stored(storage, 'd2').report.meta.agencyName).toBe('某县财政局');
    expect(session.isDirty).toBe(false);
  });

  it('saves lastYear changes and a closed draft, then shows no draft', async () => {
    const storage = memoryStorage();
    const { editor, session } = await openTab(storage, 'A');
    session.create({ id: 'd3', name: '', report: emptyReport('2021', 2025), lastYear: null });
    editor.getState().setLastYear(emptyReport('2021', 2024));
    session.close();
    expect(stored(storage, 'd3').lastYear?.meta.year).toBe(2024);
    expect(editor.getState().draftId).toBeNull();
  });

  it('tells the clerk at once when storage is full, keeps the typing, and retries', async () => {
    const storage = memoryStorage(3000);
    const { editor, status, session } = await openTab(storage, 'A');
    session.create({ id: 'd4', name: '', report: emptyReport('2021', 2024), lastYear: null });
    editor.getState().setNarrative('overview', '长'.repeat(3000));
    vi.advanceTimersByTime(500);
    expect(status.getState().save).toEqual({ kind: 'failed', message: '浏览器的本地存储空间已满' });
    expect(editor.getState().report.narrative.overview).toHaveLength(3000);
    expect(session.snapshot()?.report.narrative.overview).toHaveLength(3000);
    editor.getState().setNarrative('overview', '短');
    vi.advanceTimersByTime(500);
    expect(status.getState().save.kind).toBe('saved');
    expect(stored(storage, 'd4').report.narrative.overview).toBe('短');
  });

  it('does not leave a draft whose changes could not be saved unless told to', async () => {
    const storage = memoryStorage(3000);
    const { editor, session } = await openTab(storage, 'A');
    session.create({ id: 'd6', name: '', report: emptyReport('2021', 2024), lastYear: null });
    editor.getState().setNarrative('overview', '长'.repeat(3000));
    expect(session.close()).toBe(false);
    expect(editor.getState().draftId).toBe('d6');
    expect(editor.getState().report.narrative.overview).toHaveLength(3000);
    expect(session.close(true)).toBe(true);
    expect(editor.getState().draftId).toBeNull();
  });

  it('works in memory when the browser refuses storage altogether', async () => {
    const { editor, status, session } = await openTab(null, 'A');
    session.create({ id: 'd5', name: '', report: emptyReport('2021', 2024), lastYear: null });
    expect(status.getState().save.kind).toBe('failed');
    editor.getState().setMeta({ agencyName: '某镇人民政府' });
    expect(session.snapshot()?.report.meta.agencyName).toBe('某镇人民政府');
  });
});

describe('two tabs on one draft', () => {
  async function twoTabs() {
    const storage = memoryStorage();
    // Each tab writes through its own view; the browser tells the OTHER tabs of every write
    // (the `storage` event never fires in the tab that wrote).
    const tabs: { session: DraftSession }[] = [];
    const viewFor = (index: number): KeyValueStorage => ({
      get length() {
        return storage.length;
      },
      key: (i) => storage.key(i),
      getItem: (k) => storage.getItem(k),
      removeItem: (k) => storage.removeItem(k),
      setItem: (k, v) => {
        storage.setItem(k, v);
        tabs.forEach((t, i) => i !== index && t.session.onStorage(k, v));
      },
    });
    const a = await openTab(viewFor(0), 'A');
    tabs.push(a);
    a.session.create({ id: 'shared', name: '', report: emptyReport('2021', 2024), lastYear: null });
    const b = await openTab(viewFor(1), 'B');
    tabs.push(b);
    b.session.open(stored(storage, 'shared'));
    return { storage, a, b };
  }

  it('a clean tab takes the other tab’s saved changes at once', async () => {
    const { storage, a, b } = await twoTabs();
    a.editor.getState().setCells([{ id: 't3.granted.naturalPerson', value: '7' }]);
    vi.advanceTimersByTime(300);
    // A's own echo is ignored (same revision); B had nothing unsaved and loads it.
    expect(b.editor.getState().report.cells['t3.granted.naturalPerson']).toBe('7');
    expect(b.status.getState().notices[0]).toContain('另一个标签页');
    b.editor.getState().setCells([{ id: 't3.granted.commercial', value: '1' }]);
    vi.advanceTimersByTime(300);
    expect(stored(storage, 'shared').report.cells).toEqual({
      't3.granted.naturalPerson': '7',
      't3.granted.commercial': '1',
    });
    expect(a.editor.getState().report.cells['t3.granted.commercial']).toBe('1');
  });

  it('never overwrites silently when both typed: the second one is stopped and chooses', async () => {
    const { storage, a, b } = await twoTabs();
    a.editor.getState().setCells([{ id: 't3.granted.naturalPerson', value: '7' }]);
    b.editor.getState().setCells([{ id: 't3.granted.naturalPerson', value: '9' }]);
    vi.advanceTimersByTime(300); // A saves first; B learns of it before its own timer fires.
    expect(b.status.getState().conflict).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(stored(storage, 'shared').report.cells['t3.granted.naturalPerson']).toBe('7');
    expect(b.editor.getState().report.cells['t3.granted.naturalPerson']).toBe('9');

    const copy = b.session.saveAsCopy();
    expect(copy?.id).not.toBe('shared');
    expect(stored(storage, copy?.id ?? '').report.cells['t3.granted.naturalPerson']).toBe('9');
    expect(stored(storage, 'shared').report.cells['t3.granted.naturalPerson']).toBe('7');
    expect(b.editor.getState().draftId).toBe(copy?.id);
  });

  it('a save overwritten on the same revision by a tab that read too early is a clash, not "saved"', async () => {
    const { storage, a } = await twoTabs();
    a.editor.getState().setCells([{ id: 't3.granted.naturalPerson', value: '7' }]);
    vi.advanceTimersByTime(300);
    expect(stored(storage, 'shared').revision).toBe(1);
    // localStorage is not atomic across tabs: tab C read revision 0 before A's write reached it,
    // so C writes its own revision 1 over A's, and A hears of it only afterwards.
    const base = stored(storage, 'shared');
    const fromC = JSON.stringify({
      ...base,
      savedBy: 'C',
      report: { ...base.report, cells: { 't3.granted.naturalPerson': '9' } },
    });
    storage.setItem(draftKey('shared'), fromC);
    a.session.onStorage(draftKey('shared'), fromC);
    expect(a.status.getState().conflict).toBe(true);
    expect(a.editor.getState().report.cells['t3.granted.naturalPerson']).toBe('7');
    // An unreadable write by another tab is a clash too.
    const { a: fresh } = await twoTabs();
    fresh.session.onStorage(draftKey('shared'), 'not json');
    expect(fresh.status.getState().conflict).toBe(true);
  });

  it('conflict choice 载入最新版本 loads what the other tab saved', async () => {
    const { a, b } = await twoTabs();
    a.editor.getState().setMeta({ agencyName: 'A 写的' });
    b.editor.getState().setMeta({ agencyName: 'B 写的' });
    vi.advanceTimersByTime(300);
    b.session.loadLatest();
    expect(b.editor.getState().report.meta.agencyName).toBe('A 写的');
    expect(b.status.getState().conflict).toBe(false);
  });

  it('a conflicted tab that is closed keeps its version as a copy', async () => {
    const { storage, a, b } = await twoTabs();
    a.editor.getState().setMeta({ agencyName: 'A 写的' });
    b.editor.getState().setMeta({ agencyName: 'B 写的' });
    vi.advanceTimersByTime(300);
    b.session.onPageHide(true);
    const names = [...storage.data.keys()]
      .filter((k) => k.startsWith('nianbao:draft:'))
      .map((k) => JSON.parse(storage.getItem(k) ?? '').report.meta.agencyName);
    expect(names.sort()).toEqual(['A 写的', 'B 写的']);
    expect(storage.getItem(draftKey('shared'))).toContain('A 写的');
  });

  it('leaving a conflicted draft for the list keeps this page’s version as a copy', async () => {
    const { storage, a, b } = await twoTabs();
    a.editor.getState().setMeta({ agencyName: 'A 写的' });
    b.editor.getState().setMeta({ agencyName: 'B 写的' });
    vi.advanceTimersByTime(300);
    expect(b.session.close()).toBe(true);
    const names = [...storage.data.keys()]
      .filter((k) => k.startsWith('nianbao:draft:'))
      .map((k) => JSON.parse(storage.getItem(k) ?? '').name as string);
    expect(names).toContain('B 写的 2024年年报（未保存的冲突副本）');
  });

  it('detects the conflict at save time even without a storage event', async () => {
    const storage = memoryStorage();
    const a = await openTab(storage, 'A');
    a.session.create({ id: 's', name: '', report: emptyReport('2021', 2024), lastYear: null });
    const b = await openTab(storage, 'B');
    b.session.open(stored(storage, 's'));
    a.editor.getState().setMeta({ agencyName: 'A' });
    a.session.flush();
    b.editor.getState().setMeta({ agencyName: 'B' });
    expect(b.session.flush()).toBe(false);
    expect(b.status.getState().conflict).toBe(true);
    expect(stored(storage, 's').report.meta.agencyName).toBe('A');
  });
});
