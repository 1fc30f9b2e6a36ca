import { importDocxBytesAsync } from './import-docx';
import { importHtml } from './import-html';
import { importText } from './import-text';
import { MAX_DOCX_BYTES, tooBig, type SliceInflater, type WholeInflater } from './docx/read-zip';
import type { ImportResult } from './types';

/**
 * Imports a report file by what it is: a .docx (a zip), or a text file (UTF-8, else GB18030 as
 * saved by Notepad on a Chinese Windows). Pure: the import worker and `nianbao check` both call
 * it. Never throws.
 */
export type FileKind = 'docx' | 'pdf' | 'text' | 'html' | 'doc' | 'unknown';

export interface ImportFileOptions {
  /** Where pdfjs's character maps are (read-pdf.ts): needed for PDFs only. */
  readonly cMapUrl: string;
  /** Told when a .docx's document.xml has been read into blocks (the worker marks it). */
  readonly onPhase?: (phase: 'scanned') => void;
  /** Who inflates a large .docx's document.xml (the import worker: its inflate worker). */
  readonly inflater?: SliceInflater;
  /** A native inflater for a smaller document.xml (`nianbao check`: Node's zlib). */
  readonly whole?: WholeInflater;
}

const EMPTY = '文件是空的（0 字节），请重新选择年度报告的文件。';
const OLD_DOC = '这不是 Word 文档（.docx）。如果是 .doc 格式，请先在 Word/WPS 中另存为 .docx。';
const UNKNOWN =
  '无法识别这个文件的格式。可以导入的有：Word 文档（.docx）、PDF、网页（.html）和文本文件（.txt）；其他格式请先另存为其中一种。';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** What a file is, from its first bytes, then its name. */
export function fileKind(name: string, bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'doc';
  // `%PDF-`, possibly after a few bytes of junk (the format allows 1024).
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'docx') return 'docx';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'doc' || ext === 'wps') return 'doc';
  if (ext === 'htm' || ext === 'html' || ext === 'mht' || ext === 'shtml') return 'html';
  if (ext === 'txt' || ext === 'text' || ext === 'md') return 'text';
  return looksLikeText(bytes) ? 'text' : 'unknown';
}

/** No NUL byte in the first 4 KB: text in UTF-8 or GB18030 never has one. */
function looksLikeText(bytes: Uint8Array): boolean {
  return !bytes.subarray(0, 4096).includes(0);
}

/** UTF-8 (with or without BOM), else GB18030. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export async function importFileBytes(
  name: string,
  bytes: Uint8Array,
  options: ImportFileOptions,
): Promise<ImportResult> {
  if (bytes.length === 0) return { ok: false, message: EMPTY };
  switch (fileKind(name, bytes)) {
    case 'docx':
      return importDocxBytesAsync(bytes, {
        onPhase: options.onPhase,
        inflater: options.inflater,
        whole: options.whole,
      });
    case 'pdf': {
      // pdfjs is large: loaded only when a PDF comes.
      const { importPdfBytes } = await import('./import-pdf');
      return importPdfBytes(bytes, options);
    }
    case 'doc':
      return { ok: false, message: OLD_DOC };
    case 'text':
      return importText(decodeText(bytes));
    case 'html':
      return importHtml(decodeText(bytes));
    case 'unknown':
      return { ok: false, message: UNKNOWN };
  }
}

export { importText as importPastedText };
export { importHtml as importPastedHtml } from './import-html';

/** Refuses files too large to be a report before they are read. */
export function checkFileSize(size: number): ImportResult | null {
  if (size === 0) return { ok: false, message: EMPTY };
  if (size > MAX_DOCX_BYTES) return { ok: false, message: tooBig(size) };
  return null;
}
