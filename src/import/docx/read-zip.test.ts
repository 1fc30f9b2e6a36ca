import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packReportDocx } from '@/export/docx/pack';
import { fullReport } from '@/testing/export-reports';
import {
  damagedCopies,
  docxFixtures,
  fflateVerdict,
  overwrittenCopies,
  verdictOf,
} from '@/testing/docx-verdicts';
import { lyingZipBomb } from '@/testing/lying-zip';
import { importDocxBytes, importDocxBytesAsync } from '../import-docx';
import {
  BOMB,
  findDeflatedDocument,
  inflateDocumentXmlSlices,
  inflateNative,
  readDocumentXml,
  readDocumentXmlAsync,
} from './read-zip';

/**
 * The native inflater (`DecompressionStream`, issue 17) gives the bytes fflate gives, and the
 * same verdicts: every path is compared with the synchronous fflate reader.
 */

const fixtures = docxFixtures;

const verdict = (bytes: Uint8Array, cap?: number): Promise<string> =>
  verdictOf(() => readDocumentXmlAsync(bytes, cap, 0));

describe('readDocumentXmlAsync', () => {
  it('inflates the fixtures natively, byte for byte as fflate', async () => {
    for (const { path, bytes } of fixtures) {
      const entry = findDeflatedDocument(bytes);
      expect(entry, path).not.toBeNull();
      if (!entry) continue;
      const native = await inflateNative(bytes.subarray(entry.start, entry.end), 50 << 20);
      expect(native, path).not.toBeNull();
      expect(Buffer.compare(native ?? new Uint8Array(), readDocumentXml(bytes)), path).toBe(0);
      expect(await importDocxBytesAsync(bytes, { nativeFrom: 0 })).toEqual(importDocxBytes(bytes));
    }
  });

  it('hands document.xml over slice by slice, the same bytes, and stops when told', async () => {
    for (const { path, bytes } of fixtures) {
      const slices: Uint8Array[] = [];
      expect(
        await inflateDocumentXmlSlices(bytes, (s) => slices.push(s.slice()) > 0, 50 << 20, 0),
        path,
      ).toBe(true);
      expect(Buffer.compare(Buffer.concat(slices), readDocumentXml(bytes)), path).toBe(0);
      let told = 0;
      expect(await inflateDocumentXmlSlices(bytes, () => (told += 1) < 1, 50 << 20, 0)).toBe(false);
      expect(told).toBe(1);
      // Below `nativeFrom` the file is not for the native inflater: nothing is handed over.
      expect(await inflateDocumentXmlSlices(bytes, () => (told += 1) > 0, 50 << 20, 1 << 30)).toBe(
        false,
      );
      expect(told).toBe(1);
    }
    const bomb = lyingZipBomb(1024 * 1024 * 1024, 500 * 1024);
    await expect(inflateDocumentXmlSlices(bomb, () => true, 50 << 20, 0)).rejects.toThrow(BOMB);
  });

  it('gives the same bytes whatever inflated size the archive states', async () => {
    for (const { path, bytes } of fixtures) {
      const entry = findDeflatedDocument(bytes);
      if (!entry) throw new Error(path);
      const expected = readDocumentXml(bytes);
      expect(entry.size, path).toBe(expected.length);
      // Right, too small (grown as the bytes come), none, too large (cut to the bytes).
      for (const stated of [entry.size, 1000, 0, entry.size * 3 + 17]) {
        const native = await inflateNative(
          bytes.subarray(entry.start, entry.end),
          50 << 20,
          stated,
        );
        expect(native?.length, `${path} ${stated}`).toBe(expected.length);
        expect(Buffer.compare(native ?? new Uint8Array(), expected), `${path} ${stated}`).toBe(0);
      }
    }
  });

  it('finds document.xml after other entries, and not an entry of another name', async () => {
    const xml = strToU8('<w:document><w:body/></w:document>'.repeat(1000));
    const zip = zipSync(
      {
        '[Content_Types].xml': strToU8('<Types/>'),
        'word/media/image1.png': new Uint8Array(5000).fill(7),
        'word/document.xml': xml,
        'word/document.xml.rels': strToU8('x'),
      },
      { level: 6 },
    );
    const entry = findDeflatedDocument(zip);
    expect(entry).not.toBeNull();
    expect(Buffer.compare(await readDocumentXmlAsync(zip, undefined, 0), xml)).toBe(0);
    expect(findDeflatedDocument(zipSync({ 'word/document.xml2': xml }))).toBeNull();
  });

  it('leaves a stored entry to fflate, with the same bytes', async () => {
    const xml = strToU8('<w:document/>');
    const zip = zipSync({ 'word/document.xml': xml }, { level: 0 });
    expect(findDeflatedDocument(zip)).toBeNull();
    expect(Buffer.compare(await readDocumentXmlAsync(zip, undefined, 0), xml)).toBe(0);
  });

  it('a bomb that lies about its size is refused natively, within the cap', async () => {
    const bomb = lyingZipBomb(1024 * 1024 * 1024, 500 * 1024);
    const entry = findDeflatedDocument(bomb);
    expect(entry).not.toBeNull();
    if (!entry) return;
    await expect(inflateNative(bomb.subarray(entry.start, entry.end), 50 << 20)).rejects.toThrow(
      BOMB,
    );
    expect(await verdict(bomb)).toBe(BOMB);
  });

  it('gives the verdicts fflate gives on damaged, truncated and hostile zips', async () => {
    const real = fixtures[0]?.bytes ?? new Uint8Array();
    const noise = new Uint8Array(300_000);
    for (let i = 0, x = 1; i < noise.length; i++)
      noise[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    const cases: [string, Uint8Array, number?][] = [
      ['not a zip', strToU8('一、总体情况')],
      ['truncated', real.slice(0, Math.floor(real.length / 2))],
      ['60 MB of zeros', zipSync({ 'word/document.xml': new Uint8Array(60 << 20) }, { level: 9 })],
      [
        'ratio',
        zipSync(
          { 'word/document.xml': new Uint8Array(5 << 20), 'a.txt': new Uint8Array(1) },
          { level: 9 },
        ),
      ],
      ['noise over the cap', zipSync({ 'word/document.xml': noise }, { level: 6 }), 200_000],
      ['noise under the cap', zipSync({ 'word/document.xml': noise }, { level: 6 }), 400_000],
      ['no document', zipSync({ 'hello.txt': strToU8('hello') })],
    ];
    // Damaged bodies: bytes of the deflate stream overwritten, cut short, or followed by junk.
    cases.push(...overwrittenCopies(real));
    let nativeRefused = 0;
    for (const [name, bytes, cap] of cases) {
      expect(await verdict(bytes, cap), name).toBe(fflateVerdict(bytes, cap));
      if (cap === undefined)
        expect(await importDocxBytesAsync(bytes, { nativeFrom: 0 }), name).toEqual(
          importDocxBytes(bytes),
        );
      const e = findDeflatedDocument(bytes);
      if (e)
        nativeRefused +=
          (await inflateNative(bytes.subarray(e.start, e.end), cap ?? 50 << 20).catch(
            () => 'bomb',
          )) === null
            ? 1
            : 0;
    }
    // The damaged streams were refused by the native inflater and judged by fflate.
    expect(nativeRefused).toBeGreaterThan(0);
  });

  it('gives fflate’s result for randomly damaged copies of a real file', async () => {
    const outcomes = new Set<string>();
    for (const [k, broken] of damagedCopies(fixtures[1]?.bytes ?? new Uint8Array(), 17).entries()) {
      const sync = importDocxBytes(broken);
      expect(await importDocxBytesAsync(broken, { nativeFrom: 0 }), `case ${k}`).toEqual(sync);
      outcomes.add(sync.ok ? 'ok' : sync.message);
    }
    // Damage that fails and damage that still reads were both met.
    expect(outcomes.size).toBeGreaterThan(1);
  });

  it('reads the app’s own export natively as fflate does', async () => {
    const bytes = await packReportDocx(fullReport('2021'));
    expect(findDeflatedDocument(bytes)).not.toBeNull();
    expect(await importDocxBytesAsync(bytes, { nativeFrom: 0 })).toEqual(importDocxBytes(bytes));
  });
});
