import { expose } from 'comlink';
import { inflateOnPort } from '../docx/inflate-elsewhere';
import { inflateNativeSlices, type SliceInflater } from '../docx/read-zip';
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

/**
 * The inflate worker (inflate-elsewhere.ts): a large document.xml is inflated there while this
 * worker reads it, so the two run on two cores. Started with the readers (`warm`) and kept; one
 * that stopped midway, refused a file or died is ended and the next import starts another.
 * Where workers cannot start workers, the import inflates here as before.
 */
interface InflateWorker {
  readonly worker: Worker;
  /** Settles when the worker reports an error (it failed to load, or died). */
  readonly failed: Promise<void>;
}

let inflateWorker: InflateWorker | null = null;

function startInflateWorker(): InflateWorker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const worker = new Worker(new URL('../docx/inflate-worker.ts', import.meta.url), {
      type: 'module',
      name: 'nianbao-inflate',
    });
    const failed = new Promise<void>((resolve) => {
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        resolve();
      });
      worker.addEventListener('messageerror', () => resolve());
    });
    return { worker, failed };
  } catch {
    return null;
  }
}

const inflateElsewhere: SliceInflater = async (data, cap, sink) => {
  const running = (inflateWorker ??= startInflateWorker());
  if (running === null) return inflateNativeSlices(data, cap, sink);
  let outcome: Awaited<ReturnType<SliceInflater>> = null;
  let told = false;
  try {
    outcome = await inflateOnPort(
      running.worker,
      data,
      cap,
      (slice) => {
        told = true;
        return sink(slice);
      },
      running.failed,
    );
  } finally {
    if (outcome !== 'done') {
      running.worker.terminate();
      if (inflateWorker === running) inflateWorker = null;
    }
  }
  // Nothing came (the worker could not start or load, or its inflater refused the stream at
  // once): inflated here, which gives the same outcome or its own verdict.
  return outcome === null && !told ? inflateNativeSlices(data, cap, sink) : outcome;
};

const api = {
  /** Loads the report readers ahead of the first file (the dialog calls it when it opens). */
  async warm(): Promise<void> {
    inflateWorker ??= startInflateWorker();
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
    const result = await importFileBytes(name, bytes, {
      cMapUrl,
      onPhase: mark,
      inflater: inflateElsewhere,
    });
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
