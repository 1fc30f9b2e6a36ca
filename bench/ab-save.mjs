// `node bench/ab-save.mjs name=PATH …`: the main-thread CPU that autosave adds to a 表三
// keystroke, for several builds measured alternately in the same minutes (the machine is shared).
//
// PATH is a production build (a folder with index.html) or a checkout (a folder with
// vite.config.ts), built for production into PATH/.tmp/ab-dist first (as bench/ab-keystroke.mjs).
//
// As `npm run bench -- form` (bench/entries/form.bench.ts, "main-thread CPU added by saving"):
// keys pressed in one cell of row 一 of 表三 filled with 0, 50 ms apart, under a light Chromium
// trace (`toplevel` tasks and a mark per key); each key is charged the thread time of every
// main-thread task that ended before the next key. Measured twice per variant and round, each on
// a fresh page — saves falling due (one write per key or so) and saves held back
// (window.__NIANBAO_SAVE_DELAY_MS__) — in an order that alternates from round to round, so that a
// drift of the machine's load does not land on one side. Printed per run: the medians and means of both, their differences (what
// saving adds per key), the IndexedDB writes counted, and /proc/loadavg.
//
// AB_MODE=tasks: instead, one page per variant and round with saves falling due, traced with the
// `devtools.timeline` category too, and the thread time of the tasks that are the autosave's own
// summed — the save timer (`TimerFire`), the idle callback that starts the write
// (`FireIdleCallback`), the save worker's answer (`HandlePostMessage`), IndexedDB's answers on the
// page (`IDBRequest`/`IDBTransaction` events) — per save and per key. A direct measure where the
// difference of two medians is lost in the load's noise; it misses what a save costs outside its
// own tasks (a GC it brings forward, Chromium's unnamed IPC tasks).
//
// AB_ROUNDS (3), AB_KEYS (240) keys per trace.
/* global window -- in the page (evaluate, addInitScript) */
import { readFileSync } from 'node:fs';
import { countPagePuts, savesOf } from './lib/saves.mjs';
import { openVariants } from './lib/variants.mjs';

const MODE = process.env['AB_MODE'] ?? 'difference';
const ROUNDS = Number(process.env['AB_ROUNDS'] ?? 3);
const KEYS = Number(process.env['AB_KEYS'] ?? 240);
const WARMUP = 20;
const GAP_MS = 50;
const MARK = 'ab:key';

// Built, served and opened as the keystroke scripts do (bench/lib/variants.mjs).
const { variants, browser, close } = await openVariants('bench/ab-save.mjs');

/** Thread ms per key: every top-level task of the main thread, charged to the last key before its end. */
function cpuOf(events) {
  const marks = events.filter((e) => e.name === MARK).sort((a, b) => a.ts - b.ts);
  if (marks.length !== KEYS) throw new Error(`${marks.length} keys in the trace, ${KEYS} pressed`);
  const { pid, tid } = marks[0];
  const times = marks.map((m) => m.ts);
  const cpu = times.map(() => 0);
  const slices = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let topEnd = -Infinity;
  for (const e of slices) {
    const end = e.ts + (e.dur ?? 0);
    if (e.ts < topEnd) continue;
    topEnd = end;
    let i = times.length - 1;
    while (i >= 0 && times[i] > end) i -= 1;
    if (i >= 0) cpu[i] += (e.tdur ?? e.dur ?? 0) / 1000;
  }
  return cpu;
}

/** Thread ms of the main thread's tasks that are the autosave's own (AB_MODE=tasks), by kind. */
function saveTasksOf(events) {
  const marks = events.filter((e) => e.name === MARK).sort((a, b) => a.ts - b.ts);
  const { pid, tid } = marks[0];
  const slices = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && e.ts >= marks[0].ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const kindOf = (e) => {
    if (e.name === 'TimerFire') return 'timer';
    if (e.name === 'FireIdleCallback') return 'idle callback';
    if (e.name === 'HandlePostMessage') return 'worker answer';
    if (e.name.startsWith('IDB')) return 'IndexedDB event';
    const type = e.name === 'EventDispatch' ? e.args?.data?.type : null;
    if (['success', 'complete', 'error', 'abort'].includes(type)) return 'IndexedDB event';
    return null;
  };
  const byKind = {};
  let task = null;
  const close = () => {
    if (task?.kind) byKind[task.kind] = (byKind[task.kind] ?? 0) + task.ms;
  };
  for (const e of slices) {
    if (!task || e.ts >= task.end) {
      close();
      task = { end: e.ts + (e.dur ?? 0), ms: (e.tdur ?? e.dur ?? 0) / 1000, kind: null };
      continue;
    }
    task.kind ??= kindOf(e);
  }
  close();
  return byKind;
}

