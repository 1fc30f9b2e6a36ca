import { describe, expect, it } from 'vitest';
import v1Text from './fixtures/draft-v1.json?raw';
import { parseImportText, toExportText } from './draft-file';
import { restoreDraftText } from './restore-draft';
import { CURRENT_SCHEMA_VERSION } from './schema';

const draft = () => {
  const r = restoreDraftText(v1Text);
  if (!r.ok) throw new Error(r.message);
  return r.draft;
};

describe('draft JSON file', () => {
  it('round-trips a draft through export and import', () => {
    const text = toExportText(draft(), new Date('2025-01-10T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({
      app: 'nianbao-zhushou',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: '2025-01-10T00:00:00.000Z',
    });
    expect(parseImportText(text)).toEqual({ ok: true, draft: draft(), dropped: 0 });
    expect(parseImportText(`\uFEFF${text}`).ok).toBe(true);
  });

  it('accepts a bare stored payload (e.g. kept-aside raw data repaired by hand)', () => {
    expect(parseImportText(v1Text)).toMatchObject({
      ok: true,
      draft: { id: '3f9a1c2b7d8e4f5a6b7c' },
    });
  });

  it('gives a clear Chinese message for bad files', () => {
    expect(parseImportText('PK\u0003\u0004...')).toEqual({
      ok: false,
      message: expect.stringContaining('不是有效的 JSON'),
    });
    expect(parseImportText('{"hello":1}')).toEqual({
      ok: false,
      message: expect.stringContaining('不是年报助手导出的草稿文件'),
      notDraft: true,
    });
    expect(parseImportText('[]')).toMatchObject({ ok: false });
  });

  it('marks JSON that is plainly not a draft, and not a cut or damaged draft', () => {
    expect(parseImportText('{"hello":1}')).toMatchObject({ ok: false, notDraft: true });
    expect(parseImportText('[1, 2]')).toMatchObject({ ok: false, notDraft: true });
    expect(parseImportText('{"app": "other", "theme": "dark"}')).toMatchObject({
      notDraft: true,
    });
    // Cut: not JSON at all, whatever it was.
    expect(parseImportText('{"app": "nianbao-zhushou", "sch')).not.toHaveProperty('notDraft');
    // A draft's parts without the mark, or marked with a content that cannot be restored.
    expect(parseImportText('{"draft": {"id": "x"}}')).not.toHaveProperty('notDraft');
    expect(parseImportText('{"report": {}}')).not.toHaveProperty('notDraft');
    expect(
      parseImportText('{"app": "nianbao-zhushou", "schemaVersion": 1, "draft": 3}'),
    ).not.toHaveProperty('notDraft');
    const future = JSON.stringify({
      app: 'nianbao-zhushou',
      schemaVersion: 7,
      draft: { ...draft(), schemaVersion: 7 },
    });
    expect(parseImportText(future)).toEqual({
      ok: false,
      message: expect.stringContaining('此草稿由更新版本的年报助手创建'),
    });
    const broken = JSON.stringify({
      app: 'nianbao-zhushou',
      schemaVersion: 1,
      draft: { schemaVersion: 1, id: 'x' },
    });
    expect(parseImportText(broken)).toEqual({
      ok: false,
      message: expect.stringContaining('report'),
    });
  });
});
