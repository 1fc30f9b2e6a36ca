import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import { memoryStorage } from '@/lib/storage';
import v1Text from './fixtures/draft-v1.json?raw';
import {
  createDraft,
  CORRUPT_PREFIX,
  deleteDraft,
  displayName,
  draftKey,
  listDrafts,
  renameDraft,
  saveDraft,
  undoDelete,
} from './draft-repository';

const now = new Date('2025-01-10T08:00:00Z');
let counter = 0;
const ids = (): string => `gen${(counter += 1)}`;
const content = (id: string) => ({
  id,
  name: '',
  report: emptyReport('2021', 2024),
  lastYear: null,
});

describe('listDrafts', () => {
  it('lists readable drafts newest first and moves unreadable ones aside verbatim', () => {
    const s = memoryStorage();
    s.setItem(draftKey('3f9a1c2b7d8e4f5a6b7c'), v1Text);
    createDraft(s, content('b'), ids, new Date('2025-01-09T00:00:00Z'));
    s.setItem(draftKey('broken'), '{"schemaVersion":1,"report":{');
    s.setItem(draftKey('future'), JSON.stringify({ ...JSON.parse(v1Text), schemaVersion: 9 }));
    s.setItem('other-app:key', 'untouched');

    const { drafts, corrupt } = listDrafts(s, now);
    expect(drafts.map((d) => d.id)).toEqual(['b', '3f9a1c2b7d8e4f5a6b7c']);
    expect(corrupt.map((c) => c.id).sort()).toEqual(['broken', 'future']);
    expect(corrupt.find((c) => c.id === 'broken')?.raw).toBe('{"schemaVersion":1,"report":{');
    expect(corrupt.find((c) => c.id === 'future')?.message).toMatch(
      /^此草稿由更新版本的年报助手创建/,
    );
    expect(s.getItem(draftKey('broken'))).toBeNull();
    expect([...s.data.keys()].filter((k) => k.startsWith(CORRUPT_PREFIX))).toHaveLength(2);
    expect(s.getItem('other-app:key')).toBe('untouched');
    // Listing again finds the same corrupt entries (nothing moved twice, nothing lost).
    expect(listDrafts(s, now).corrupt).toHaveLength(2);
  });

  it('leaves an unreadable draft in place when the copy aside cannot be written', () => {
    const s = memoryStorage(200);
    s.setItem(draftKey('broken'), 'x'.repeat(120));
    expect(listDrafts(s, now).drafts).toEqual([]);
    expect(s.getItem(draftKey('broken'))).toBe('x'.repeat(120));
  });
});

describe('saveDraft (the two-tab rule)', () => {
  it('writes revision base+1 and refuses when another tab saved in between', () => {
    const s = memoryStorage();
    const { draft } = createDraft(s, content('d'), ids, now);
    expect(draft.revision).toBe(0);
    const a = saveDraft(s, { ...draft, report: emptyReport('2021', 2024) }, 0, 'tabA', now);
    expect(a).toMatchObject({ kind: 'saved', draft: { revision: 1, savedBy: 'tabA' } });
    // Tab B still believes revision 0 is stored.
    const b = saveDraft(s, draft, 0, 'tabB', now);
    expect(b).toEqual({ kind: 'conflict', storedRevision: 1 });
    expect(JSON.parse(s.getItem(draftKey('d')) ?? '')).toMatchObject({
      revision: 1,
      savedBy: 'tabA',
    });
  });

  it('re-creates a draft deleted elsewhere rather than dropping what is typed', () => {
    const s = memoryStorage();
    expect(saveDraft(s, { ...content('gone'), createdAt: '' }, 4, 't', now)).toMatchObject({
      kind: 'saved',
      draft: { revision: 5 },
    });
  });

  it('keeps the stored name (renamed on the start page) and reports a full storage in Chinese', () => {
    const s = memoryStorage(3000);
    const { draft } = createDraft(s, content('n'), ids, now);
    renameDraft(s, 'n', '二〇二四年报（定稿）');
    expect(saveDraft(s, draft, 0, 't', now)).toMatchObject({
      kind: 'saved',
      draft: { name: '二〇二四年报（定稿）' },
    });
    const big = {
      ...draft,
      report: { ...draft.report, narrative: { overview: '很长'.repeat(2000) } },
    };
    expect(saveDraft(s, big, 1, 't', now)).toEqual({
      kind: 'failed',
      message: '浏览器的本地存储空间已满',
    });
    expect(JSON.parse(s.getItem(draftKey('n')) ?? '')).toMatchObject({ revision: 1 });
  });

  it('moves a hand-broken stored payload aside before writing over it', () => {
    const s = memoryStorage();
    s.setItem(draftKey('h'), 'not json');
    expect(saveDraft(s, { ...content('h'), createdAt: '' }, 3, 't', now).kind).toBe('saved');
    expect([...s.data.values()]).toContain('not json');
  });
});

describe('create, delete, undo', () => {
  it('never writes over an existing id', () => {
    const s = memoryStorage();
    createDraft(s, content('same'), ids, now);
    const second = createDraft(s, content('same'), ids, now);
    expect(second.draft.id).not.toBe('same');
    expect(listDrafts(s, now).drafts).toHaveLength(2);
  });

  it('deletes with undo', () => {
    const s = memoryStorage();
    createDraft(s, { ...content('del'), name: '要删的' }, ids, now);
    const raw = deleteDraft(s, 'del');
    expect(listDrafts(s, now).drafts).toEqual([]);
    expect(undoDelete(s, 'del', raw ?? '')).toMatchObject({
      kind: 'saved',
      draft: { name: '要删的' },
    });
    expect(listDrafts(s, now).drafts).toHaveLength(1);
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
