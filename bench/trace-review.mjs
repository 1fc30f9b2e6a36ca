// `node bench/trace-review.mjs`: what the page's main thread does while the reviewer reads a
// folder (the review bench's 101 files, .tmp/bench-review/各单位年报: run
// `npm run bench -- "browser reads"` once to write it).
//
// Builds the app for production without minifying (the CPU profile names our functions and
// components), serves it, opens 审核与汇总 in Debian's Chromium, chooses the folder under a
// detailed Chromium trace (devtools.timeline + V8's sampling profiler) and prints the main
// thread's longest top-level tasks, by thread time, each with what it was (event, timer, message,
// React's commit …), the trace events inside it and the JavaScript functions with the most self
// time in it (from the sampling profiler). The trace is kept in .tmp/review-trace.json (open it
// in Chromium's Performance panel).
//
// Diagnostic, not a figure with a budget: `npm run bench -- review` measures the longest task.
// TRACE_NOBUILD=1 traces the build already in .tmp/trace-review-dist; TRACE_RUNS=n repeats.
/* global window -- in the page */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveForTrace } from './lib/serve-for-trace.mjs';
import { armReviewProbe } from './lib/review-probe.mjs';

const root = process.env['TRACE_ROOT'] ?? fileURLToPath(new URL('..', import.meta.url));
const outDir = process.env['TRACE_DIST'] ?? join(root, '.tmp/trace-review-dist');
const folder = join(fileURLToPath(new URL('..', import.meta.url)), '.tmp/bench-review/各单位年报');
const RUNS = Number(process.env['TRACE_RUNS'] ?? 1);

const { url, browser, stop } = await serveForTrace(root, outDir);

try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: '审核与汇总（多份年报）' }).click();
    await page.getByRole('heading', { name: '审核与汇总', level: 1 }).waitFor();
    // TRACE_CSS: a style sheet added for an experiment (table layout, containment …).
    if (process.env['TRACE_CSS']) await page.addStyleTag({ content: process.env['TRACE_CSS'] });
    await armReviewProbe(page);
    await browser.startTracing(page, {
      categories: [
        'toplevel',
        'blink.user_timing',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
      ],
    });
    // The sampling profiler starts in the page's first task after tracing starts (a task of
    // 100–170 ms in V8.InvokeApiInterruptCallbacks): before the mark, out of the figures.
    await page.evaluate(() => 0);
    await page.waitForTimeout(500);
    const start = await page.evaluate(() => {
      performance.mark('trace:review-start');
      return performance.now();
    });
    await page.getByLabel('选择年报文件夹').setInputFiles(folder);
    await page.waitForFunction(() => window.__reviewDone !== undefined, null, {
      timeout: 180_000,
    });
    await page.waitForTimeout(300);
    const raw = await browser.stopTracing();
    writeFileSync(join(root, '.tmp/review-trace.json'), raw);
    const { done, longest } = await page.evaluate(() => ({
      done: window.__reviewDone,
      longest: window.__longest,
    }));
    console.log(
      `run ${run + 1}: listed after ${Math.round(done - start)} ms; longest task (Long Tasks API, wall) ${Math.round(longest)} ms`,
    );
    report(JSON.parse(raw.toString()).traceEvents);
    await context.close();
  }
} finally {
  await stop();
}

