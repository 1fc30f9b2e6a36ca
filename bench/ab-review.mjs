// `node bench/ab-review.mjs name=PATH …`: the reviewer's 101 files (the review bench's folder,
// .tmp/bench-review/各单位年报: run `npm run bench -- "browser reads"` once to write it) chosen in
// several builds alternately, as `npm run bench -- review` chooses them (a fresh page, 审核与汇总,
// the folder given to 选择文件夹, until the page says 已读取并检查).
//
// PATH is a production build (a folder with index.html) or a checkout, built for production first
// (bench/lib/variants.mjs, as the keystroke scripts). Printed per run, with /proc/loadavg: choice →
// listed (wall), the longest main-thread task by the Long Tasks API (wall) and by the trace
// (thread time), the main thread's and the workers' thread time (top-level tasks of a light
// trace, by thread name: the review workers' CPU is counted though they end before the page
// says it is done), when the offline service worker was registered (ms after the choice, or
// never) and how many units the page rendered in how many commits. Then medians per variant.
//
// AB_SW=block: no service worker (to compare other changes without its install, which at high
// load may start before the choice). AB_ROUNDS (3) rounds; the order of the variants alternates from round to round.
/* global window, document -- in the page */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openVariants } from './lib/variants.mjs';
import { armReviewProbe } from './lib/review-probe.mjs';

const ROUNDS = Number(process.env['AB_ROUNDS'] ?? 3);
const folder = join(import.meta.dirname, '../.tmp/bench-review/各单位年报');
const MARK = 'ab:review-start';
/** AB_CATEGORIES: more trace categories (comma-separated); AB_BREAKDOWN=1 prints, per thread
 * name, the events with the most thread time (outermost of each name). */
const CATEGORIES = (process.env['AB_CATEGORIES'] ?? '').split(',').filter(Boolean);
const BREAKDOWN = process.env['AB_BREAKDOWN'] === '1';
/** AB_POLL: how Playwright polls for the page's answer: 'raf' (its default: a frame requested
 * every frame) or a period in ms; a comma-separated list gives each variant its own, in order. */
const POLLS = (process.env['AB_POLL'] ?? 'raf').split(',');

const { variants, browser, close } = await openVariants('bench/ab-review.mjs');

/** CPU (ms) of the browser's live threads by process kind and thread name (AB_THREADS=1). */
function threadCpu() {
  const out = new Map();
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
      if (!args[0]?.includes('chrom')) continue;
      const kind = args.find((a) => a.startsWith('--type='))?.slice(7) ?? 'browser';
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const name = `${kind}:${readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim()}`;
        out.set(name, (out.get(name) ?? 0) + (Number(fields[11]) + Number(fields[12])) * 10);
      }
    } catch {
      // ended meanwhile
    }
  }
  return out;
}

