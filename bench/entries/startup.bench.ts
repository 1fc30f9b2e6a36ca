import { join } from 'node:path';
import { buildForBench, inServedBuild } from '../lib/build-app';
import { median, percentile } from '../lib/measure';
import type { BenchEntry } from '../types';

/**
 * First screen interactive (SPEC §9: under a second from a local server): the production build
 * served by `vite preview`, opened in Debian's Chromium in a fresh browser context each time (no
 * HTTP cache, no service worker yet: a clerk's first visit). An init script watches the DOM from
 * navigation start and notes when the drafts screen's 新建年报 button is in the page: React
 * attaches its event handlers before the first render, so from then on a click works. The probe
 * then clicks it and checks that the new-draft form opens, so a button that does not respond
 * cannot pass. 3 warm-up loads (the server's own first requests), then 15 measured.
 */
const WARMUP = 3;
const SAMPLES = 15;
const BUTTON = '新建年报';

declare global {
  interface Window {
    __firstScreen?: number;
  }
}

let loads: Promise<number[]> | null = null;

async function measureLoads(): Promise<number[]> {
  const root = join(import.meta.dirname, '../..');
  const outDir = join(root, '.tmp/bench-startup');
  await buildForBench(outDir);
  return inServedBuild(outDir, async (base, browser) => {
    const times: number[] = [];
    for (let n = 0; n < WARMUP + SAMPLES; n += 1) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.addInitScript((label) => {
        const seen = (): boolean =>
          [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === label);
        new MutationObserver((_, observer) => {
          if (window.__firstScreen === undefined && seen()) {
            window.__firstScreen = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      }, BUTTON);
      await page.goto(base);
      await page.waitForFunction(() => window.__firstScreen !== undefined);
      const at = await page.evaluate(() => window.__firstScreen ?? NaN);
      await page.getByRole('button', { name: BUTTON }).click();
      await page.getByRole('form', { name: BUTTON }).waitFor();
      if (n >= WARMUP) times.push(at);
      await context.close();
    }
    return times;
  });
}

const once = (): Promise<number[]> => (loads ??= measureLoads());

export const benches: readonly BenchEntry[] = [
  {
    name: `startup: navigation → first screen interactive (新建年报), median of ${SAMPLES} cold loads`,
    budget: 1000,
    unit: 'ms',
    run: async () => median(await once()),
  },
  {
    name: `startup: same, slowest of ${SAMPLES}`,
    budget: 1000,
    unit: 'ms',
    run: async () => percentile(await once(), 100),
  },
];
