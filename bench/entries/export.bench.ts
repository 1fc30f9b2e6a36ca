import { join } from 'node:path';
import { buildForBench, inServedBuild } from '../lib/build-app';
import { fullReport } from '@/testing/export-reports';
import { packReportDocx } from '@/export/docx/pack';
import { median, sampleTimes } from '../lib/measure';
import type { BenchEntry } from '../types';

/**
 * Word export of a full 2021 report (every cell, narrative in every section): build the docx
 * Document and pack it to a Blob, as the 导出 Word button does.
 *
 * Chromium: bench/pages/export-bench.html is built by Vite with the app's config into
 * .tmp/bench-export, served by `vite preview`, opened in Debian's Chromium (headless), and
 * the page times `exportReportDocx` with performance.now(): 5 warm-up runs, then 25 samples;
 * the figure is their median. Node: the same call in this process, for comparison.
 */
const SAMPLES = 25;
const WARMUP = 5;

async function chromiumMedian(): Promise<number> {
  const root = join(import.meta.dirname, '../..');
  const outDir = join(root, '.tmp/bench-export');
  await buildForBench(outDir, {
    rollupOptions: { input: join(root, 'bench/pages/export-bench.html') },
  });
  return inServedBuild(outDir, async (base, browser) => {
    const page = await browser.newPage();
    await page.goto(`${base}bench/pages/export-bench.html`);
    await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
    const result = await page.evaluate(([n, w]) => window.runExportBench(n, w), [
      SAMPLES,
      WARMUP,
    ] as const);
    if (result.bytes < 5_000) throw new Error(`the exported file is only ${result.bytes} bytes`);
    return median(result.times);
  });
}

export const benches: readonly BenchEntry[] = [
  {
    name: 'export: build + pack full 2021 .docx in Chromium, median of 25',
    budget: 300,
    unit: 'ms',
    run: chromiumMedian,
  },
  {
    name: 'export: build + pack full 2021 .docx in Node, median of 25',
    budget: 300,
    unit: 'ms',
    run: async () =>
      median(
        await sampleTimes(() => packReportDocx(fullReport('2021')), {
          warmup: WARMUP,
          samples: SAMPLES,
        }),
      ),
  },
];
