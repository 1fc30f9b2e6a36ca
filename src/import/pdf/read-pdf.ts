import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfItem, PdfPage } from './pdf-layout';

/**
 * Extracts the positioned text of a PDF with pdfjs (legacy build: Node 20 and the older
 * browsers clerks use). pdfjs runs in the calling thread (its "fake worker"): in the browser
 * that is already the import worker, in Node the command line. Chinese text in fonts without
 * an embedded mapping needs pdfjs's character maps: the caller says where they are (the app
 * ships them beside its files, the command line reads them from node_modules).
 */

export class PdfError extends Error {}

export const MAX_PDF_PAGES = 200;

export interface ReadPdfOptions {
  /** Folder (URL in the browser, path in Node) of pdfjs's packed character maps, ending in '/'. */
  readonly cMapUrl: string;
}

type Pdfjs = typeof PdfjsModule;
let loading: Promise<Pdfjs> | null = null;

function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    // pdfjs looks for its worker code here before trying to start a worker of its own.
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

export async function readPdfPages(bytes: Uint8Array, options: ReadPdfOptions): Promise<PdfPage[]> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of the buffer it is given.
    data: bytes.slice(),
    cMapUrl: options.cMapUrl,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException')
      throw new PdfError(
        '这个 PDF 文件设有密码，无法读取。请先取消密码（或打印为新的 PDF）后再导入。',
      );
    throw new PdfError('文件已损坏或不是有效的 PDF，无法读取。请重新下载或另存后再导入。');
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES)
      throw new PdfError(
        `这个 PDF 有 ${doc.numPages} 页，不像是一份年度报告（上限 ${MAX_PDF_PAGES} 页）。`,
      );
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a = 0, b = 0, , d = 0, x = 0, y = 0] = item.transform as number[];
        // Horizontal text only; the height is the font size the matrix scales to.
        if (Math.abs(b) > Math.abs(a)) continue;
        items.push({ str: item.str, x, y, width: item.width, height: Math.abs(d) || item.height });
      }
      pages.push({ items });
      page.cleanup();
    }
    return pages;
  } finally {
    void doc.destroy();
  }
}
