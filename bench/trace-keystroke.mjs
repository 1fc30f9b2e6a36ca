// `node bench/trace-keystroke.mjs [keys]`: where a keystroke in 表三 spends its main-thread time.
//
// Builds the app for production (React's production build) without minifying, so the CPU
// profile names our functions and components; serves it, opens 表三 filled with 0 in Debian's
// Chromium and presses `keys` real keys (default 90: `1`, Backspace, `0` over row 一's six input
// cells) under a detailed Chromium trace (devtools.timeline + V8's sampling profiler). It prints,
// per keystroke on average: the main thread's CPU (thread time) by kind of work (key events,
// React's commit, style, layout, paint …), the JavaScript functions with the most self time,
// the components React rendered (read through the DevTools hook, as src/testing/render-counter.ts
// does in jsdom) and the autosaves written. The trace itself is kept in .tmp/keystroke-trace.json
// (open it in Chromium's Performance panel).
//
// Diagnostic, not a figure with a budget: `npm run bench -- form` measures the keystroke.
/* global window -- in the page (page.evaluate, addInitScript) */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countPagePuts, savesOf } from './lib/saves.mjs';
import { serveForTrace } from './lib/serve-for-trace.mjs';

// TRACE_ROOT: build another checkout (a before/after comparison in one run); TRACE_LIGHT: only
// the `toplevel` tasks and the marks, as `npm run bench -- form` traces (less overhead).
const root = process.env['TRACE_ROOT'] ?? fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, '.tmp/trace-dist');
const LIGHT = Boolean(process.env['TRACE_LIGHT']);
const KEYS = Number(process.argv[2] ?? 90);
const WARMUP = 24;
const GAP_MS = 60;
const MARK = 'trace:keystroke';

// TRACE_NOBUILD: trace the build already in .tmp/trace-dist.
const { url, browser, stop } = await serveForTrace(root, outDir);

/** In the page, before react-dom loads: counts the components each commit rendered. */
function renderCounter() {
  const counts = new Map();
  const name = (f) => {
    if (![0, 11, 15].includes(f.tag)) return null;
    const t = f.type;
    return typeof t === 'function'
      ? (t.displayName ?? t.name)
      : (t?.displayName ?? t?.render?.name ?? null);
  };
  const walk = (fiber) => {
    for (let f = fiber; f; f = f.sibling) {
      const n = f.alternate === null || (f.flags & 1) !== 0 ? name(f) : null;
      if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
      if (f.alternate !== null && f.child === f.alternate.child) continue;
      walk(f.child);
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: (_id, r) => walk(r.current.child),
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    checkDCE: () => undefined,
  };
  window.__renders = counts;
}

try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.addInitScript(renderCounter);
  await page.addInitScript(countPagePuts);
  await page.goto(url);
  await page.getByRole('button', { name: '新建年报' }).click();
  await page.getByRole('button', { name: '创建并开始填写' }).click();
  await page.getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
  await page.getByRole('button', { name: '本表空白填0' }).click();
  // TRACE_CSS: a style sheet added for an experiment (containment, layers …).
  if (process.env['TRACE_CSS']) await page.addStyleTag({ content: process.env['TRACE_CSS'] });
  // Row 一's input cells as the page lays them out (the template's applicant columns, no total).
  const cells = await page.$$eval('input[id^="cell-t3.newReceived."]', (inputs) =>
    inputs.map((input) => input.id),
  );
  const keys = ['1', 'Backspace', '0'];
  const type = async (count, between) => {
    for (let n = 0; n < count; n += 1) {
      if (n % 3 === 0) await page.locator(`[id="${cells[(n / 3) % cells.length]}"]`).focus();
      await page.keyboard.press(keys[n % 3]);
      await between();
    }
  };
  await type(WARMUP, () => page.waitForTimeout(GAP_MS));
  const savesBefore = await savesOf(page);
  await page.evaluate((mark) => {
    window.__renders.clear();
    window.addEventListener('keydown', () => performance.mark(mark), true);
  }, MARK);
  await browser.startTracing(page, {
    categories: LIGHT
      ? ['toplevel', 'blink.user_timing']
      : [
          'toplevel',
          'blink.user_timing',
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          'disabled-by-default-v8.cpu_profiler',
          ...(process.env['TRACE_INVALIDATIONS']
            ? ['disabled-by-default-devtools.timeline.invalidationTracking']
            : []),
        ],
  });
  await type(KEYS, () => page.waitForTimeout(GAP_MS));
  const raw = await browser.stopTracing();
  writeFileSync(join(outDir, '../keystroke-trace.json'), raw);
  const renders = await page.evaluate(() => [...window.__renders]);
  const saves = (await savesOf(page)) - savesBefore;
  // (focus() between keys renders nothing: the cell's visit is a ref.)
  report(JSON.parse(raw.toString()).traceEvents, renders, saves);
} finally {
  await stop();
}

