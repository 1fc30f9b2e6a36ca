import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

/**
 * Reads `word/document.xml` out of a .docx (a zip) with fflate's streaming `Unzip`: the archive
 * is pushed in small slices, and the bytes the inflater actually produces are counted as they
 * come. Past the cap the inflation stops, whatever sizes the zip headers claim (a zip bomb lies
 * about them), so a hostile file costs at most the cap's worth of inflating.
 *
 * `readDocumentXmlAsync` (the import worker, `nianbao check`) inflates the same entry with the
 * platform's native inflater (`DecompressionStream('deflate-raw')`), with the same caps counted
 * on the bytes it produces: 5–7 times faster than fflate on a 45 MB document.xml (issue 17).
 * Whenever the plain path is not sure — a zip it does not walk simply, a stream the native
 * inflater refuses, no native inflater — fflate reads the file as above and gives its verdict.
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

  return concat(chunks, produced);
}

/** Compressed bytes of `word/document.xml` as fflate's Unzip would find them. */
interface DeflatedEntry {
  readonly start: number;
  readonly end: number;
  /** The inflated size the central directory gives (a hint only: a bomb lies about it). */
  readonly size: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const NAME = new TextEncoder().encode(DOCUMENT);

/**
 * Where `word/document.xml`'s deflated bytes are, by the archive's central directory (the sizes
 * Word, WPS and LibreOffice write there, also when the local header leaves them to a data
 * descriptor after the data), checked against the entry's local header: exactly the bytes
 * fflate's Unzip would inflate. Null for anything this plain reading is not sure of — no or
 * several such entries, zip64, encryption, a method other than deflate, offsets outside the
 * file, a range fflate would end elsewhere — and the caller leaves the file to fflate.
 */
export function findDeflatedDocument(bytes: Uint8Array): DeflatedEntry | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  const sameName = (at: number): boolean => NAME.every((b, k) => bytes[at + k] === b);
  // The end record: 22 bytes and a comment of at most 65,535.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1)
    if (u32(at) === END_OF_CENTRAL_DIRECTORY) {
      eocd = at;
      break;
    }
  if (eocd < 0) return null;
  const entries = u16(eocd + 10);
  let at = u32(eocd + 16);
  let found: { readonly offset: number; readonly size: number; readonly inflated: number } | null =
    null;
  for (let n = 0; n < entries; n += 1) {
    if (at + 46 > eocd || u32(at) !== CENTRAL_HEADER) return null;
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (next > eocd) return null;
    if (nameLength === NAME.length && sameName(at + 46)) {
      if (found) return null;
      if (u16(at + 8) & 0x1 || u16(at + 10) !== 8) return null;
      const size = u32(at + 20);
      const offset = u32(at + 42);
      if (size === 0xffffffff || offset === 0xffffffff) return null;
      found = { offset, size, inflated: u32(at + 24) };
    }
    at = next;
  }
  if (!found) return null;
  const local = found.offset;
  if (local + 30 > bytes.length || u32(local) !== LOCAL_HEADER) return null;
  if (u16(local + 26) !== NAME.length || !sameName(local + 30) || u16(local + 6) & 0x1) return null;
  const start = local + 30 + NAME.length + u16(local + 28);
  const end = start + found.size;
  if (end > bytes.length) return null;
  // The bytes fflate's Unzip gives its inflater, or null: it takes the local header's size, or,
  // when that is left to a data descriptor, ends the data at the first zip signature it meets.
  if (u16(local + 6) & 0x8) {
    for (let p = bytes.indexOf(0x50, start); p >= 0 && p < end; p = bytes.indexOf(0x50, p + 1)) {
      if (bytes[p + 1] !== 0x4b || p + 4 > bytes.length) continue;
      const kind = u16(p + 2);
      if (kind === 0x0403 || kind === 0x0807 || kind === 0x0201) return null;
    }
  } else if (u32(local + 18) !== found.size) return null;
  return { start, end, size: found.inflated };
}

