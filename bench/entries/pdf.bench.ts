import { readFileSync } from 'node:fs';
import { importPdfBytes } from '@/import/import-pdf';
import type { BenchEntry } from '../types';

// PDF import in Node (the same code runs in the import worker in the browser): the real 6-page
// 淮安 2024 report (text extraction with pdfjs, layout, interpretation), scaled to 10 pages.
// Budget (issue 12): 10 pages of PDF in ≤ 1 s.
const pdf = new Uint8Array(readFileSync('templates/fixtures/real/022-huaian-2024.pdf'));
const PAGES = 6;
const options = { cMapUrl: 'node_modules/pdfjs-dist/cmaps/' };

async function once(): Promise<number> {
  const start = performance.now();
  const r = await importPdfBytes(pdf, options);
  if (!r.ok) throw new Error(r.message);
  return performance.now() - start;
}

export const benches: readonly BenchEntry[] = [
  {
    name: 'import: real 6-page PDF (pdfjs text + layout + tables), per 10 pages, median of 7',
    budget: 1000,
    unit: 'ms',
    run: async () => {
      await once(); // pdfjs loaded, fonts and cMaps cached as in a worker's second file
      const times: number[] = [];
      for (let i = 0; i < 7; i++) times.push(await once());
      times.sort((a, b) => a - b);
      return ((times[3] ?? 0) * 10) / PAGES;
    },
  },
];