function report(events) {
  const main = events.find((e) => e.name === 'trace:review-start');
  const slices = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= main.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tops = [];
  let topEnd = -Infinity;
  for (const e of slices) {
    if (e.ts < topEnd) continue;
    topEnd = e.ts + (e.dur ?? 0);
    tops.push(e);
  }
  const ms = (e) => (e.tdur ?? e.dur ?? 0) / 1000;
  let total = 0;
  for (const t of tops) total += ms(t);
  const sumOf = (name) => slices.filter((e) => e.name === name).reduce((sum, e) => sum + ms(e), 0);
  console.log(
    `main thread: ${tops.length} top-level tasks, ${total.toFixed(0)} ms thread time; longest ${Math.max(...tops.map(ms)).toFixed(1)} ms; Layout ${sumOf('Layout').toFixed(0)} ms, Paint ${sumOf('Paint').toFixed(0)} ms, UpdateLayoutTree ${sumOf('UpdateLayoutTree').toFixed(0)} ms`,
  );
  // Every task of 15 ms or more in order: its layout, paint, script and collector shares.
  const kinds = {
    script: ['FunctionCall', 'TimerFire', 'RunMicrotasks', 'EventDispatch', 'FireAnimationFrame'],
    style: ['UpdateLayoutTree'],
    layout: ['Layout'],
    paint: ['PrePaint', 'Paint', 'Layerize', 'Commit'],
    gc: ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR'],
  };
  console.log('  tasks ≥ 15 ms (thread time), in order:');
  for (const t of tops) {
    if (ms(t) < 15) continue;
    const end = t.ts + (t.dur ?? 0);
    const inner = slices.filter((e) => e !== t && e.ts >= t.ts && e.ts < end);
    const parts = Object.entries(kinds).map(([k, names]) => {
      let sum = 0;
      let outerEnd = -Infinity;
      for (const e of inner) {
        if (!names.includes(e.name) || e.ts < outerEnd) continue;
        outerEnd = e.ts + (e.dur ?? 0);
        sum += ms(e);
      }
      return `${k} ${sum.toFixed(1)}`;
    });
    console.log(
      `    +${((t.ts - tops[0].ts) / 1000).toFixed(0).padStart(6)} ms  ${ms(t).toFixed(1).padStart(6)} ms (wall ${((t.dur ?? 0) / 1000).toFixed(0)}): ${parts.join(', ')}`,
    );
  }
  const profile = samples(events, main.pid, main.tid);
  for (const t of [...tops].sort((a, b) => ms(b) - ms(a)).slice(0, 6)) {
    const end = t.ts + (t.dur ?? 0);
    const inner = slices.filter((e) => e !== t && e.ts >= t.ts && e.ts < end);
    const byName = new Map();
    for (const e of inner) {
      let name = e.name;
      if (name === 'EventDispatch') name += `:${e.args?.data?.type}`;
      if (name === 'FunctionCall' || name === 'TimerFire')
        name += `:${e.args?.data?.functionName ?? ''}@${(e.args?.data?.url ?? '').split('/').pop()}:${e.args?.data?.lineNumber ?? ''}`;
      byName.set(name, (byName.get(name) ?? 0) + ms(e));
    }
    console.log(
      `\n  task ${ms(t).toFixed(1)} ms thread (${((t.dur ?? 0) / 1000).toFixed(1)} ms wall) at +${((t.ts - tops[0].ts) / 1000).toFixed(0)} ms: ${t.name}`,
    );
    for (const [name, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 8))
      console.log(`    ${v.toFixed(1).padStart(7)} ms  ${name}`);
    const self = new Map();
    for (const s of profile) {
      if (s.ts < t.ts || s.ts >= end) continue;
      self.set(s.fn, (self.get(s.fn) ?? 0) + s.dt);
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 12);
    if (top.length) console.log('    self time (sampled):');
    for (const [fn, v] of top) console.log(`    ${(v / 1000).toFixed(1).padStart(7)} ms  ${fn}`);
  }
}

/** V8's sampling profiler of one thread: [{ ts, dt, fn }] (the leaf function of each sample). */
function samples(events, pid, tid) {
  const nodes = new Map();
  const out = [];
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile' && e.tid === tid) profiles.set(e.id, e.args?.data?.startTime ?? e.ts);
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !profiles.has(e.id)) continue;
    const data = e.args?.data?.cpuProfile ?? {};
    for (const n of data.nodes ?? [])
      nodes.set(`${e.id}:${n.id}`, {
        fn: `${n.callFrame.functionName || '(anonymous)'} ${(n.callFrame.url ?? '').split('/').pop()}:${n.callFrame.lineNumber}`,
      });
    let ts = profiles.get(e.id);
    const deltas = e.args?.data?.timeDeltas ?? [];
    (data.samples ?? []).forEach((id, i) => {
      ts += deltas[i] ?? 0;
      out.push({ ts, dt: deltas[i + 1] ?? 0, id: `${e.id}:${id}` });
    });
    profiles.set(e.id, ts);
  }
  return out.map((s) => ({ ...s, fn: nodes.get(s.id)?.fn ?? '?' }));
}