/**
 * Inflates `data` (raw deflate) by the platform's inflater, handing each slice it produces to
 * `sink` as it comes, counted: BOMB past `cap` bytes produced, or past MAX_RATIO times the
 * compressed bytes given to it so far (whole slices: an overestimate, as above). 'done' when
 * the stream ended; 'stopped' when `sink` answered false (the inflater is cancelled); null when
 * there is no native inflater or it refuses the stream (damaged, truncated, bytes after its
 * end): fflate then reads the file and says why.
 */
export async function inflateNativeSlices(
  data: Uint8Array,
  cap: number,
  /** May answer later (the inflate worker waits for a buffer to send the slice in). */
  sink: (slice: Uint8Array) => boolean | Promise<boolean>,
): Promise<'done' | 'stopped' | null> {
  let inflater: DecompressionStream;
  try {
    inflater = new DecompressionStream('deflate-raw');
  } catch {
    return null;
  }
  let consumed = 0;
  const source = new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (consumed >= data.length) {
          controller.close();
          return;
        }
        const end = Math.min(data.length, consumed + SLICE);
        controller.enqueue(data.slice(consumed, end));
        consumed = end;
      },
    },
    { highWaterMark: 0 },
  );
  const reader = source.pipeThrough(inflater).getReader();
  let produced = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return 'done';
      produced += value.length;
      if (produced > cap || (produced > 1024 * 1024 && produced > consumed * MAX_RATIO)) {
        reader.cancel().catch(() => undefined);
        throw new DocxError(BOMB);
      }
      const keep = sink(value);
      if (keep !== true && (keep === false || !(await keep))) {
        reader.cancel().catch(() => undefined);
        return 'stopped';
      }
    }
  } catch (e) {
    if (e instanceof DocxError) throw e;
    return null;
  }
}

