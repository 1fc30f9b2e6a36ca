import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import v1Text from '@/stored-draft/fixtures/draft-v1.json?raw';
import { openDraftDb } from './draft-db';
import {
  createDraft,
  deleteDraft,
  displayName,
  listDrafts,
  readDraft,
  recordFromText,
  renameDraft,
  saveDraft,
  undoDelete,
} from './draft-repository';

const now = new Date('2025-01-10T08:00:00Z');
let counter = 0;
const ids = (): string => `gen${(counter += 1)}`;
/** A fresh database per test (fake-indexeddb keeps them in memory). */
const freshDb = () => openDraftDb({}, `repository-test-${(counter += 1)}`);
const content = (id: string) => ({
  id,
  name: '',
  report: emptyReport('2021', 2024),
  lastYear: null,
});

afterEach(() => vi.restoreAllMocks());

describe('listDrafts', () => {
  it('lists readable drafts newest first and moves unreadable ones aside verbatim', async () => {
    const db = await freshDb();
    await db.put('drafts', recordFromText('3f9a1c2b7d8e4f5a6b7c', v1Text));
    await createDraft(db, content('b'), ids, new Date('2025-01-09T00:00:00Z'));
    await db.put('drafts', recordFromText('broken', '{"schemaVersion":1,"report":{'));
    const future = JSON.stringify({ ...JSON.parse(v1Text), schemaVersion: 9 });
    await db.put('drafts', recordFromText('future', future));

    const { drafts, corrupt } = await listDrafts(db, now);
    expect(drafts.map((d) => d.id)).toEqual(['b', '3f9a1c2b7d8e4f5a6b7c']);
    expect(corrupt.map((c) => c.id).sort()).toEqual(['broken', 'future']);
    expect(corrupt.find((c) => c.id === 'broken')?.raw).toBe('{"schemaVersion":1,"report":{');
    expect(corrupt.find((c) => c.id === 'future')?.message).toMatch(
      /^此草稿由更新版本的年报助手创建/,
    );
    expect(await db.get('drafts', 'broken')).toBeUndefined();
    expect(await db.count('corrupt')).toBe(2);
    // Listing again finds the same corrupt entries (nothing moved twice, nothing lost).
    expect((await listDrafts(db, now)).corrupt).toHaveLength(2);
  });
});

describe('kept-aside drafts this version can read (issue 11)', () => {
  it('open again: a draft refused for a five-digit year goes back to the drafts, verbatim', async () => {
    const db = await freshDb();
    const typo = JSON.parse(v1Text) as { report: { meta: { reportDate: string } } };
    typo.report.meta.reportDate = '20261-01-20';
    const raw = JSON.stringify(typo);
    // As an earlier version left it: kept aside, and a new draft written under the same id.
    await db.put('corrupt', {
      key: 'x1:2026-01-20T08-00-00-000Z',
      id: 'x1',
      movedAt: '2026-01-20T08-00-00-000Z',
      raw,
    });
    await db.put('corrupt', {
      key: 'x2:2026-01-20T08-00-00-000Z',
      id: 'x2',
      movedAt: '2026-01-20T08-00-00-000Z',
      raw,
    });
    await db.put('corrupt', { key: 'bad:1', id: 'bad', movedAt: '1', raw: 'not json' });
    await createDraft(db, content('x2'), ids, now);

    const { drafts, corrupt } = await listDrafts(db, now);
    expect(drafts.map((d) => d.id).sort()).toEqual(['x1', 'x2', 'x2-2026-01-20T08-00-00-000Z']);
    expect(drafts.find((d) => d.id === 'x1')?.report.meta.reportDate).toBe('20261-01-20');
    expect((await db.get('drafts', 'x1'))?.text).toBe(raw);
    expect(corrupt.map((c) => c.raw)).toEqual(['not json']);
    expect(await db.count('corrupt')).toBe(1);
    // Listing again: the same three drafts, nothing revived twice.
    expect((await listDrafts(db, now)).drafts).toHaveLength(3);
  });
});

