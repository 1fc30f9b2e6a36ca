// `node bench/tail-keystroke.mjs name=PATH[:EXTRA] …`: which 表三 keystrokes are slow, and why.
//
// The probe of `npm run bench -- form` (keydown → total, balance and issue count updated + laid
// out), the keys of the bench (`1`, Backspace, `0` over row 一's six cells, the focus moved before
// each `1`), builds or variants alternated as in bench/ab-keystroke.mjs (PATH: a build or a
// checkout; EXTRA: a .css or .js added to the page). Per key it notes the key's kind (the focused
// cell's text before → after, the first key after a focus move) and what changed on screen (issue
// rows, marked cells, the balance state's text), and, under a light trace (`toplevel`, user
// timing, V8's GC events), the main thread's thread time of the tasks the key's window overlaps
// and the GC inside it — so a slow key shows whether it did more work or only waited (another
// process on the core, the browser process's IPC).
//
// Prints per variant: work median / p95 / p99, by kind of key; the slowest 10 % of keys with
// what they changed, their thread time and GC; the keys whose wall time is mostly not thread time.
// The keys typed while the app's service worker installed (its first visit: registered 3 s after
// load, src/register-service-worker.ts) are counted apart, with their own median / p95; a
// variant whose name ends in `+nosw` runs with service workers blocked (Playwright's
// `serviceWorkers: 'block'`). TAIL_ROUNDS (2), TAIL_KEYS (240), TAIL_SETTLE=1 waits two frames after moving the focus (the
// focus's own style and layout then fall outside the key; or per variant, a name ending in
// `+settle`), TAIL_TRACE=0 no trace, AB_HOG=1 a
// Node child spinning on one core beside the browser. Diagnostic, not a figure with a budget.
/* global window, document, requestAnimationFrame, HTMLInputElement -- in the page */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { openVariants } from './lib/variants.mjs';

const ROUNDS = Number(process.env['TAIL_ROUNDS'] ?? 2);
const KEYS = Number(process.env['TAIL_KEYS'] ?? 240);
const SETTLE = Boolean(process.env['TAIL_SETTLE']);
const TRACE = process.env['TAIL_TRACE'] !== '0';
const WARMUP = 21;
const { variants, browser, close } = await openVariants('bench/tail-keystroke.mjs');

/** The bench's probe, noting per key what was on screen before and after. */
function probe() {
  const samples = [];
  window.__keystrokes = samples;
  const watched = [
    '[id="cell-t3.newReceived.total"]',
    '[data-testid="balance-summary"]',
    '.issue-counts',
  ];
  const read = () =>
    watched.map((s) => {
      const el = document.querySelector(s);
      return el instanceof HTMLInputElement ? el.value : (el?.textContent ?? '∅');
    });
  const screen = () => ({
    value: document.activeElement instanceof HTMLInputElement ? document.activeElement.value : '',
    rows: document.querySelectorAll('.issue-list > li').length,
    marks: document.querySelectorAll('.mark-error, .mark-warning, .mark-info').length,
    balance: document.querySelector('[data-testid="balance-summary"]')?.textContent ?? '',
  });
  let pending = null;
  let n = 0;
  const channel = new MessageChannel();
  let afterFrame = null;
  channel.port1.onmessage = () => {
    afterFrame?.();
    afterFrame = null;
  };
  window.addEventListener(
    'keydown',
    (e) => {
      n += 1;
      performance.mark(`tail:k0:${n}`);
      pending = { n, key: e.key, t0: performance.now(), before: read(), was: screen() };
    },
    { capture: true },
  );
  window.addEventListener('input', () => pending && (pending.tInput = performance.now()), {
    capture: true,
  });
  const finish = (p, waited) => {
    const tCommitted = performance.now();
    void document.body.offsetHeight;
    const work = performance.now() - p.t0;
    performance.mark(`tail:k1:${p.n}`);
    const now = screen();
    requestAnimationFrame(() => {
      afterFrame = () =>
        samples.push({
          n: p.n,
          key: p.key,
          t0: p.t0,
          work,
          frame: performance.now() - p.t0,
          waited,
          pre: p.tInput - p.t0,
          react: tCommitted - p.tInput,
          layout: p.t0 + work - tCommitted,
          was: p.was,
          now,
        });
      channel.port2.postMessage(0);
    });
  };
  const check = (p, tries) => {
    if (read().some((v, i) => v === p.before[i]) && tries < 200) {
      requestAnimationFrame(() => check(p, tries + 1));
      return;
    }
    finish(p, tries);
  };
  window.addEventListener('input', () => {
    const p = pending;
    if (!p) return;
    pending = null;
    queueMicrotask(() => check(p, 0));
  });
}

