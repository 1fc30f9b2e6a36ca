import { lyingZipBomb } from '../src/testing/lying-zip';
import { expect, test } from './fixtures';

/**
 * Imports run in a worker (SPEC §8): a hostile file gets its message quickly while the page
 * keeps running, and a worker that does not answer is stopped without breaking the dialog.
 */

const OPEN = '导入年报（Word、PDF 或网页）';
const DIALOG = '导入年报（Word、PDF、网页或粘贴文字）';
const FILE = '选择文件（Word .docx、PDF、网页 .html 或 .txt）';

declare global {
  interface Window {
    __heartbeat?: { maxGap: number; stop: () => void };
    __answeredAfter?: number;
    __NIANBAO_IMPORT_TIMEOUT_MS__?: number;
  }
}

test('a zip bomb that lies about its size is refused within 2 s; the page never stalls', async ({
  page,
}) => {
  // 1 MB on disk; the headers claim document.xml is 500 KB; it inflates to 1 GB.
  const bomb = Buffer.from(lyingZipBomb(1024 * 1024 * 1024, 500 * 1024));
  expect(bomb.length).toBeLessThan(1.1 * 1024 * 1024);
  await page.goto('./');
  await page.getByRole('button', { name: OPEN }).click();
  const dialog = page.getByRole('dialog', { name: DIALOG });
  const input = dialog.getByLabel(FILE);
  // Control: the same heartbeat on the idle page. On a calm machine its longest gap is ~10 ms
  // and the bounds of the issue hold (answer < 2 s, no gap ≥ 100 ms). On an overloaded one
  // (2 cores shared by many runs) the page's timer waits for reasons of its own; there only a
  // freeze is caught (the main-thread import this replaced froze the page for 12 s).
  const controlGap = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = performance.now();
        let maxGap = 0;
        const timer = setInterval(() => {
          const now = performance.now();
          maxGap = Math.max(maxGap, now - last);
          last = now;
        }, 10);
        setTimeout(() => {
          clearInterval(timer);
          resolve(maxGap);
        }, 2000);
      }),
  );
  await input.evaluate((el) => {
    // From the file's choice on, a heartbeat every 10 ms records the longest gap between beats,
    // and the time until the message appears is taken in the page.
    el.addEventListener('change', () => {
      performance.mark('e2e:bomb');
      const start = performance.now();
      let last = start;
      let maxGap = 0;
      const timer = setInterval(() => {
        const now = performance.now();
        maxGap = Math.max(maxGap, now - last);
        last = now;
      }, 10);
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[role="alert"]')) return;
        observer.disconnect();
        window.__answeredAfter = performance.now() - start;
      });
      observer.observe(document.body, { childList: true, subtree: true });
      window.__heartbeat = {
        get maxGap() {
          return maxGap;
        },
        stop: () => clearInterval(timer),
      };
    });
  });
  // The main thread's tasks, from a Chromium trace: their thread time (`tdur`) is what the page
  // itself spent, whatever else loads the machine (the heartbeat's gaps also count waiting).
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  await input.setInputFiles({ name: '年报.docx', mimeType: 'application/zip', buffer: bomb });
  await expect(dialog.getByRole('alert')).toHaveText(
    '文件“年报.docx”：这个文件解压后异常巨大（可能是“压缩炸弹”），为安全起见不予读取。',
  );
  // Keep beating a little past the answer, then read the figures.
  await page.waitForTimeout(200);
  const { answeredAfter, maxGap } = await page.evaluate(() => {
    window.__heartbeat?.stop();
    return {
      answeredAfter: window.__answeredAfter ?? Infinity,
      maxGap: window.__heartbeat?.maxGap ?? Infinity,
    };
  });
  const events = (
    JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: {
        name: string;
        cat?: string;
        ph: string;
        pid: number;
        tid: number;
        ts: number;
        dur?: number;
        tdur?: number;
      }[];
    }
  ).traceEvents;
  const mark = events.find((e) => e.name === 'e2e:bomb' && e.cat?.includes('user_timing'));
  if (!mark) throw new Error('no mark in the trace');
  const longestTask = Math.max(
    0,
    ...events
      .filter((e) => e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.ts > mark.ts)
      .map((e) => (e.tdur ?? e.dur ?? 0) / 1000),
  );
  const calm = controlGap < 30;
  test.info().annotations.push({
    type: 'figures',
    description: `answered after ${answeredAfter.toFixed(0)} ms, longest heartbeat gap ${maxGap.toFixed(0)} ms (idle page: ${controlGap.toFixed(0)} ms${calm ? '' : ', machine overloaded: freeze check only'}), longest main-thread task ${longestTask.toFixed(1)} ms of thread time`,
  });
  // Robust on a loaded machine: no task of the page's main thread ran 100 ms (thread time).
  expect(longestTask).toBeLessThan(100);
  expect(answeredAfter).toBeLessThan(calm ? 2000 : 5000);
  // The wall-clock gap also counts waiting for a core while the worker inflates on the other one:
  // a calm idle control still saw 183 ms here once in CI (stop 32) with no long task. The 100 ms
  // budget of the heartbeat is the bench's figure (`npm run bench`, the 45 MB .docx's heartbeat);
  // the test catches a freeze, which the main-thread import it replaced made 12 s long.
  expect(maxGap).toBeLessThan(1000);
});

test('an import that does not finish in time is stopped; the next one works', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: OPEN }).click();
  const dialog = page.getByRole('dialog', { name: DIALOG });
  // No real file takes 1 ms: the worker is terminated at the deadline.
  await page.evaluate(() => (window.__NIANBAO_IMPORT_TIMEOUT_MS__ = 1));
  await dialog.getByLabel(FILE).setInputFiles('templates/fixtures/import/hand-2019-clerk.docx');
  await expect(dialog.getByRole('alert')).toHaveText(
    /^文件“hand-2019-clerk\.docx”：读取文件超过 1 秒仍未完成，已停止。/,
  );
  await page.evaluate(() => delete window.__NIANBAO_IMPORT_TIMEOUT_MS__);
  await dialog.getByLabel(FILE).setInputFiles('templates/fixtures/import/hand-2019-clerk.docx');
  await expect(dialog.getByRole('status')).toContainText('已识别文件“hand-2019-clerk.docx”');
  await expect(dialog.locator('td[title="行政许可 上一年项目数量：4"]')).toHaveText('4');
});
