// `node bench/layerize-causes.mjs DIST [EXTRA.css]`: which single change of a keystroke's makes
// Chromium re-layerize the whole page in the next frame.
//
// Each frame Chromium either updates the cc layers it has in place (only display items
// changed) or layerizes every paint chunk of the page anew (`PaintArtifactCompositor::Update`,
// ≈ 1.3–2.6 ms on 表三's page of ~200 paint layers): whenever a paint chunk appears or goes,
// changes its bounds, its opaque rect or its property nodes. This opens 表三 of the production
// build in DIST (filled with 0, a cell focused; EXTRA.css added if given), makes each change
// below alone in a frame of its own, six times, under a trace with the `blink` category, and
// prints how many of those frames layerized in full. `none` is the control. DIST `bare`: a page
// of two bare inputs, the first focused, and only the changes that apply there.
//
// Diagnostic, not a figure with a budget (docs/performance.md, the keystroke section).
/* global window, document, requestAnimationFrame */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const [dist, cssFile] = process.argv.slice(2);
if (!dist) {
  console.error('usage: node bench/layerize-causes.mjs DIST [EXTRA.css]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const bare = dist === 'bare';
const server = await preview({
  root,
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'error',
  build: { outDir: bare ? join(root, 'dist') : resolve(dist) },
  preview: { host: '127.0.0.1', port: 0, open: false },
});
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});

/** Each a function's source, run in the page: one change, undone by the next run. */
const changes = {
  none: () => {},
  // What a keystroke in row 一 changes (bench/entries/form.bench.ts), one at a time.
  focusedInputValue: () => {
    const i = document.activeElement;
    i.value = i.value === '1' ? '0' : '1';
  },
  focusedInputBlank: () => {
    const i = document.activeElement;
    i.value = i.value === '' ? '0' : '';
  },
  otherInputValue: () => {
    const i = document.getElementById('cell-t3.newReceived.research');
    i.value = i.value === '1' ? '0' : '1';
  },
  inputCellMarked: () =>
    document
      .getElementById('cell-t3.newReceived.commercial')
      .closest('td')
      .classList.toggle('mark-error'),
  totalMarked: () =>
    document
      .getElementById('cell-t3.newReceived.total')
      .closest('td')
      .classList.toggle('mark-error'),
  totalText: () => {
    const t = document.getElementById('cell-t3.newReceived.total').firstElementChild.firstChild;
    t.nodeValue = t.nodeValue === '1' ? '0' : '1';
  },
  partialTagShown: () => document.querySelector('.partial-tag').classList.toggle('partial-tag-off'),
  balanceText: () => {
    const t = document.querySelector('[data-testid="balance-summary"]');
    t.textContent = t.textContent === '平衡' ? '不平衡（差 1）' : '平衡';
  },
  issueCount: () => {
    const s = document.querySelector('.issue-counts strong');
    s.textContent = String(Number(s.textContent) + 1);
  },
  issueRowAdded: () => {
    const list = document.querySelector('.issue-list');
    if (list.children.length > 12) list.firstElementChild.remove();
    else list.prepend(list.lastElementChild.cloneNode(true));
  },
  issueRowText: () => {
    const m = document.querySelector('.issue-message');
    m.textContent = m.textContent.endsWith('。')
      ? m.textContent.slice(0, -1)
      : `${m.textContent}。`;
  },
  stepStateText: () => {
    const s = document.querySelector('.step-state');
    if (s)
      s.textContent = s.textContent.endsWith('!')
        ? s.textContent.slice(0, -1)
        : `${s.textContent}!`;
  },
};
const names = Object.keys(changes).filter(
  (n) => !bare || ['none', 'focusedInputValue', 'focusedInputBlank'].includes(n),
);

try {
  const page = await (
    await browser.newContext({ viewport: { width: 1366, height: 768 } })
  ).newPage();
  if (bare) {
    await page.setContent('<!doctype html><body><input id="a" value="0"><input id="b"></body>');
    await page.locator('#a').focus();
  } else {
    await page.goto(server.resolvedUrls?.local[0] ?? '');
    await page.getByRole('button', { name: '新建年报' }).click();
    await page.getByRole('button', { name: '创建并开始填写' }).click();
    await page.getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
    await page.getByRole('button', { name: '本表空白填0' }).click();
    await page.locator('[id="cell-t3.newReceived.naturalPerson"]').focus();
  }
  if (cssFile) await page.addStyleTag({ content: readFileSync(cssFile, 'utf8') });
  await page.waitForTimeout(300);
  await page.evaluate(
    (sources) => {
      window.__changes = Object.fromEntries(
        Object.entries(sources).map(([k, f]) => [k, new Function(`return (${f})`)()]),
      );
    },
    Object.fromEntries(Object.entries(changes).map(([k, f]) => [k, f.toString()])),
  );
  await browser.startTracing(page, {
    categories: ['blink', 'devtools.timeline', 'blink.user_timing'],
  });
  const ROUNDS = 6;
  for (let r = 0; r < ROUNDS; r += 1)
    for (const name of names)
      await page.evaluate(
        (n) =>
          new Promise((done) =>
            requestAnimationFrame(() => {
              performance.mark(`change:${n}`);
              window.__changes[n]();
              requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 30)));
            }),
          ),
        name,
      );
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const marks = events.filter((e) => e.name.startsWith('change:')).sort((a, b) => a.ts - b.ts);
  const { pid, tid } = marks[0];
  const seen = new Map();
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ts < marks[0].ts) continue;
    if (e.name !== 'PaintArtifactCompositor::Update') continue;
    let i = marks.length - 1;
    while (i >= 0 && marks[i].ts > e.ts) i -= 1;
    const name = marks[i].name.slice('change:'.length);
    const s = seen.get(name) ?? { n: 0, ms: 0 };
    s.n += 1;
    s.ms += (e.tdur ?? e.dur ?? 0) / 1000;
    seen.set(name, s);
  }
  console.log(`change (each ${ROUNDS} times)   frames layerized in full   thread ms each`);
  for (const name of names) {
    const s = seen.get(name) ?? { n: 0, ms: 0 };
    console.log(
      `${name.padEnd(26)} ${`${s.n} of ${ROUNDS}`.padStart(8)}   ${s.n ? (s.ms / s.n).toFixed(2) : '–'}`,
    );
  }
} finally {
  await browser.close();
  await new Promise((done) => server.httpServer.close(done));
}
