/* global window, document, MutationObserver -- in the page */
// The reviewer's probe, shared by the review bench, bench/ab-review.mjs and bench/trace-review.mjs:
// in the page, the longest task (Long Tasks API, `window.__longest`), the DOM changes
// (`window.__commits`) and the time the page first says 已读取并检查 (`window.__reviewDone`).

/** Arms the probe in the page, then makes Playwright's waitForFunction script outside the window. */
export async function armReviewProbe(page) {
  await page.evaluate(() => {
    window.__longest = 0;
    window.__commits = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__longest = Math.max(window.__longest ?? 0, e.duration);
    }).observe({ type: 'longtask' });
    new MutationObserver((_, observer) => {
      window.__commits += 1;
      if (document.body.textContent?.includes('已读取并检查')) {
        window.__reviewDone = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  // Playwright's script for waitForFunction is made in the page's world on first use: a task
  // of 30–45 ms of thread time that is the harness's, not the app's (it was the longest
  // task of some runs). Made here, before the measured window.
  await page.waitForFunction(() => true);
}