const columns = ['naturalPerson', 'commercial', 'research', 'publicWelfare', 'legalService'];
columns.push('otherOrg');
const keys = ['1', 'Backspace', '0'];
const cell = (i) => `[id="cell-t3.newReceived.${columns[i % columns.length]}"]`;

/** Per key (by its number): thread ms of the main-thread tasks its window overlaps, and GC ms. */
function threadOf(events) {
  const k0 = new Map();
  const k1 = new Map();
  for (const e of events) {
    const m = /^tail:k([01]):(\d+)$/.exec(e.name ?? '');
    if (m) (m[1] === '0' ? k0 : k1).set(Number(m[2]), e);
  }
  const first = [...k0.values()][0];
  if (!first) return new Map();
  const { pid, tid } = first;
  const main = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tops = [];
  let topEnd = -Infinity;
  for (const e of main) {
    if (e.ts < topEnd) continue;
    topEnd = e.ts + (e.dur ?? 0);
    tops.push(e);
  }
  const gcs = main.filter((e) => /GC|Scavenge|MarkCompact/i.test(e.name));
  const out = new Map();
  for (const [n, a] of k0) {
    const b = k1.get(n);
    if (!b) continue;
    const over = (e) => e.ts < b.ts && e.ts + (e.dur ?? 0) > a.ts;
    const thread = tops.filter(over).reduce((s, e) => s + (e.tdur ?? e.dur ?? 0), 0) / 1000;
    const tasks = tops.filter(over).length;
    const gc = gcs.filter(over).reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
    out.set(n, { thread, tasks, gc, wall: (b.ts - a.ts) / 1000 });
  }
  return out;
}

/** In the page before its scripts: when the service worker's registration began and ended. */
function swWindow() {
  window.__sw = { start: null, end: null };
  const sw = navigator.serviceWorker;
  if (!sw) return;
  const register = sw.register.bind(sw);
  sw.register = async (...args) => {
    window.__sw.start = performance.now();
    // Blocked (`+nosw`) or failed: no install to wait for.
    const reg = await register(...args).catch((e) => {
      window.__sw.end = window.__sw.start;
      throw e;
    });
    const w = reg.installing ?? reg.waiting;
    if (!w) window.__sw.end = performance.now();
    else
      w.addEventListener('statechange', () => {
        if (w.state === 'activated' || w.state === 'redundant') window.__sw.end = performance.now();
      });
    return reg;
  };
}

async function form(v) {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    serviceWorkers: v.name.endsWith('+nosw') ? 'block' : 'allow',
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(swWindow);
    await page.goto(v.base);
    await page.getByRole('button', { name: '新建年报' }).click();
    await page.getByRole('button', { name: '创建并开始填写' }).click();
    await page.getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
    await page.getByRole('button', { name: '本表空白填0' }).click();
    if (v.extra?.js) await page.evaluate(v.extra.text);
    else if (v.extra) await page.addStyleTag({ content: v.extra.text });
    await page.evaluate(probe);
    const press = async (key, n) => {
      await page.keyboard.press(key);
      await page.waitForFunction((k) => (window.__keystrokes?.length ?? 0) >= k, n, {
        polling: 'raf',
      });
    };
    let n = 0;
    let traced = false;
    for (let i = 0; n < WARMUP + KEYS; i += 1) {
      if (TRACE && !traced && n >= WARMUP) {
        await browser.startTracing(page, {
          categories: ['toplevel', 'blink.user_timing', 'v8', 'devtools.timeline'].slice(0, 3),
        });
        traced = true;
      }
      await page.locator(cell(i)).focus();
      if (SETTLE || v.name.endsWith('+settle'))
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
      for (const key of keys) await press(key, ++n);
    }
    const threads = TRACE
      ? threadOf(JSON.parse((await browser.stopTracing()).toString()).traceEvents)
      : new Map();
    const samples = await page.evaluate(() => window.__keystrokes);
    const sw = await page.evaluate(() => window.__sw);
    return samples.slice(WARMUP).map((s) => ({
      ...s,
      ...threads.get(s.n),
      // The key's window overlaps the service worker's install (an unfinished one: to the end).
      duringSw: sw.start !== null && s.t0 + s.work > sw.start && (sw.end === null || s.t0 < sw.end),
    }));
  } finally {
    await context.close();
  }
}

