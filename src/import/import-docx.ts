import { documentBlocks, SlicedDocumentBlocks } from './docx/document-blocks';
import {
  DocxError,
  inflateDocumentXmlSlices,
  MAX_DOCX_BYTES,
  readDocumentXml,
  readDocumentXmlAsync,
  tooBig,
  type SliceInflater,
  type WholeInflater,
} from './docx/read-zip';
import { interpretBlocks } from './interpret';
import type { Block, ImportResult } from './types';

const NO_TABLES =
  '这份 Word 文档中没有表格，不像是按官方格式填写的年度报告（应有主动公开、依申请公开、复议诉讼三张表）。如果表格是图片，请把报告文字复制后用“粘贴文字”导入。';

function fromDocumentXml(xml: Uint8Array): ImportResult {
  return fromBlocks(documentBlocks(xml));
}

function fromBlocks({ blocks, tables }: { blocks: Block[]; tables: number }): ImportResult {
  if (tables === 0) return { ok: false, message: NO_TABLES };
  return interpretBlocks(blocks, 'docx');
}

function failure(e: unknown): ImportResult {
  if (e instanceof DocxError) return { ok: false, message: e.message };
  console.error('importDocx failed', e);
  return {
    ok: false,
    message: '读取这个 Word 文档时出错，无法导入。请在 Word/WPS 中打开并另存为 .docx 后再试。',
  };
}

/** Imports a report from the bytes of a .docx (fflate's inflater, synchronous). Never throws. */
export function importDocxBytes(bytes: Uint8Array): ImportResult {
  try {
    return fromDocumentXml(readDocumentXml(bytes));
  } catch (e) {
    return failure(e);
  }
}

export interface DocxImportOptions {
  /** Tests: the deflated size from which the native inflater is used (read-zip.ts). */
  readonly nativeFrom?: number;
  /** Told when document.xml has been read into blocks, before they are interpreted. */
  readonly onPhase?: (phase: 'scanned') => void;
  /** Who inflates a large document.xml (default: this thread; the import worker: another). */
  readonly inflater?: SliceInflater;
  /** A native inflater for a smaller document.xml (`nianbao check`: zlib; read-zip.ts). */
  readonly whole?: WholeInflater;
}

/**
 * The same import, a large document.xml inflated by the platform's native inflater where there
 * is one (the import worker, `nianbao check`; read-zip.ts): the same result, several times
 * faster in Chromium on a 45 MB document.xml. Never rejects.
 */
export async function importDocxBytesAsync(
  bytes: Uint8Array,
  options: DocxImportOptions = {},
): Promise<ImportResult> {
  const { nativeFrom, onPhase, inflater, whole } = options;
  try {
    // A large document.xml is read as it is inflated, never whole (issue 17); when that reader
    // cannot say (see SlicedDocumentBlocks), the whole document is inflated and read as before.
    const sliced = new SlicedDocumentBlocks();
    if (
      await inflateDocumentXmlSlices(
        bytes,
        (slice) => sliced.push(slice),
        undefined,
        nativeFrom,
        inflater,
      )
    ) {
      const read = sliced.end();
      if (read) {
        onPhase?.('scanned');
        return fromBlocks(read);
      }
    }
    const blocks = documentBlocks(await readDocumentXmlAsync(bytes, undefined, nativeFrom, whole));
    onPhase?.('scanned');
    return fromBlocks(blocks);
  } catch (e) {
    return failure(e);
  }
}

/** Imports a .docx chosen by the clerk; the size is checked before the file is read. */
export async function importDocxFile(
  file: Blob & { readonly name?: string },
): Promise<ImportResult> {
  if (file.size > MAX_DOCX_BYTES) return { ok: false, message: tooBig(file.size) };
  if (file.size === 0)
    return { ok: false, message: '文件是空的（0 字节），请重新选择年度报告的 Word 文件。' };
  const name = file.name ?? '';
  if (/\.(doc|wps|pdf|txt|rtf|odt)$/i.test(name) && !/\.docx$/i.test(name)) {
    const ext = name.split('.').pop()?.toLowerCase();
    if (ext === 'doc' || ext === 'wps') {
      return {
        ok: false,
        message: '这不是 Word 文档（.docx）。如果是 .doc 格式，请先在 Word/WPS 中另存为 .docx。',
      };
    }
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  return importDocxBytesAsync(bytes);
}
