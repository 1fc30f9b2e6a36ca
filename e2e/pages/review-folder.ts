import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { renderDocx } from '../../src/testing/libreoffice';
import type { ReviewFolder, writeReviewFolder } from '../../src/testing/review-folder';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Writes a reviewer's folder (src/testing/review-folder.ts) from the app's own exporters, loaded
 * through Vite for the `@/` aliases; the PDF is LibreOffice's rendering of one unit's export.
 */
export async function makeReviewFolder(
  dir: string,
  options: { readonly count?: number; readonly pdf?: boolean } = {},
): Promise<ReviewFolder> {
  const vite = await createServer({
    root,
    configFile: `${root}vite.config.ts`,
    appType: 'custom',
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const loaded = (await vite.ssrLoadModule('/src/testing/review-folder.ts')) as {
      writeReviewFolder: typeof writeReviewFolder;
    };
    return await loaded.writeReviewFolder(dir, {
      ...(options.count ? { count: options.count } : {}),
      ...(options.pdf
        ? {
            toPdf: async (docx: Uint8Array) => {
              const rendered = await renderDocx(docx, 'unit');
              try {
                return new Uint8Array(await readFile(rendered.pdfPath));
              } finally {
                await rendered.dispose();
              }
            },
          }
        : {}),
    });
  } finally {
    await vite.close();
  }
}
