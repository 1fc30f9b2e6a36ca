import { restoreDraftValue } from './restore-draft';
import type { StoredDraft } from './schema';

/**
 * The draft as a JSON file: the backup, the way to move a draft to another machine, and what the
 * importer, the review and the command line read and write as a draft.
 */
export const APP_ID = 'nianbao-zhushou';

export interface ExportFile {
  readonly app: typeof APP_ID;
  readonly schemaVersion: number;
  readonly exportedAt: string;
  readonly draft: StoredDraft;
}

export function toExportText(draft: StoredDraft, now: Date = new Date()): string {
  const file: ExportFile = {
    app: APP_ID,
    schemaVersion: draft.schemaVersion,
    exportedAt: now.toISOString(),
    draft,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult =
  | { readonly ok: true; readonly draft: StoredDraft; readonly dropped: number }
  | {
      readonly ok: false;
      readonly message: string;
      /**
       * Set when the file is JSON but plainly not a draft (no app mark, no `draft` or `report`):
       * another program's file, which a reviewer's folder may hold. A draft that is cut (not
       * JSON) or damaged (marked, but its content cannot be restored) is not this.
       */
      readonly notDraft?: true;
    };

/**
 * Reads an exported file (any earlier schema version). Also accepts a bare stored payload,
 * such as the raw data of a draft that was kept aside and repaired by hand.
 */
export function parseImportText(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      message: '文件不是有效的 JSON，无法导入。请选择年报助手导出的草稿文件（.json）。',
    };
  }
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const file = isObject ? (value as Record<string, unknown>) : {};
  let payload: unknown;
  if (file['app'] === APP_ID) payload = file['draft'];
  else if ('report' in file && 'schemaVersion' in file) payload = file;
  else
    return {
      ok: false,
      message: '这不是年报助手导出的草稿文件（缺少 app: "nianbao-zhushou" 标记）。',
      // A draft's parts without its mark may be a damaged draft: reported, not passed over.
      ...('draft' in file || 'report' in file ? {} : { notDraft: true as const }),
    };
  // The payload was parsed here and is held by nothing else: its records need no copy.
  const restored = restoreDraftValue(payload, undefined, { owned: true });
  if (!restored.ok) return { ok: false, message: `无法导入：${restored.message}` };
  return { ok: true, draft: restored.draft, dropped: restored.dropped };
}
