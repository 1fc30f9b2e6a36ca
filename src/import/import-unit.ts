import { parseImportText } from '@/stored-draft/draft-file';
import type { UnitImport } from './types';
import { decodeText, fileKind, importFileBytes, type ImportFileOptions } from './import-file';

/**
 * One file of a review (SPEC §9) read as a report: a .docx, a PDF, a text file or a JSON draft (the
 * app's backup). Pure, never throws: the import worker (reviewer mode in the browser) and
 * `nianbao check` both call it.
 */
export async function importUnit(
  name: string,
  bytes: Uint8Array,
  options: ImportFileOptions,
): Promise<UnitImport> {
  if (isJsonDraft(name, bytes)) {
    const parsed = parseImportText(decodeText(bytes));
    if (!parsed.ok)
      return parsed.notDraft
        ? { ok: false, skipped: true, message: parsed.message }
        : { ok: false, message: parsed.message };
    const warnings =
      parsed.dropped > 0 ? [`草稿中有 ${parsed.dropped} 项本版本不认识的内容，已略去。`] : [];
    return { ok: true, source: 'json', report: parsed.draft.report, unrecognised: [], warnings };
  }
  const kind = fileKind(name, bytes);
  const result = await importFileBytes(name, bytes, options);
  if (!result.ok) return result;
  return {
    ok: true,
    source: kind === 'docx' || kind === 'pdf' ? kind : 'text',
    report: result.report,
    recognised: result.recognised,
    unrecognised: result.unrecognised,
    warnings: result.warnings,
  };
}

/** A .json file, or text whose first character is `{` (a draft saved under another name). */
function isJsonDraft(name: string, bytes: Uint8Array): boolean {
  if (/\.json$/i.test(name)) return true;
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  return bytes[i] === 0x7b && fileKind(name, bytes) === 'text';
}
