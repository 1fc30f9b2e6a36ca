import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { buildForBench } from '../lib/build-app';
import { fullReport } from '@/testing/export-reports';
import { packReportDocx } from '@/export/docx/pack';
import { median, sampleTimes } from '../lib/measure';
import { chromiumLaunchOptions } from '../../chromium.config';
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
  const server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const base = server.resolvedUrls?.local[0];
    if (!base) throw new Error('vite preview gave no URL');
    const page = await browser.newPage();
    await page.goto(`${base}bench/pages/export-bench.html`);
    await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
    const result = await page.evaluate(([n, w]) => window.runExportBench(n, w), [
      SAMPLES,
      WARMUP,
    ] as const);
    if (result.bytes < 5_000) throw new Error(`the exported file is only ${result.bytes} bytes`);
    return median(result.times);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
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