describe('saveDraft (the two-tab rule, compare-and-set in the transaction)', () => {
  it('writes revision base+1 and refuses when another tab saved in between', async () => {
    const db = await freshDb();
    const { draft } = await createDraft(db, content('d'), ids, now);
    expect(draft.revision).toBe(0);
    const a = await saveDraft(db, { ...draft, report: emptyReport('2021', 2024) }, 0, 'tabA', now);
    expect(a).toMatchObject({ kind: 'saved', draft: { revision: 1, savedBy: 'tabA' } });
    // Tab B still believes revision 0 is stored.
    expect(await saveDraft(db, draft, 0, 'tabB', now)).toEqual({
      kind: 'conflict',
      storedRevision: 1,
    });
    expect(await db.get('drafts', 'd')).toMatchObject({ revision: 1, savedBy: 'tabA' });
  });

  it('lets exactly one of two saves on the same revision through, however they overlap', async () => {
    const db = await freshDb();
    const { draft } = await createDraft(db, content('race'), ids, now);
    const write = (tab: string, value: string) =>
      saveDraft(
        db,
        { ...draft, report: { ...draft.report, cells: { 't3.newReceived.naturalPerson': value } } },
        0,
        tab,
        now,
      );
    const outcomes = await Promise.all([write('A', '1'), write('B', '2')]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['conflict', 'saved']);
    const stored = await readDraft(db, 'race');
    const winner = outcomes.findIndex((o) => o.kind === 'saved');
    expect(stored?.ok && stored.draft.report.cells['t3.newReceived.naturalPerson']).toBe(
      winner === 0 ? '1' : '2',
    );
  });

  it('a draft not yet stored by this tab never overwrites one that is', async () => {
    const db = await freshDb();
    await createDraft(db, content('taken'), ids, now);
    expect(await saveDraft(db, { ...content('taken'), createdAt: '' }, null, 't', now)).toEqual({
      kind: 'conflict',
      storedRevision: 0,
    });
  });

  it('re-creates a draft deleted elsewhere rather than dropping what is typed', async () => {
    const db = await freshDb();
    expect(await saveDraft(db, { ...content('gone'), createdAt: '' }, 4, 't', now)).toMatchObject({
      kind: 'saved',
      draft: { revision: 5 },
    });
  });

  it('keeps the stored name (renamed on the start page)', async () => {
    const db = await freshDb();
    const { draft } = await createDraft(db, content('n'), ids, now);
    await renameDraft(db, 'n', '二〇二四年报（定稿）');
    expect(await saveDraft(db, draft, 0, 't', now)).toMatchObject({
      kind: 'saved',
      draft: { name: '二〇二四年报（定稿）', revision: 1 },
    });
  });

  it('a full disk (QuotaExceededError on the put) is told in Chinese and changes nothing', async () => {
    const db = await freshDb();
    const { draft } = await createDraft(db, content('q'), ids, now);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const big = { ...draft, report: { ...draft.report, narrative: { overview: '很长' } } };
    expect(await saveDraft(db, big, 0, 't', now)).toEqual({
      kind: 'failed',
      message: '浏览器的本地存储空间已满',
    });
    expect(await createDraft(db, content('q2'), ids, now)).toMatchObject({
      error: '浏览器的本地存储空间已满',
    });
    vi.restoreAllMocks();
    expect(await db.get('drafts', 'q')).toMatchObject({ revision: 0 });
    expect(await db.get('drafts', 'q2')).toBeUndefined();
  });

  it('moves a broken stored payload aside before writing over it', async () => {
    const db = await freshDb();
    await db.put('drafts', recordFromText('h', 'not json'));
    expect((await saveDraft(db, { ...content('h'), createdAt: '' }, 3, 't', now)).kind).toBe(
      'saved',
    );
    expect((await db.getAll('corrupt')).map((c) => c.raw)).toEqual(['not json']);
  });

  it('a closed connection (a newer version took over) is told, not thrown', async () => {
    const db = await freshDb();
    db.close();
    const outcome = await saveDraft(db, { ...content('c'), createdAt: '' }, 0, 't', now);
    expect(outcome).toMatchObject({ kind: 'failed', message: expect.stringContaining('草稿库') });
  });
});

describe('create, delete, undo', () => {
  it('never writes over an existing id', async () => {
    const db = await freshDb();
    await createDraft(db, content('same'), ids, now);
    const second = await createDraft(db, content('same'), ids, now);
    expect(second.draft.id).not.toBe('same');
    expect((await listDrafts(db, now)).drafts).toHaveLength(2);
  });

  it('deletes with undo', async () => {
    const db = await freshDb();
    await createDraft(db, { ...content('del'), name: '要删的' }, ids, now);
    const record = await deleteDraft(db, 'del');
    expect((await listDrafts(db, now)).drafts).toEqual([]);
    expect(record).not.toBeNull();
    if (!record) return;
    expect(await undoDelete(db, record)).toMatchObject({
      kind: 'saved',
      draft: { name: '要删的' },
    });
    expect((await listDrafts(db, now)).drafts).toHaveLength(1);
    expect(await undoDelete(db, record)).toMatchObject({ kind: 'failed' });
  });

  it('names a draft by agency and year until the clerk renames it', () => {
    const report = emptyReport('2021', 2024);
    expect(displayName({ name: '', report })).toBe('未命名机关 2024年年报');
    expect(
      displayName({
        name: '',
        report: { ...report, meta: { ...report.meta, agencyName: '某区司法局' } },
      }),
    ).toBe('某区司法局 2024年年报');
    expect(displayName({ name: ' 我的草稿 ', report })).toBe('我的草稿');
  });
});