/** The inflated `data` in one buffer, by `inflateNativeSlices` (null as there). */
export async function inflateNative(
  data: Uint8Array,
  cap: number,
  /** The inflated size the archive gives: the bytes are written into one buffer of that size. */
  expected = 0,
): Promise<Uint8Array | null> {
  // Each slice is copied into `out` as it comes and can be collected at once (issue 17: kept
  // until the end, the slices of a 45 MB document.xml were 45 MB of new memory besides the
  // whole; on this project's test machine each new megabyte costs ~5 ms to touch). `out` is as
  // large as the archive says, grown (doubled, within the cap) when it says too little.
  let out = new Uint8Array(Math.min(cap, expected));
  let produced = 0;
  const inflated = await inflateNativeSlices(data, cap, (value) => {
    produced += value.length;
    if (produced > out.length) {
      const grown = new Uint8Array(Math.min(cap, Math.max(produced, out.length * 2, SLICE)));
      grown.set(out.subarray(0, produced - value.length));
      out = grown;
    }
    out.set(value, produced - value.length);
    return true;
  });
  if (inflated === null) return null;
  // A size given too large: the bytes alone, not the rest of the buffer.
  if (produced === out.length) return out;
  return produced * 2 < out.length ? out.slice(0, produced) : out.subarray(0, produced);
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]?.length === length) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Deflated document.xml from which the native inflater is used. A report's is ~100 KB; below
 * this fflate is cheaper than setting up a stream (in Node, whose DecompressionStream is web
 * streams in JavaScript over zlib: 2 ms of CPU per small file against fflate's 0.6 ms).
 */
export const NATIVE_FROM = 256 * 1024;

/**
 * Where the native inflater is used for this file: the deflated document.xml's bytes and the
 * inflated size the archive gives, or null (fflate reads it: small, or not plain, as above).
 */
function nativeEntry(
  bytes: Uint8Array,
  nativeFrom: number,
): { readonly data: Uint8Array; readonly size: number } | null {
  if (bytes.length > MAX_DOCX_BYTES || bytes.length < 22 || !isZip(bytes)) return null;
  const entry = bytes.length >= nativeFrom ? findDeflatedDocument(bytes) : null;
  return entry && entry.end - entry.start >= nativeFrom
    ? { data: bytes.subarray(entry.start, entry.end), size: entry.size }
    : null;
}

/**
 * A synchronous native inflater of a whole raw-deflate stream (Node's zlib, for `nianbao check`):
 * the inflated bytes when the stream is whole and inflates to at most `limit` bytes, else null.
 */
export type WholeInflater = (data: Uint8Array, limit: number) => Uint8Array | null;

/**
 * Inflated bytes up to which fflate's reading (`readDocumentXml`) can never say BOMB (its
 * running ratio is checked past 1 MB only): there the bytes of any native inflater are exactly
 * its answer, and any failure of it leaves the file to fflate, which gives the verdict.
 */
const RATIO_FREE = 1024 * 1024;

/**
 * `readDocumentXml`, by the native inflater where it can (see the top of this file) when the
 * deflated document.xml is at least `nativeFrom` bytes; the same bytes, the same messages.
 * `whole`: a native inflater for the smaller ones too (`nianbao check`: Node's zlib, some
 * times cheaper than fflate, whose code and buffers a short run pays for cold), used for a
 * document.xml of at most 1 MB (`RATIO_FREE`) found plainly (`findDeflatedDocument`); anything
 * else, or a stream it refuses, is read by fflate as before. Rejects with a DocxError.
 */
export async function readDocumentXmlAsync(
  bytes: Uint8Array,
  cap: number = MAX_UNCOMPRESSED_BYTES,
  nativeFrom: number = NATIVE_FROM,
  whole?: WholeInflater,
): Promise<Uint8Array> {
  if (bytes.length > MAX_DOCX_BYTES) throw new DocxError(tooBig(bytes.length));
  if (bytes.length < 22 || !isZip(bytes)) throw new DocxError(NOT_DOCX);
  const entry = nativeEntry(bytes, nativeFrom);
  const xml = entry ? await inflateNative(entry.data, cap, entry.size) : null;
  return xml ?? (whole && inflateWhole(bytes, cap, whole)) ?? readDocumentXml(bytes, cap);
}

/** document.xml by `whole` when fflate's reading would give exactly its bytes (see above). */
function inflateWhole(bytes: Uint8Array, cap: number, whole: WholeInflater): Uint8Array | null {
  const entry = findDeflatedDocument(bytes);
  return entry && whole(bytes.subarray(entry.start, entry.end), Math.min(cap, RATIO_FREE));
}

/**
 * Where the native inflater is used (as `readDocumentXmlAsync`), hands document.xml to `sink`
 * slice by slice as it is inflated, never whole: true when all of it was handed, false when
 * this file is not for the native inflater, it refused the stream, or `sink` answered false —
 * the caller then reads the file by `readDocumentXmlAsync`, which gives the verdict. Rejects
 * with BOMB as `readDocumentXmlAsync` does, on the same bytes.
 */
export async function inflateDocumentXmlSlices(
  bytes: Uint8Array,
  sink: (slice: Uint8Array) => boolean,
  cap: number = MAX_UNCOMPRESSED_BYTES,
  nativeFrom: number = NATIVE_FROM,
  /** Who inflates: here, or another thread by the same function (inflate-elsewhere.ts). */
  inflater: SliceInflater = inflateNativeSlices,
): Promise<boolean> {
  const entry = nativeEntry(bytes, nativeFrom);
  return entry !== null && (await inflater(entry.data, cap, sink)) === 'done';
}

/**
 * How document.xml's deflated bytes are inflated slice by slice: `inflateNativeSlices`'s
 * contract (its outcomes and BOMB). Each slice is valid only during the sink's call.
 */
export type SliceInflater = (
  data: Uint8Array,
  cap: number,
  sink: (slice: Uint8Array) => boolean,
) => Promise<'done' | 'stopped' | null>;

export function tooBig(size: number): string {
  const mb = (size / 1024 / 1024).toFixed(size < 1024 * 1024 * 10 ? 1 : 0);
  return `文件太大（${mb} MB）。年度报告的 Word 文件通常不到 1 MB，上限 ${MAX_DOCX_BYTES / 1024 / 1024} MB。请确认选择的是年度报告。`;
}