const at = (values, p) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};
const f = (x) => (x === undefined ? '–' : x.toFixed(1));
const stats = (xs) => `${f(at(xs, 50))} / ${f(at(xs, 95))} / ${f(at(xs, 99))}`;
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const kind = (s) =>
  `${s.key === 'Backspace' ? '⌫' : s.key} ${s.was.value || '∅'}→${s.now.value || '∅'}` +
  ` rows ${s.was.rows}→${s.now.rows} marks ${s.was.marks}→${s.now.marks}` +
  (s.was.balance === s.now.balance ? '' : ' balance');
const hog = process.env['AB_HOG']
  ? spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' })
  : null;
try {
  for (let r = 0; r < ROUNDS; r += 1) {
    const order = r % 2 ? [...variants].reverse() : variants;
    for (const v of order) {
      const s = await form(v);
      console.log(`round ${r} load ${load()} ${v.name}: work ${stats(s.map((x) => x.work))} ms`);
      const pick = (of, k) => of.map((x) => x[k]).filter((x) => x !== undefined);
      const kinds = new Map();
      for (const x of s) {
        const k = kind(x);
        kinds.set(k, [...(kinds.get(k) ?? []), x]);
      }
      for (const [k, of] of [...kinds].sort((a, b) => b[1].length - a[1].length))
        console.log(
          `  ${String(of.length).padStart(3)} × ${k.padEnd(40)} work ${stats(pick(of, 'work'))}` +
            ` | pre ${f(at(pick(of, 'pre'), 50))} react ${f(at(pick(of, 'react'), 50))}` +
            ` layout ${f(at(pick(of, 'layout'), 50))} | thread ${stats(pick(of, 'thread'))}` +
            ` gc ${f(pick(of, 'gc').reduce((a, b) => a + b, 0) / of.length)}`,
        );
      const during = s.filter((x) => x.duringSw);
      const after = s.filter((x) => !x.duringSw);
      console.log(
        `  service worker installing: ${during.length} keys, work ${stats(pick(during, 'work'))}` +
          ` thread ${stats(pick(during, 'thread'))}; the other ${after.length} keys work` +
          ` ${stats(pick(after, 'work'))} thread ${stats(pick(after, 'thread'))}`,
      );
      const slow = [...s].sort((a, b) => b.work - a.work).slice(0, Math.ceil(s.length / 10));
      console.log(`  slowest ${slow.length}:`);
      for (const x of slow)
        console.log(
          `    #${x.n}${x.duringSw ? ' sw' : ''} ${kind(x).padEnd(40)} work ${f(x.work)} (pre ${f(x.pre)} react ${f(x.react)}` +
            ` layout ${f(x.layout)}) thread ${f(x.thread)} in ${x.tasks ?? '–'} tasks, gc ${f(x.gc)}`,
        );
      if (TRACE) {
        const idle = s.filter((x) => x.thread !== undefined && x.work - x.thread > 3);
        console.log(
          `  keys with > 3 ms of wall not on the main thread's tasks: ${idle.length} of ${s.length};` +
            ` thread/work median ${f(at(pick(s, 'thread'), 50))} / ${f(at(pick(s, 'work'), 50))}`,
        );
      }
    }
  }
} finally {
  hog?.kill('SIGKILL');
  await close();
}
