import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocxBytes, importDocxBytesAsync } from '@/import/import-docx';
import {
  BOMB,
  findDeflatedDocument,
  readDocumentXml,
  readDocumentXmlAsync,
  type WholeInflater,
} from '@/import/docx/read-zip';
import {
  damagedCopies,
  docxFixtures,
  fflateVerdict,
  overwrittenCopies,
  verdictOf,
} from '@/testing/docx-verdicts';
import { lyingZipBomb } from '@/testing/lying-zip';
import { inflateWithZlib } from './check-file';

/**
 * `nianbao check` inflates a .docx's document.xml with Node's zlib (`inflateWithZlib`, issue 17)
 * where fflate's reading would give exactly the same bytes; everything else is left to fflate.
 * Every path is compared with the synchronous fflate reader, as read-zip.test.ts does for the
 * browser's native inflater.
 */

const fixtures = docxFixtures;

/** `inflateWithZlib`, counting the documents it gave (not null). */
function counted(): { whole: WholeInflater; readonly given: () => number } {
  let given = 0;
  return {
    whole: (data, limit) => {
      const out = inflateWithZlib(data, limit);
      if (out) given += 1;
      return out;
    },
    given: () => given,
  };
}

const verdict = (bytes: Uint8Array, whole: WholeInflater, cap?: number): Promise<string> =>
  verdictOf(() => readDocumentXmlAsync(bytes, cap, undefined, whole));

describe('inflateWithZlib', () => {
  it('inflates a raw deflate stream whole, and refuses one past its limit, damaged or cut', () => {
    const xml = strToU8('<w:document>一、总体情况</w:document>'.repeat(200));
    const bytes = zipSync({ 'word/document.xml': xml });
    const entry = findDeflatedDocument(bytes);
    if (!entry) throw new Error('no entry');
    const data = bytes.subarray(entry.start, entry.end);
    expect(Buffer.compare(inflateWithZlib(data, xml.length) ?? new Uint8Array(), xml)).toBe(0);
    expect(inflateWithZlib(data, xml.length - 1)).toBeNull();
    expect(inflateWithZlib(data.subarray(0, data.length - 3), xml.length)).toBeNull();
    expect(inflateWithZlib(new Uint8Array([0xff, 0xff, 0xff, 0xff]), xml.length)).toBeNull();
  });

  it('reads the fixtures byte for byte as fflate, and their reports alike', async () => {
    const zlib = counted();
    for (const { path, bytes } of fixtures) {
      const read = await readDocumentXmlAsync(bytes, undefined, undefined, zlib.whole);
      expect(Buffer.compare(read, readDocumentXml(bytes)), path).toBe(0);
      expect(await importDocxBytesAsync(bytes, { whole: zlib.whole }), path).toEqual(
        importDocxBytes(bytes),
      );
    }
    // zlib read them (twice each), not fflate.
    expect(zlib.given()).toBe(2 * fixtures.length);
  });

  it('leaves bombs, damaged, truncated and hostile zips to fflate, with its verdicts', async () => {
    const real = fixtures[0]?.bytes ?? new Uint8Array();
    const cases: [string, Uint8Array, number?][] = [
      ['the real file', real],
      ['not a zip', strToU8('一、总体情况')],
      ['truncated', real.slice(0, Math.floor(real.length / 2))],
      ['lying bomb', lyingZipBomb(64 * 1024 * 1024, 100 * 1024)],
      ['60 MB of zeros', zipSync({ 'word/document.xml': new Uint8Array(60 << 20) }, { level: 9 })],
      [
        'ratio',
        zipSync(
          { 'word/document.xml': new Uint8Array(5 << 20), 'a.txt': new Uint8Array(1) },
          { level: 9 },
        ),
      ],
      ['under 1 MB, over the cap', zipSync({ 'word/document.xml': new Uint8Array(300_000) }), 1000],
      ['no document', zipSync({ 'hello.txt': strToU8('hello') })],
    ];
    cases.push(...overwrittenCopies(real));
    const zlib = counted();
    const verdicts = new Set<string>();
    for (const [name, bytes, cap] of cases) {
      const sync = fflateVerdict(bytes, cap);
      expect(await verdict(bytes, zlib.whole, cap), name).toBe(sync);
      verdicts.add(sync);
      if (cap === undefined)
        expect(await importDocxBytesAsync(bytes, { whole: zlib.whole }), name).toEqual(
          importDocxBytes(bytes),
        );
    }
    expect(verdicts).toContain(BOMB);
    // The real file at least was read by zlib (twice), the bombs by fflate.
    expect(zlib.given()).toBeGreaterThanOrEqual(2);
  });

  it('gives fflate’s result for randomly damaged copies of a real file', async () => {
    const zlib = counted();
    const outcomes = new Set<string>();
    for (const [k, broken] of damagedCopies(fixtures[1]?.bytes ?? new Uint8Array(), 29).entries()) {
      const sync = importDocxBytes(broken);
      expect(await importDocxBytesAsync(broken, { whole: zlib.whole }), `case ${k}`).toEqual(sync);
      outcomes.add(sync.ok ? 'ok' : sync.message);
    }
    expect(outcomes.size).toBeGreaterThan(1);
  });
});
