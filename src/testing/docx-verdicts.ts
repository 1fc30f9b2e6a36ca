import { readFileSync } from 'node:fs';
import { readDocumentXml } from '@/import/docx/read-zip';

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