/** CPU time (ms, user + system, every thread, ended ones too) of the browser's processes. */
function browserCpu() {
  const parent = new Map();
  const cpu = new Map();
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(pid), Number(fields[1]));
      cpu.set(Number(pid), ((Number(fields[11]) + Number(fields[12])) * 1000) / 100);
    } catch {
      // ended meanwhile
    }
  }
  let sum = 0;
  for (const [pid, ms] of cpu) {
    for (let p = parent.get(pid), n = 0; p !== undefined && n < 64; p = parent.get(p), n += 1)
      if (p === process.pid) {
        sum += ms;
        break;
      }
  }
  return sum;
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Thread time (ms) of the top-level tasks after the mark, per thread name; the longest on main. */
function threads(events) {
  const mark = events.find((e) => e.name === MARK);
  if (!mark) throw new Error('no start mark in the trace');
  const names = new Map();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name);
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.ts < mark.ts) continue;
    const key = `${e.pid}:${e.tid}`;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e);
  }
  const cpu = new Map();
  let longest = 0;
  let mainTotal = 0;
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let end = -Infinity;
    let sum = 0;
    for (const e of list) {
      if (e.ts < end) continue;
      end = e.ts + (e.dur ?? 0);
      const ms = (e.tdur ?? e.dur ?? 0) / 1000;
      sum += ms;
      if (key === `${mark.pid}:${mark.tid}`) longest = Math.max(longest, ms);
    }
    if (key === `${mark.pid}:${mark.tid}`) mainTotal = sum;
    else {
      const name = names.get(key) ?? key;
      cpu.set(name, (cpu.get(name) ?? 0) + sum);
    }
  }
  if (BREAKDOWN) {
    const byName = new Map();
    for (const [key, list] of byThread) {
      const thread = key === `${mark.pid}:${mark.tid}` ? 'page main' : (names.get(key) ?? key);
      const open = new Map();
      for (const e of list) {
        if ((open.get(e.name) ?? -Infinity) > e.ts) continue;
        open.set(e.name, e.ts + (e.dur ?? 0));
        const k = `${thread} | ${e.name}`;
        byName.set(k, (byName.get(k) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
      }
    }
    for (const [k, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${k}`);
  }
  return { longest, mainTotal, cpu };
}

async function runOnce(v) {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    serviceWorkers: process.env['AB_SW'] === 'block' ? 'block' : 'allow',
  });
  await context.addInitScript(() => {
    const sw = navigator.serviceWorker;
    if (!sw) return;
    const register = sw.register.bind(sw);
    sw.register = (...args) => {
      window.__swAt = performance.now();
      return register(...args);
    };
  });
  const page = await context.newPage();
  await page.goto(v.base);
  await page.getByRole('button', { name: '审核与汇总（多份年报）' }).click();
  await page.getByRole('heading', { name: '审核与汇总', level: 1 }).waitFor();
  await armReviewProbe(page);
  await browser.startTracing(page, {
    categories: ['toplevel', 'blink.user_timing', ...CATEGORIES],
  });
  const loadAt = load();
  const cpuBefore = browserCpu();
  const threadsBefore = process.env['AB_THREADS'] ? threadCpu() : null;
  const start = await page.evaluate((mark) => {
    performance.mark(mark);
    return performance.now();
  }, MARK);
  await page.getByLabel('选择年报文件夹').setInputFiles(folder);
  await page.waitForFunction(() => window.__reviewDone !== undefined, null, {
    timeout: 180_000,
    polling: v.poll === 'raf' ? 'raf' : Number(v.poll),
  });
  const cpuDone = browserCpu() - cpuBefore;
  if (threadsBefore) {
    const after = threadCpu();
    const spent = [...after].map(([n, ms]) => [n, ms - (threadsBefore.get(n) ?? 0)]);
    for (const [n, ms] of spent.sort((a, b) => b[1] - a[1]).slice(0, 14))
      if (ms > 0) console.log(`    ${String(ms).padStart(6)} ms  ${n}`);
  }
  await page.waitForTimeout(200);
  const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const r = await page.evaluate(() => ({
    done: window.__reviewDone,
    longest: window.__longest,
    sw: window.__swAt,
    rows: document.querySelectorAll('table.review-table tbody tr').length,
    text: document.querySelector('table.review-table tbody')?.textContent ?? '',
  }));
  await context.close();
  const t = threads(trace);
  return {
    load: loadAt,
    browser: cpuDone,
    total: r.done - start,
    longestWall: r.longest,
    longestThread: t.longest,
    main: t.mainTotal,
    workers: t.cpu.get('DedicatedWorker thread') ?? 0,
    sw: r.sw === undefined ? null : r.sw - start,
    rows: r.rows,
    textLength: r.text.length,
    cpu: t.cpu,
  };
}

variants.forEach((v, i) => (v.poll = POLLS[i] ?? POLLS[0]));
const results = new Map(variants.map((v) => [v.name, []]));
try {
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 ? [...variants].reverse() : variants;
    for (const v of order) {
      const r = await runOnce(v);
      results.get(v.name).push(r);
      const others = [...r.cpu]
        .filter(([n]) => n !== 'DedicatedWorker thread')
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([n, ms]) => `${n} ${ms.toFixed(0)}`)
        .join(', ');
      console.log(
        `round ${round + 1} ${v.name.padEnd(6)} load ${r.load}: listed ${r.total.toFixed(0)} ms; longest task wall ${r.longestWall.toFixed(0)} / thread ${r.longestThread.toFixed(1)} ms; main ${r.main.toFixed(0)} ms, workers (light trace) ${r.workers.toFixed(0)} ms; browser CPU ${r.browser.toFixed(0)} ms; sw ${r.sw === null ? 'not registered' : `registered at +${r.sw.toFixed(0)} ms`}; ${r.rows} rows, ${r.textLength} chars; others: ${others}`,
      );
    }
  }
  for (const [name, list] of results) {
    const m = (f) => median(list.map(f)).toFixed(0);
    console.log(
      `${name.padEnd(6)} median of ${list.length}: listed ${m((r) => r.total)} ms, longest wall ${m((r) => r.longestWall)} ms, longest thread ${median(list.map((r) => r.longestThread)).toFixed(1)} ms, main ${m((r) => r.main)} ms, browser CPU ${m((r) => r.browser)} ms`,
    );
  }
} finally {
  await close();
}
