// `CHANGE='js' [CHANGE_CSS='css'] node bench/change-cost.mjs name=PATH`: the main-thread time of
// one DOM change of a 表三 keystroke and the style + layout it causes, timed in the page, with
// and without a style sheet — alternated in the same page, so the machine's load (which swings
// every figure of a whole keystroke by more than a CSS change moves it) falls on both alike.
//
// Opens 表三 of the build (PATH: a production build or a checkout, as bench/ab-keystroke.mjs),
// fills it with 0, types `1` in row 一 (the balance breaks: error rows, counts, tips) and then,
// 40 rounds × 2 modes (CHANGE_CSS in force or not, the order reversed every other round, a frame
// between), times 10 runs of `CHANGE` (a function body with `i`, `round`; it should undo itself
// every other `i`, e.g. set a count's text to 8 or 9) each followed by a forced layout
// (`offsetHeight`). Prints the medians per run, without and with the style sheet.
//
// Examples (docs/performance.md, stop 29):
//   CHANGE="document.querySelectorAll('.count strong')[1].firstChild.nodeValue = String(i % 2 ? 8 : 9)"
//   CHANGE="const l = document.querySelector('.issue-list'); l.prepend(l.lastElementChild)"
//
// Diagnostic, not a figure with a budget: `npm run bench -- form` measures the keystroke.
/* global document, requestAnimationFrame, CSSStyleSheet, CSSStyleRule */
import { openVariants } from './lib/variants.mjs';

const change = process.env['CHANGE'];
if (!change) {
  console.error('CHANGE (a function body run in the page) is required');
  process.exit(2);
}
const css = process.env['CHANGE_CSS'] ?? '';
const { variants, browser, close } = await openVariants('bench/change-cost.mjs');
try {
  for (const v of variants) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(v.base);
    await page.getByRole('button', { name: '新建年报' }).click();
    await page.getByRole('button', { name: '创建并开始填写' }).click();
    await page.getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
    await page.getByRole('button', { name: '本表空白填0' }).click();
    await page.locator('[id="cell-t3.newReceived.commercial"]').focus();
    await page.keyboard.press('1');
    await page.waitForTimeout(300);
    const times = await page.evaluate(
      async ([body, sheet]) => {
        const run = new Function('i', 'round', body);
        // The sheet is in the page in both modes, its rules scoped to a class of <html> that is
        // set only 'with' it: a sheet added and removed would weigh on 'with' alone (one more
        // sheet to match every restyled element against).
        const style = document.createElement('style');
        document.head.append(style);
        const parsed = new CSSStyleSheet();
        parsed.replaceSync(sheet);
        style.textContent = [...parsed.cssRules]
          .map((rule) =>
            rule instanceof CSSStyleRule
              ? `${rule.selectorText
                  .split(',')
                  .map((s) => `:root.change-on ${s.trim()}`)
                  .join(', ')} { ${rule.style.cssText} }`
              : rule.cssText,
          )
          .join('\n');
        const out = { without: [], with: [] };
        for (let round = 0; round < 40; round += 1) {
          for (const mode of round % 2 ? ['with', 'without'] : ['without', 'with']) {
            document.documentElement.classList.toggle('change-on', mode === 'with');
            void document.body.offsetHeight;
            await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
            let t = 0;
            for (let i = 0; i < 10; i += 1) {
              const t0 = performance.now();
              run(i, round);
              void document.body.offsetHeight;
              t += performance.now() - t0;
            }
            out[mode].push(t / 10);
          }
        }
        return out;
      },
      [change, css],
    );
    await context.close();
    const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1].toFixed(3);
    const load = (await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    console.log(
      `${v.name}: change + style + layout, median of 40 × 10: ${median(times.without)} ms` +
        (css ? `, with CHANGE_CSS ${median(times.with)} ms` : '') +
        ` (load ${load})`,
    );
  }
} finally {
  await close();
}
