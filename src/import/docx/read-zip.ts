import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

/**
 * Reads `word/document.xml` out of a .docx (a zip) with fflate's streaming `Unzip`: the archive
 * is pushed in small slices, and the bytes the inflater actually produces are counted as they
 * come. Past the cap the inflation stops, whatever sizes the zip headers claim (a zip bomb lies
 * about them), so a hostile file costs at most the cap's worth of inflating.
 */

export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
/** Largest word/document.xml read: real reports are < 1 MB of XML; a 45 MB one still reads. */
export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/**
 * Compressed bytes pushed at a time. Deflate expands at most ~1032×, so one slice yields at
 * most ~16 MB before the count is checked again.
 */
const SLICE = 16 * 1024;
const DOCUMENT = 'word/document.xml';
/** Real Word XML compresses 5–30×; past 1 MB, a running ratio beyond this is a bomb. */
const MAX_RATIO = 200;

export class DocxError extends Error {}

const NOT_DOCX = '这不是 Word 文档（.docx）。如果是 .doc 格式，请先在 Word/WPS 中另存为 .docx。';
const CORRUPT =
  '文件已损坏：Word 文档（.docx）中的正文无法解压。请在 Word/WPS 中重新打开并另存后再导入。';
export const BOMB = '这个文件解压后异常巨大（可能是“压缩炸弹”），为安全起见不予读取。';

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Inflates only `word/document.xml`, stopping at `cap` bytes produced. Throws DocxError. */
export function readDocumentXml(
  bytes: Uint8Array,
  cap: number = MAX_UNCOMPRESSED_BYTES,
): Uint8Array {
  if (bytes.length > MAX_DOCX_BYTES) throw new DocxError(tooBig(bytes.length));
  if (bytes.length < 22 || !isZip(bytes)) throw new DocxError(NOT_DOCX);

  const chunks: Uint8Array[] = [];
  let produced = 0;
  /** Compressed bytes pushed since document.xml started (whole slices: an overestimate). */
  let consumed = 0;
  let started = false;
  let done = false;
  let failure: DocxError | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    if (file.name !== DOCUMENT || started) return;
    started = true;
    file.ondata = (err, chunk, final) => {
      if (failure) return;
      if (err) {
        failure = new DocxError(CORRUPT);
        return;
      }
      produced += chunk.length;
      if (produced > cap || (produced > 1024 * 1024 && produced > consumed * MAX_RATIO)) {
        failure = new DocxError(BOMB);
        file.terminate();
        return;
      }
      if (chunk.length) chunks.push(chunk);
      if (final) done = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  try {
    for (let at = 0; at < bytes.length && !failure && !done; at += SLICE) {
      const end = Math.min(bytes.length, at + SLICE);
      if (started) consumed += end - at;
      else consumed = end - at;
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch {
    // fflate throws on a malformed stream (bad block type, distance too far back, …).
    if (!failure) failure = new DocxError(started ? CORRUPT : NOT_DOCX);
  }
  if (failure) throw failure;
  if (!started) throw new DocxError(NOT_DOCX);
  if (!done) throw new DocxError(CORRUPT);

  const xml = new Uint8Array(produced);
  let at = 0;
  for (const c of chunks) {
    xml.set(c, at);
    at += c.length;
  }
  return xml;
}

export function tooBig(size: number): string {
  const mb = (size / 1024 / 1024).toFixed(size < 1024 * 1024 * 10 ? 1 : 0);
  return `文件太大（${mb} MB）。年度报告的 Word 文件通常不到 1 MB，上限 ${MAX_DOCX_BYTES / 1024 / 1024} MB。请确认选择的是年度报告。`;
}