async function trace(page) {
  const categories = ['toplevel', 'blink.user_timing'];
  if (MODE === 'tasks') categories.push('devtools.timeline', 'IndexedDB');
  await browser.startTracing(page, { categories });
  for (let n = 0; n < KEYS; n += 1) {
    await page.keyboard.press(['1', 'Backspace', '0'][n % 3]);
    await page.waitForTimeout(GAP_MS);
  }
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  return { cpu: cpuOf(events), saveTasks: MODE === 'tasks' ? saveTasksOf(events) : null };
}

/** One page, 表三 filled with 0: CPU per key of KEYS keys, saves falling due or held back. */
async function form(v, withSaves) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(countPagePuts);
    await page.goto(v.base);
    await page.getByRole('button', { name: '新建年报' }).click();
    await page.getByRole('button', { name: '创建并开始填写' }).click();
    await page.getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
    await page.getByRole('button', { name: '本表空白填0' }).click();
    await page.locator('[id="cell-t3.newReceived.naturalPerson"]').focus();
    for (let n = 0; n < WARMUP; n += 1) {
      await page.keyboard.press(['1', 'Backspace', '0'][n % 3]);
      await page.waitForTimeout(GAP_MS);
    }
    await page.getByTestId('save-status').filter({ hasText: '已保存' }).waitFor();
    await page.evaluate(
      ([mark, hold]) => {
        window.addEventListener('keydown', () => performance.mark(mark), true);
        if (hold) window.__NIANBAO_SAVE_DELAY_MS__ = 3_600_000;
      },
      [MARK, !withSaves],
    );
    const saves = () => savesOf(page);
    const before = await saves();
    const { cpu, saveTasks } = await trace(page);
    return { cpu, saveTasks, saves: (await saves()) - before };
  } finally {
    await context.close();
  }
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor((xs.length - 1) / 2)];
const mean = (xs) => xs.reduce((a, x) => a + x, 0) / xs.length;
const f = (x) => x.toFixed(2);
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const width = Math.max(...variants.map((v) => v.name.length));
const added = new Map(variants.map((v) => [v.name, []]));
try {
  for (let r = 0; r < ROUNDS; r += 1) {
    const order = r % 2 ? [...variants].reverse() : variants;
    for (const v of order) {
      const loadBefore = load();
      if (MODE === 'tasks') {
        const { saveTasks, saves } = await form(v, true);
        const total = Object.values(saveTasks).reduce((a, x) => a + x, 0);
        added.get(v.name).push([total / KEYS, total / Math.max(1, saves)]);
        const kinds = Object.entries(saveTasks)
          .map(([k, x]) => `${k} ${f(x / Math.max(1, saves))}`)
          .join(', ');
        console.log(
          `round ${r} load ${loadBefore} ${v.name.padEnd(width)} saves ${saves}; the saves' own ` +
            `tasks ${f(total / KEYS)} ms per key, ${f(total / Math.max(1, saves))} ms per save (${kinds})`,
        );
        continue;
      }
      const first = await form(v, r % 2 === 0);
      const second = await form(v, r % 2 !== 0);
      const [w, wo] = r % 2 === 0 ? [first, second] : [second, first];
      const dMedian = median(w.cpu) - median(wo.cpu);
      const dMean = mean(w.cpu) - mean(wo.cpu);
      added.get(v.name).push([dMedian, dMean]);
      console.log(
        `round ${r} load ${loadBefore} ${v.name.padEnd(width)} CPU/key median ${f(median(w.cpu))} ` +
          `with saves, ${f(median(wo.cpu))} held back: +${f(dMedian)} ms; mean ${f(mean(w.cpu))} / ` +
          `${f(mean(wo.cpu))}: +${f(dMean)} ms; saves ${w.saves} / ${wo.saves}`,
      );
    }
  }
  for (const [name, xs] of added)
    if (MODE === 'tasks')
      console.log(
        `${name.padEnd(width)} the saves' own tasks, per round: ${xs.map(([k]) => f(k)).join(', ')} ms per key;` +
          ` ${xs.map(([, s]) => f(s)).join(', ')} ms per save`,
      );
    else
      console.log(
        `${name.padEnd(width)} added by saving, per round: median ${xs.map(([m]) => f(m)).join(', ')} ms;` +
          ` mean ${xs.map(([, m]) => f(m)).join(', ')} ms`,
      );
} finally {
  await close();
}