function report(events, renders, saves) {
  const marks = events.filter((e) => e.name === MARK).sort((a, b) => a.ts - b.ts);
  if (marks.length !== KEYS) throw new Error(`${marks.length} marks for ${KEYS} keys`);
  const { pid, tid } = marks[0];
  const start = marks[0].ts;
  const main = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= start)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const per = (ms) => (ms / KEYS).toFixed(2).padStart(7);

  // Thread time of the top-level tasks, and of the outermost event of each name inside them;
  // self time: an event's thread time less its children's.
  let total = 0;
  const byName = new Map();
  const selfByName = new Map();
  const open = []; // [end, name, thread ms, children's thread ms]
  const close = () => {
    const [, name, t, children] = open.pop();
    selfByName.set(name, (selfByName.get(name) ?? 0) + t - children);
  };
  for (const e of main) {
    const end = e.ts + (e.dur ?? 0);
    while (open.length && open[open.length - 1][0] <= e.ts) close();
    const t = (e.tdur ?? e.dur ?? 0) / 1000;
    if (open.length === 0) total += t;
    else open[open.length - 1][3] += t;
    let name = e.name;
    if (name === 'EventDispatch') name += `:${e.args?.data?.type}`;
    if (name === 'FunctionCall' || name === 'TimerFire')
      name += `:${e.args?.data?.functionName ?? ''}`;
    if (!open.some(([, n]) => n === name)) byName.set(name, (byName.get(name) ?? 0) + t);
    open.push([end, name, t, 0]);
  }
  while (open.length) close();
  // Per key: the thread time of the top-level tasks from its mark to the next (as the bench).
  const perKey = marks.map(() => 0);
  let topEnd = -Infinity;
  for (const e of main) {
    if (e.ts < topEnd) continue;
    topEnd = e.ts + (e.dur ?? 0);
    let i = marks.length - 1;
    while (i >= 0 && marks[i].ts > topEnd) i -= 1;
    if (i >= 0) perKey[i] += (e.tdur ?? e.dur ?? 0) / 1000;
  }
  const sorted = [...perKey].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  console.log(
    `\n${KEYS} keys; main-thread CPU per key: mean ${per(total)} ms, median ${at(0.5).toFixed(2)}, p95 ${at(0.95).toFixed(2)} ms`,
  );
  console.log('outermost events by name (thread ms per key, inclusive):');
  for (const [n, t] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 40))
    if (t / KEYS >= 0.05) console.log(`${per(t)}  ${n}`);
  console.log('self time by event name (thread ms per key):');
  for (const [n, t] of [...selfByName].sort((a, b) => b[1] - a[1]).slice(0, 30))
    if (t / KEYS >= 0.05) console.log(`${per(t)}  ${n}`);

  // Layouts: how many per key, from which roots, how many objects dirty.
  const roots = new Map();
  for (const e of main) {
    if (e.name !== 'Layout') continue;
    const rs = (e.args?.endData?.layoutRoots ?? []).map((r) => r.nodeName).join(' + ') || '?';
    const r = roots.get(rs) ?? { n: 0, dirty: 0, ms: 0 };
    r.n += 1;
    r.dirty += e.args?.beginData?.dirtyObjects ?? 0;
    r.ms += (e.tdur ?? e.dur ?? 0) / 1000;
    roots.set(rs, r);
  }
  console.log('\nlayouts by root (per key: count, thread ms; mean dirty objects):');
  for (const [rs, r] of [...roots].sort((a, b) => b[1].ms - a[1].ms))
    console.log(
      `${(r.n / KEYS).toFixed(2).padStart(7)} ${per(r.ms)} ms ${(r.dirty / r.n).toFixed(0).padStart(5)}  ${rs}`,
    );

  // With TRACE_INVALIDATIONS: what marks layout dirty, by node and reason.
  const inval = new Map();
  for (const e of events) {
    if (e.name !== 'LayoutInvalidationTracking' || e.ts < start) continue;
    const d = e.args?.data ?? {};
    const k = `${d.reason} · ${d.nodeName}`;
    inval.set(k, (inval.get(k) ?? 0) + 1);
  }
  if (inval.size) {
    console.log('\nlayout invalidations (per key) by reason and node:');
    for (const [k, v] of [...inval].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`${(v / KEYS).toFixed(2).padStart(7)}  ${k}`);
  }

  // V8's sampling profile: self time by function, inclusive time of components. Only the main
  // thread's profile: the page's workers (the save worker) are profiled too, in chunks of the same
  // process whose node ids overlap the main thread's (merged, their idle samples were counted on
  // the main thread's functions). A chunk names its profile by `id`, the `Profile` event its thread.
  const mainProfile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  const nodes = new Map();
  const samples = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== mainProfile?.id) continue;
    const d = e.args?.data;
    for (const n of d?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = d?.cpuProfile?.samples ?? [];
    const deltas = d?.timeDeltas ?? [];
    ids.forEach((id, i) => samples.push([id, deltas[i] ?? 0]));
  }
  const self = new Map();
  const incl = new Map();
  const mean = samples.reduce((a, [, d]) => a + d, 0) / Math.max(1, samples.length) / 1000;
  for (const [id] of samples) {
    const n = nodes.get(id);
    if (!n) continue;
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${(f.url ?? '').split('/').pop()}:${(f.lineNumber ?? 0) + 1}`;
    self.set(key, (self.get(key) ?? 0) + mean);
    const seen = new Set();
    for (let p = n; p; p = nodes.get(p.parent)) {
      const fn = p.callFrame.functionName;
      if (fn && !seen.has(fn)) {
        seen.add(fn);
        incl.set(fn, (incl.get(fn) ?? 0) + mean);
      }
    }
  }
  console.log(`\nJS self time by function (sampled every ${mean.toFixed(3)} ms; ms per key):`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 35))
    if (!k.startsWith('(idle)')) console.log(`${per(v)}  ${k}`);
  console.log('\ninclusive time (ms per key) of some functions:');
  for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 60))
    console.log(`${per(v)}  ${k}`);
  console.log('\ncomponents rendered per key:');
  for (const [k, v] of renders.sort((a, b) => b[1] - a[1]))
    console.log(`${(v / KEYS).toFixed(2).padStart(7)}  ${k}`);
  console.log(`\nautosaves (IndexedDB puts) during the ${KEYS} keys: ${saves}`);
}
