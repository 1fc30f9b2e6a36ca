import { unzipSync } from 'fflate';

/**
 * Reads one file out of a .docx (a zip) with limits checked before anything is inflated: the
 * central directory is read first, the uncompressed sizes summed, and archives that would
 * expand past the limit or compress implausibly well (a zip bomb) are refused.
 */

export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** Real Word XML compresses 5–30×; anything beyond this on a sizeable entry is a bomb. */
const MAX_RATIO = 200;
const MAX_ENTRIES = 5000;

export class DocxError extends Error {}

const NOT_DOCX = '这不是 Word 文档（.docx）。如果是 .doc 格式，请先在 Word/WPS 中另存为 .docx。';

interface Entry {
  readonly name: string;
  readonly compressed: number;
  readonly uncompressed: number;
}

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

/** The entries of the zip's central directory, or a DocxError. */
export function centralDirectory(bytes: Uint8Array): Entry[] {
  if (bytes.length < 22 || u32(bytes, 0) !== 0x04034b50) {
    if (u32(bytes, 0) === 0xe011cfd0) throw new DocxError(NOT_DOCX);
    throw new DocxError(NOT_DOCX);
  }
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new DocxError(
      '文件已损坏：Word 文档（.docx）的压缩结构不完整。请在 Word/WPS 中重新打开并另存后再导入。',
    );
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  if (count === 0xffff || at === 0xffffffff || count > MAX_ENTRIES) {
    throw new DocxError('这个文件的压缩结构过大或不受支持，无法作为年度报告导入。');
  }
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) {
      throw new DocxError(
        '文件已损坏：Word 文档（.docx）的压缩目录无法读取。请在 Word/WPS 中重新打开并另存后再导入。',
      );
    }
    const nameLength = u16(bytes, at + 28);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, compressed: u32(bytes, at + 20), uncompressed: u32(bytes, at + 24) });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** Checks the limits, then inflates only `word/document.xml`. */
export function readDocumentXml(bytes: Uint8Array): Uint8Array {
  if (bytes.length > MAX_DOCX_BYTES) throw new DocxError(tooBig(bytes.length));
  const entries = centralDirectory(bytes);
  const total = entries.reduce((n, e) => n + e.uncompressed, 0);
  const bomb = entries.some(
    (e) => e.uncompressed > 1024 * 1024 && e.uncompressed / Math.max(1, e.compressed) > MAX_RATIO,
  );
  if (total > MAX_UNCOMPRESSED_BYTES || bomb) {
    throw new DocxError('这个文件解压后异常巨大（可能是“压缩炸弹”），为安全起见不予读取。');
  }
  const doc = entries.find((e) => e.name === 'word/document.xml');
  if (!doc) throw new DocxError(NOT_DOCX);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  } catch {
    throw new DocxError(
      '文件已损坏：Word 文档（.docx）中的正文无法解压。请在 Word/WPS 中重新打开并另存后再导入。',
    );
  }
  const xml = files['word/document.xml'];
  if (!xml || xml.length > MAX_UNCOMPRESSED_BYTES) throw new DocxError(NOT_DOCX);
  return xml;
}

export function tooBig(size: number): string {
  const mb = (size / 1024 / 1024).toFixed(size < 1024 * 1024 * 10 ? 1 : 0);
  return `文件太大（${mb} MB）。年度报告的 Word 文件通常不到 1 MB，上限 ${MAX_DOCX_BYTES / 1024 / 1024} MB。请确认选择的是年度报告。`;
}
