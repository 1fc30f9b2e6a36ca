// `node bench/ab-keystroke.mjs name=PATH[:EXTRA] …`: the 表三 keystroke of several builds or
// variants, measured alternately in the same minutes (the machine is shared: a before and an
// after measured ten minutes apart say more about the load than about the change).
//
// PATH is a production build (a folder with index.html) or a checkout (a folder with
// vite.config.ts), which is built for production into PATH/.tmp/ab-dist first. EXTRA, optional,
// is a .css file added to the page or a .js expression evaluated in it once 表三 is filled with 0
// (an experiment without a build: containment, hidden parts, saves held back …).
//
// Each round runs every variant once, the order reversed every other round, and a bare <input>
// page first. AB_MODE:
// - `latency` (default): the probe of `npm run bench -- form` (bench/entries/form.bench.ts) —
//   keydown → total, balance and issue count updated + laid out (`work`), → next painted frame
//   (`frame`, with its ratio to the bare input's) — and the work split at the `input` event:
//   keydown → input (`pre`: the browser's key events and editing), input → the microtask after
//   React's commit (`react`), the forced style + layout (`layout`); medians / p95.
// - `cpu`: main-thread thread time per key from a light trace (`toplevel`), as the bench, with
//   the thread time of Paint, Layerize, PrePaint, Layout, style (UpdateLayoutTree) and JavaScript
//   (FunctionCall) per key (the `devtools.timeline` category added: ≈ +1 ms per key).
// AB_THREADS=1 (latency mode) adds the CPU time per key of all the browser's threads (from /proc,
// the measured keys with their focus moves): the page's main thread, its compositor, raster
// workers, the display compositor and GPU process, the browser process — load-proof cost, where
// a wall time mostly waits for a core. AB_GC=1 (latency mode) traces V8's collections and says how many keys had one in their window.
// AB_ROUNDS (3), AB_KEYS (150) keys per run; AB_BYKEY=1 splits the latency by kind of key; AB_HOG=1 runs a Node child spinning on one core
// beside the browser throughout. Each line carries /proc/loadavg.
//
// Diagnostic, not a figure with a budget: `npm run bench -- form` measures the keystroke.
/* global window, document, requestAnimationFrame,
   HTMLInputElement -- in the page (page.evaluate, addInitScript) */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { browserThreadCpu, cpuSpent } from './lib/browser-threads.mjs';
import { countPagePuts, savesOf } from './lib/saves.mjs';
import { openVariants } from './lib/variants.mjs';

const MODE = process.env['AB_MODE'] ?? 'latency';
const ROUNDS = Number(process.env['AB_ROUNDS'] ?? 3);
const KEYS = Number(process.env['AB_KEYS'] ?? 150);
const WARMUP = 20;
const { variants, browser, close } = await openVariants('bench/ab-keystroke.mjs');

