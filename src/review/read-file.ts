import { parseImportText } from '@/features/drafts/export-file';
import { importDocxBytes } from '@/import/import-docx';
import { importText } from '@/import/import-text';
import type { UnitImport, UnitSource } from './types';

/**
 * Reads one file of a reviewer's folder as a unit's report: a JSON draft (the app's backup
 * file), a .docx, or text. Pure and never throws: the review worker and the command line both
 * call it.
 */

/** Extensions a reviewer's folder is searched for; other files are not reports. */
export const REVIEW_EXTENSIONS = ['docx', 'pdf', 'txt', 'json'] as const;

export function isReviewFile(name: string): boolean {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  return (REVIEW_EXTENSIONS as readonly string[]).includes(ext) && !name.startsWith('~$');
}

/** Larger files are not reports (a long report PDF is a few MB). */
export const MAX_REVIEW_FILE_BYTES = 20 * 1024 * 1024;

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03;
const isPdf = (b: Uint8Array): boolean =>
  b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46; // %PDF

/** UTF-8 (with or without BOM), else GB18030 (Notepad on a Chinese Windows). */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function sourceOf(name: string, bytes: Uint8Array): UnitSource | 'doc' | null {
  if (isZip(bytes)) return 'docx';
  if (isPdf(bytes)) return 'pdf';
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'json') return 'json';
  if (ext === 'doc' || ext === 'wps' || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) return 'doc';
  if (ext === 'txt' || ext === 'text' || ext === 'md') return 'text';
  if (ext === 'docx' || ext === 'pdf') return null; // the name says so, the content does not
  return bytes.subarray(0, 4096).includes(0) ? null : 'text';
}

export async function readUnitFile(name: string, bytes: Uint8Array): Promise<UnitImport> {
  if (bytes.length === 0) return { ok: false, message: '文件是空的（0 字节）。' };
  if (bytes.length > MAX_REVIEW_FILE_BYTES)
    return {
      ok: false,
      message: `文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB），不像是一份年度报告。`,
    };
  const source = sourceOf(name, bytes);
  switch (source) {
    case 'json': {
      const parsed = parseImportText(decode(bytes));
      if (!parsed.ok) return { ok: false, message: parsed.message };
      return { ok: true, source, report: parsed.draft.report, unrecognised: [], warnings: [] };
    }
    case 'docx':
    case 'text': {
      const result = source === 'docx' ? importDocxBytes(bytes) : importText(decode(bytes));
      return result.ok ? { ...result, source } : result;
    }
    case 'pdf':
      return {
        ok: false,
        message: '暂不能直接读取 PDF：请把 PDF 中的文字复制到文本文件（.txt）后再审核。',
      };
    case 'doc':
      return {
        ok: false,
        message: '这是旧版 Word 文档（.doc/.wps），请在 Word/WPS 中另存为 .docx 后再审核。',
      };
    case null:
      return {
        ok: false,
        message:
          '无法识别这个文件的格式：可以审核的有 Word 文档（.docx）、PDF、文本文件（.txt）和年报助手的草稿文件（.json）。',
      };
  }
}
