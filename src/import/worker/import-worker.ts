import { expose } from 'comlink';
import type { ImportResult as DraftFileResult } from '@/stored-draft/draft-file';
import type { ImportResult, UnitImport } from '../types';

/**
 * The import worker (SPEC §8: parsing runs off the main thread). Every import of a file or of
 * pasted text runs here, so a hostile or huge file costs this worker's time, never the page's;
 * the page terminates the worker when it takes too long (import-client.ts). The readers load on
 * first use, so the worker itself starts at once.
 */
const importers = () => import('../import-file');

/**
 * A User Timing mark of an import's phase (`import:read`, `import:scanned` …), seen in a
 * Chromium trace with the worker thread's own clock (npm run bench -- import-large prints the
 * phases from them). Cleared at once, so nothing is kept between imports.
 */
function mark(phase: string): void {
  performance.mark(`import:${phase}`);
  performance.clearMarks(`import:${phase}`);
}
const reviewChecks = () => import('../review-checks');

const api = {
  /** Loads the report readers ahead of the first file (the dialog calls it when it opens). */
  async warm(): Promise<void> {
    await Promise.all([importers(), reviewChecks()]);
  },
  /**
   * `cMapUrl`: where the app serves pdfjs's character maps (the page knows its base URL). The
   * import dialog's three readers answer with the report's checks for the review (`checks`, made
   * here for `today`, the page's date), so the page does not run them.
   */
  async importFile(
    file: Blob,
    name: string,
    cMapUrl: string,
    today: string,
  ): Promise<ImportResult> {
    mark('received');
    const { checkFileSize, importFileBytes } = await importers();
    const refused = checkFileSize(file.size);
    if (refused) return refused;
    const bytes = new Uint8Array(await file.arrayBuffer());
    mark('read');
    const result = await importFileBytes(name, bytes, { cMapUrl, onPhase: mark });
    mark('interpreted');
    const checked = (await reviewChecks()).withImportChecks(result, today);
    mark('checked');
    return checked;
  },
  /**
   * Last year's report from any file the importer reads — a .docx, a PDF, a text or HTML file, or
   * a JSON draft — for 从去年的年报开始.
   */
  async importAnyReport(file: Blob, name: string, cMapUrl: string): Promise<UnitImport> {
    const { checkFileSize } = await importers();
    const refused = checkFileSize(file.size);
    if (refused && !refused.ok) return refused;
    const { importUnit } = await import('../import-unit');
    return importUnit(name, new Uint8Array(await file.arrayBuffer()), { cMapUrl });
  },
  async importText(text: string, today: string): Promise<ImportResult> {
    const result = (await importers()).importPastedText(text);
    return (await reviewChecks()).withImportChecks(result, today);
  },
  /** A table copied from a web page: the clipboard's text/html, with its plain text as fallback. */
  async importHtml(html: string, text: string, today: string): Promise<ImportResult> {
    const result = (await importers()).importPastedHtml(html, text);
    return (await reviewChecks()).withImportChecks(result, today);
  },
  /** A JSON draft file (the backup), read and migrated. */
  async parseDraftFile(file: Blob): Promise<DraftFileResult> {
    const { parseImportText } = await import('@/stored-draft/draft-file');
    return parseImportText(await file.text());
  },
};

export type ImportWorkerApi = typeof api;

expose(api);
