import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { checkPath } from '@/cli/check';
import { reviewRow } from '@/review/rows';
import { sumUnits } from '@/review/sum';
import type { ReviewUnit } from '@/review/types';
import { writeReviewFolder } from '@/testing/review-folder';
import { buildForBench, inServedBuild } from '../lib/build-app';
import { median } from '../lib/measure';
import type { BenchEntry } from '../types';

/**
 * Reviewer mode (SPEC §9, §11: a reviewer's 100 reports checked and summed in under 5 s): a
 * folder of 101 files — the 23 real published reports of templates/fixtures/real as text, and
 * 78 generated ones (.docx exports, JSON drafts, a real 2020 text, broken files, a duplicate, a
 * wrong format, 本级 and a parent report) — read, checked and listed.
 *
 * - Node (what `nianbao check DIR --summary` does): every file read, imported, checked and
 *   turned into its table row, one after the other; then the 汇总 of all of them.
 * - Browser: the production build in Chromium, the folder given to 选择文件夹, until the page
 *   says 已读取并检查 (the table is rendered). The longest main-thread task meanwhile (Long Tasks
 *   API) says whether the page stayed responsive.
 */

const root = join(import.meta.dirname, '../..');
const folderDir = join(root, '.tmp/bench-review/各单位年报');

let folder: Promise<string[]> | null = null;

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out;
}

/** Writes the folder once per run; returns its report files (not the .xlsx that is ignored). */
function prepareFolder(): Promise<string[]> {
  folder ??= (async () => {
    await rm(folderDir, { recursive: true, force: true });
    await writeReviewFolder(folderDir, { count: 70 });
    const real = join(root, 'templates/fixtures/real');
    await mkdir(join(folderDir, '真实年报'), { recursive: true });
    for (const name of await readdir(real))
      if (name.endsWith('.txt'))
        await copyFile(join(real, name), join(folderDir, '真实年报', name));
    return (await listFiles(folderDir)).filter((f) => !f.endsWith('.xlsx'));
  })();
  return folder;
}

async function reviewInNode(files: readonly string[]): Promise<ReviewUnit[]> {
  const units: ReviewUnit[] = [];
  for (const path of files) {
    const unit = await checkPath(path, '2026-01-20');
    reviewRow(unit);
    units.push(unit);
  }
  return units;
}

let browserRun: Promise<{ total: number; longest: number; files: number }> | null = null;

declare global {
  interface Window {
    __reviewDone?: number;
    __longest?: number;
  }
}

function measureInBrowser(): Promise<{ total: number; longest: number; files: number }> {
  browserRun ??= (async () => {
    const files = await prepareFolder();
    const outDir = join(root, '.tmp/bench-review-app');
    await buildForBench(outDir);
    return inServedBuild(outDir, async (base, browser) => {
      const totals: number[] = [];
      let longest = 0;
      for (let n = 0; n < 3; n += 1) {
        const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
        const page = await context.newPage();
        await page.goto(base);
        await page.getByRole('button', { name: '审核与汇总（多份年报）' }).click();
        await page.getByRole('heading', { name: '审核与汇总', level: 1 }).waitFor();
        await page.evaluate(() => {
          window.__longest = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries())
              window.__longest = Math.max(window.__longest ?? 0, e.duration);
          }).observe({ type: 'longtask' });
          new MutationObserver((_, observer) => {
            if (document.body.textContent?.includes('已读取并检查')) {
              window.__reviewDone = performance.now();
              observer.disconnect();
            }
          }).observe(document.body, { childList: true, subtree: true, characterData: true });
        });
        const start = await page.evaluate(() => performance.now());
        await page.getByLabel('选择年报文件夹').setInputFiles(folderDir);
        await page.waitForFunction(() => window.__reviewDone !== undefined, null, {
          timeout: 120_000,
        });
        const rows = await page.locator('table.review-table tbody tr').count();
        if (rows !== files.length) throw new Error(`${rows} rows for ${files.length} files`);
        totals.push((await page.evaluate(() => window.__reviewDone ?? NaN)) - start);
        longest = Math.max(longest, await page.evaluate(() => window.__longest ?? 0));
        await context.close();
      }
      return { total: median(totals), longest, files: files.length };
    });
  })();
  return browserRun;
}

export const benches: readonly BenchEntry[] = [
  {
    name: 'review: 101 reports (23 real, 78 generated) read, checked and listed in Node (nianbao check), median of 3',
    budget: 2000,
    unit: 'ms',
    run: async () => {
      const files = await prepareFolder();
      await reviewInNode(files.slice(0, 10)); // warm-up
      const times: number[] = [];
      for (let n = 0; n < 3; n += 1) {
        const start = performance.now();
        await reviewInNode(files);
        times.push(performance.now() - start);
      }
      return median(times);
    },
  },
  {
    // On a machine shared with other work the wall time above mostly waits for a core: the
    // process's own CPU time (user + system) says what the review costs.
    name: 'review: the same in Node, CPU time of the process (user + system), median of 3',
    budget: 2000,
    unit: 'ms',
    run: async () => {
      const files = await prepareFolder();
      const times: number[] = [];
      for (let n = 0; n < 3; n += 1) {
        const start = process.cpuUsage();
        await reviewInNode(files);
        const used = process.cpuUsage(start);
        times.push((used.user + used.system) / 1000);
      }
      return median(times);
    },
  },
  {
    name: 'review: 汇总 of those 101 reports (sum, duplicates, parent check), median',
    budget: 50,
    unit: 'ms',
    run: async () => {
      const units = await reviewInNode(await prepareFolder());
      const times: number[] = [];
      for (let n = 0; n < 20; n += 1) {
        const start = performance.now();
        const r = sumUnits(units);
        if (!r.ok) throw new Error(r.message);
        times.push(performance.now() - start);
      }
      return median(times);
    },
  },
  {
    name: 'review: 101 reports read, checked and listed in the browser (production build, workers), median of 3',
    budget: 5000,
    unit: 'ms',
    run: async () => (await measureInBrowser()).total,
  },
  {
    name: 'review: longest main-thread task while the browser reads those 101 reports',
    budget: 100,
    unit: 'ms',
    run: async () => (await measureInBrowser()).longest,
  },
];