/** The form bench's probe (see bench/entries/form.bench.ts), plus the time of the input event. */
function probe(selectors) {
  const samples = [];
  window.__keystrokes = samples;
  const read = () =>
    selectors.map((s) => {
      const el = document.querySelector(s);
      return el instanceof HTMLInputElement ? el.value : (el?.textContent ?? '∅');
    });
  let pending = null;
  const channel = new MessageChannel();
  let afterFrame = null;
  channel.port1.onmessage = () => {
    afterFrame?.();
    afterFrame = null;
  };
  window.addEventListener('keydown', () => (pending = { t0: performance.now(), before: read() }), {
    capture: true,
  });
  window.addEventListener('input', () => pending && (pending.tInput = performance.now()), {
    capture: true,
  });
  const finish = (p, waited) => {
    const tCommitted = performance.now();
    void document.body.offsetHeight;
    const work = performance.now() - p.t0;
    requestAnimationFrame(() => {
      afterFrame = () =>
        samples.push({
          work,
          frame: performance.now() - p.t0,
          waited,
          pre: p.tInput - p.t0,
          react: tCommitted - p.tInput,
          layout: p.t0 + work - tCommitted,
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

async function press(page, key, n) {
  await page.keyboard.press(key);
  await page.waitForFunction((k) => (window.__keystrokes?.length ?? 0) >= k, n, {
    polling: 'raf',
  });
}

const columns = ['naturalPerson', 'commercial', 'research', 'publicWelfare', 'legalService'];
columns.push('otherOrg');
const keys = ['1', 'Backspace', '0'];
const cell = (i) => `[id="cell-t3.newReceived.${columns[i % columns.length]}"]`;

/** Thread ms per key of the top-level tasks (as the bench), and of some phases. */
function cpuOf(events) {
  const marks = events.filter((e) => e.name === 'ab:key').sort((a, b) => a.ts - b.ts);
  const { pid, tid } = marks[0];
  const times = marks.map((m) => m.ts);
  const cpu = times.map(() => 0);
  const phases = {};
  const slices = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && e.ts >= times[0])
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const named = ['FunctionCall', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize'];
  // Garbage collection, wherever it runs (its own task or inside a key's JavaScript).
  named.push('MinorGC', 'MajorGC');
  let topEnd = -Infinity;
  const open = [];
  for (const e of slices) {
    const end = e.ts + (e.dur ?? 0);
    const t = (e.tdur ?? e.dur ?? 0) / 1000;
    while (open.length && open[open.length - 1].end <= e.ts) open.pop();
    if (named.includes(e.name) && !open.some((o) => o.name === e.name))
      phases[e.name] = (phases[e.name] ?? 0) + t / times.length;
    open.push({ end, name: e.name });
    if (e.ts < topEnd) continue;
    topEnd = end;
    let i = times.length - 1;
    while (i >= 0 && times[i] > end) i -= 1;
    if (i >= 0) cpu[i] += t;
  }
  return { cpu, phases };
}

async function form(v) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(countPagePuts);
    await page.goto(v.base);
    await page.getByRole('button', { name: '新建年报' }).click();
    await page.getByRole('button', { name: '创建并开始填写' }).click();
    await page.getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
    await page.getByRole('button', { name: '本表空白填0' }).click();
    if (v.extra?.js) await page.evaluate(v.extra.text);
    else if (v.extra) await page.addStyleTag({ content: v.extra.text });
    if (MODE === 'cpu') {
      for (let n = 0; n < WARMUP; n += 1) {
        if (n % 3 === 0) await page.locator(cell(n / 3)).focus();
        await page.keyboard.press(keys[n % 3]);
        await page.waitForTimeout(50);
      }
      await page.evaluate(() =>
        window.addEventListener('keydown', () => performance.mark('ab:key'), true),
      );
      await browser.startTracing(page, {
        categories: ['toplevel', 'blink.user_timing', 'devtools.timeline'],
      });
      for (let n = 0; n < KEYS; n += 1) {
        if (n % 3 === 0) await page.locator(cell(n / 3)).focus();
        await page.keyboard.press(keys[n % 3]);
        await page.waitForTimeout(50);
      }
      return cpuOf(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
    }
    // AB_GC: each key's mark, so V8's collections can be placed in the keys' windows.
    if (GC) {
      await page.evaluate(() =>
        window.addEventListener('keydown', () => performance.mark('ab:key'), true),
      );
    }
    await page.evaluate(probe, [
      '[id="cell-t3.newReceived.total"]',
      '[data-testid="balance-summary"]',
      '.issue-counts',
    ]);
    if (GC) {
      await browser.startTracing(page, {
        categories: ['blink.user_timing', 'disabled-by-default-v8.gc'],
      });
    }
    const savesBefore = await savesOf(page);
    let n = 0;
    let cpuBefore = null;
    for (let i = 0; n < WARMUP + KEYS; i += 1) {
      if (n === WARMUP - (WARMUP % 3)) cpuBefore = browserThreadCpu();
      await page.locator(cell(i)).focus();
      for (const key of keys) await press(page, key, ++n);
    }
    const threads = THREADS ? cpuSpent(cpuBefore, browserThreadCpu()) : null;
    const counted = n - (WARMUP - (WARMUP % 3));
    const all = await page.evaluate(() => window.__keystrokes);
    if (GC) {
      const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
      markCollections(events, all);
    }
    const samples = all.slice(WARMUP, WARMUP + KEYS);
    return { samples, saves: (await savesOf(page)) - savesBefore, threads, counted };
  } finally {
    await context.close();
  }
}

const GC = Boolean(process.env['AB_GC']);
const THREADS = Boolean(process.env['AB_THREADS']);

/** Thread CPU per key, the threads grouped: the page's main thread, its compositor, raster … */
function threadLine(spent, keys) {
  const groups = new Map();
  for (const [name, ms] of spent) {
    const group =
      name === 'main:renderer'
        ? 'page main'
        : name === 'Compositor'
          ? 'compositor'
          : name.startsWith('CompositorTile')
            ? 'raster'
            : name === 'VizCompositorTh' || name === 'main:gpu-process'
              ? 'viz+gpu'
              : name === 'main:browser' || name === 'CrBrowserMain'
                ? 'browser main'
                : 'other';
    groups.set(group, (groups.get(group) ?? 0) + ms);
  }
  const all = [...groups.values()].reduce((a, b) => a + b, 0);
  if (process.env['AB_THREADS'] === 'names')
    console.log(
      [...spent]
        .sort((a, b) => b[1] - a[1])
        .map(([n, ms]) => `${n} ${f(ms / keys)}`)
        .join(', '),
    );
  const order = ['page main', 'compositor', 'raster', 'viz+gpu', 'browser main', 'other'];
  return (
    `threads CPU/key all ${f(all / keys)}: ` +
    order.map((g) => `${g} ${f((groups.get(g) ?? 0) / keys)}`).join(', ')
  );
}

/**
 * Notes on each sample the milliseconds of V8 collection on the page's main thread inside its
 * keydown → DOM updated window (`gcWork`) and keydown → next painted frame window (`gcFrame`).
 */
function markCollections(events, samples) {
  const marks = events.filter((e) => e.name === 'ab:key').sort((a, b) => a.ts - b.ts);
  if (marks.length !== samples.length)
    throw new Error(`${marks.length} marks, ${samples.length} keys`);
  const { pid, tid } = marks[0];
  const gcs = events.filter(
    (e) =>
      e.ph === 'X' &&
      e.pid === pid &&
      e.tid === tid &&
      (e.name === 'V8.GC_SCAVENGER' ||
        e.name === 'MinorGC' ||
        e.name === 'MajorGC' ||
        e.name === 'V8.GC_MARK_COMPACTOR' ||
        e.name === 'V8.GC_MC_INCREMENTAL'),
  );
  marks.forEach((m, i) => {
    const s = samples[i];
    const within = (ms) =>
      gcs
        .filter((g) => g.ts < m.ts + ms * 1000 && g.ts + g.dur > m.ts)
        .reduce((a, g) => a + g.dur / 1000, 0);
    s.gcWork = within(s.work);
    s.gcFrame = within(s.frame);
  });
}

async function bare() {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html lang="zh-CN"><body><input id="bare" aria-label="bare"></body></html>',
    );
    await page.evaluate(probe, ['#bare']);
    await page.locator('#bare').focus();
    const bareKeys = ['1', 'Backspace', '0', 'Backspace'];
    for (let n = 1; n <= WARMUP + KEYS; n += 1) await press(page, bareKeys[(n - 1) % 4], n);
    return (await page.evaluate(() => window.__keystrokes)).slice(WARMUP);
  } finally {
    await context.close();
  }
}

const at = (values, p) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const f = (x) => x.toFixed(2);
const mp = (values) => `${f(at(values, 50))} / ${f(at(values, 95))}`;
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const hog = process.env['AB_HOG']
  ? spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' })
  : null;
const width = Math.max(...variants.map((v) => v.name.length));
try {
  for (let r = 0; r < ROUNDS; r += 1) {
    const order = r % 2 ? [...variants].reverse() : variants;
    let bareFrame = null;
    if (MODE !== 'cpu') {
      const b = await bare();
      bareFrame = b.map((s) => s.frame);
      console.log(
        `round ${r} load ${load()} ${'bare'.padEnd(width)} work ${mp(b.map((s) => s.work))}` +
          ` frame ${mp(bareFrame)} | pre ${mp(b.map((s) => s.pre))} ms (median / p95)`,
      );
    }
    for (const v of order) {
      const out = await form(v);
      const head = `round ${r} load ${load()} ${v.name.padEnd(width)}`;
      if (MODE === 'cpu') {
        const phases = Object.entries(out.phases)
          .map(([k, x]) => `${k} ${f(x)}`)
          .join(', ');
        console.log(`${head} CPU/key ${mp(out.cpu)} ms; mean per key: ${phases}`);
        continue;
      }
      const s = out.samples;
      const pick = (k) => s.map((x) => x[k]);
      const frame = pick('frame');
      console.log(
        `${head} work ${mp(pick('work'))} frame ${mp(frame)} ratio ` +
          `${f(at(frame, 50) / at(bareFrame, 50))} / ${f(at(frame, 95) / at(bareFrame, 95))}` +
          ` | pre ${mp(pick('pre'))} react ${mp(pick('react'))} layout ${mp(pick('layout'))}` +
          ` | lagging ${s.filter((x) => x.waited > 0).length}, saves ${out.saves}`,
      );
      if (THREADS)
        console.log(`${' '.repeat(head.length)} ${threadLine(out.threads, out.counted)}`);
      if (GC) {
        const hit = (k) => s.filter((x) => x[k] > 0);
        const clean = s.filter((x) => x.gcFrame === 0).map((x) => x.frame);
        console.log(
          `${' '.repeat(head.length)} GC: in ${hit('gcWork').length} keys' work window, ` +
            `${hit('gcFrame').length} keys' frame window (${f(hit('gcFrame').reduce((a, x) => a + x.gcFrame, 0) / s.length)} ms per key); ` +
            `frame p95 without those keys ${f(at(clean, 95))} ms`,
        );
      }
      // AB_BYKEY: the work per kind of key (the first after the focus moved, Backspace, `0`).
      if (process.env['AB_BYKEY'])
        console.log(
          `${' '.repeat(head.length)} by key: ` +
            keys
              .map((k, i) => {
                const of = s.filter((_, j) => (WARMUP + j) % 3 === i);
                const w = of.map((x) => x.work);
                return `${k} work ${mp(w)} layout ${mp(of.map((x) => x.layout))}`;
              })
              .join(' | '),
        );
    }
  }
} finally {
  hog?.kill('SIGKILL');
  await close();
}
