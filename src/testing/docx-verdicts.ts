import { readFileSync } from 'node:fs';
import { findDeflatedDocument, readDocumentXml } from '@/import/docx/read-zip';

/** The .docx fixtures every reader of document.xml is compared on with fflate's. */
export const docxFixtures = [
  'templates/fixtures/import/hand-2019-clerk.docx',
  'templates/fixtures/import/hand-2021-wps.docx',
  'templates/fixtures/import/no-tables.docx',
].map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }));

/** What a reading gave: `ok <bytes read>`, or the Chinese message it refused the file with. */
export async function verdictOf(read: () => Promise<Uint8Array>): Promise<string> {
  try {
    return `ok ${(await read()).length}`;
  } catch (e) {
    return (e as Error).message;
  }
}

/** The verdict of fflate's synchronous reader, which every other reader must give too. */
export function fflateVerdict(bytes: Uint8Array, cap?: number): string {
  try {
    return `ok ${readDocumentXml(bytes, cap).length}`;
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * Three copies of a real .docx with runs of document.xml's deflate stream overwritten (XOR 0x5a):
 * near its start, in its middle, and its last 50 bytes, each named by where the run starts.
 */
export function overwrittenCopies(real: Uint8Array): [string, Uint8Array][] {
  const entry = findDeflatedDocument(real);
  if (!entry) throw new Error('no entry');
  return (
    [
      [entry.start + 10, entry.start + 400],
      [entry.start + 2000, entry.start + 2100],
      [entry.end - 50, entry.end],
    ] as const
  ).map(([from, to]) => {
    const broken = real.slice();
    for (let i = from; i < to; i++) broken[i] = (broken[i] ?? 0) ^ 0x5a;
    return [`overwritten ${from - entry.start}`, broken];
  });
}

/**
 * Forty damaged copies of a real .docx, from `seed` (a small linear congruential generator, so a
 * failure names its case): one in four cut inside document.xml's deflate stream, leaving the
 * central directory's copy at the end; the others with one to four of the stream's bytes flipped.
 */
export function damagedCopies(real: Uint8Array, seed: number): Uint8Array[] {
  const entry = findDeflatedDocument(real);
  if (!entry) throw new Error('no entry');
  let state = seed;
  const random = (n: number): number => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state % n;
  };
  const copies: Uint8Array[] = [];
  for (let k = 0; k < 40; k += 1) {
    const broken = real.slice();
    if (k % 4 === 3) {
      const cut = entry.start + random(entry.end - entry.start);
      broken.copyWithin(cut, entry.end);
    } else {
      for (let n = 1 + random(4); n > 0; n -= 1) {
        const i = entry.start + random(entry.end - entry.start);
        broken[i] = (broken[i] ?? 0) ^ (1 + random(255));
      }
    }
    copies.push(broken);
  }
  return copies;
}
